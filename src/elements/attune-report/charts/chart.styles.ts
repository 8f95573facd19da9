import { css } from 'lit';

/**
 * Styles of the report's bar and trend charts. Colours come from the element's palette (`--_*`,
 * read from the `--attune-*` tokens, light or dark); in
 * forced-colours mode system colours take over; in print, marks keep their fill.
 */
export const chartStyles = css`
  .chart {
    margin: 0 0 calc(var(--attune-space, 1rem) * 0.5);
    max-width: 34rem;
  }
  .chart figcaption {
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  .chart svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  .chart-frame {
    fill: none;
    stroke: var(--_border);
  }
  .chart-grid {
    stroke: var(--_border);
    stroke-opacity: 0.35;
  }
  .chart-track {
    fill: var(--_subtle);
    stroke: var(--_border);
    stroke-width: 1;
  }
  .chart-bar,
  .chart-point {
    fill: var(--_accent);
  }
  .chart-line {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
  }
  .chart-cutoff {
    stroke: var(--_attention);
    stroke-width: 2;
    stroke-dasharray: 6 4;
  }
  .chart-cutoff-label {
    fill: var(--_attention);
    font-size: 12px;
  }
  .chart-label,
  .chart-value,
  .chart-tick {
    fill: var(--_text);
    font-size: 13px;
  }
  .chart-tick {
    fill: var(--_muted);
    font-size: 12px;
  }
  @media (forced-colors: active) {
    .chart-frame, .chart-grid, .chart-line, .chart-cutoff { stroke: CanvasText; }
    .chart-track { fill: Canvas; stroke: CanvasText; }
    .chart-bar, .chart-point { fill: Highlight; }
    .chart-label, .chart-value, .chart-tick, .chart-cutoff-label { fill: CanvasText; }
  }
  @media print {
    .chart svg { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  }
`;
