import { css } from 'lit';

/**
 * Styles of the attachment plot, shared by every element that draws one. Colours come from the element's
 * palette (`--_*`, read from the `--attune-*` tokens, light or dark); in forced-colours mode the system colours take over.
 */
export const attachmentPlotStyles = css`
  .plot {
    margin: 0 0 var(--attune-space, 1rem);
    max-width: 20rem;
  }
  .plot figcaption {
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  .plot svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  /* the figure's caption already names the plot on screen; the table keeps its name for screen readers */
  .plot-table caption {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .plot-frame {
    fill: var(--_surface);
    stroke: var(--_border);
  }
  .plot-grid {
    stroke: var(--_border);
    stroke-opacity: 0.35;
  }
  .plot-mid {
    stroke: var(--_muted);
    stroke-dasharray: 4 3;
  }
  .plot-tick,
  .plot-axis {
    fill: var(--_muted);
    font-size: 11px;
  }
  .plot-axis {
    font-size: 12px;
  }
  .plot-path {
    fill: none;
    stroke: var(--_accent);
    stroke-opacity: 0.6;
  }
  .plot-point {
    fill: var(--_accent);
    stroke: var(--_surface);
    stroke-width: 2;
  }
  .plot-point.earlier {
    fill-opacity: 0.55;
  }
  @media (forced-colors: active) {
    /* the figure's caption already names the plot on screen; the table keeps its name for screen readers */
  .plot-table caption {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .plot-frame { fill: Canvas; stroke: CanvasText; }
    .plot-grid, .plot-mid, .plot-path { stroke: CanvasText; }
    .plot-tick, .plot-axis { fill: CanvasText; }
    .plot-point { fill: Highlight; stroke: Canvas; }
  }
`;
