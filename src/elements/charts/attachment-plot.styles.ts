import { css } from 'lit';

/**
 * Styles of the attachment plot, shared by every element that draws one. Colours come from the same
 * `--attune-*` tokens as the rest of the widget; in forced-colours mode the system colours take over.
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
    fill: var(--attune-color-surface, #ffffff);
    stroke: var(--attune-color-border, #7b8794);
  }
  .plot-grid {
    stroke: var(--attune-color-border, #7b8794);
    stroke-opacity: 0.35;
  }
  .plot-mid {
    stroke: var(--attune-color-text-muted, #4a5563);
    stroke-dasharray: 4 3;
  }
  .plot-tick,
  .plot-axis {
    fill: var(--attune-color-text-muted, #4a5563);
    font-size: 11px;
  }
  .plot-axis {
    font-size: 12px;
  }
  .plot-path {
    fill: none;
    stroke: var(--attune-color-accent, #2f5d8a);
    stroke-opacity: 0.6;
  }
  .plot-point {
    fill: var(--attune-color-accent, #2f5d8a);
    stroke: var(--attune-color-surface, #ffffff);
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
