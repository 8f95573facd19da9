import { css } from 'lit';

/**
 * Styles of the report's bar and trend charts. Colours come from the `--attune-*` tokens; in
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
    stroke: var(--attune-color-border, #7b8794);
  }
  .chart-grid {
    stroke: var(--attune-color-border, #7b8794);
    stroke-opacity: 0.35;
  }
  .chart-track {
    fill: var(--attune-color-surface-subtle, #f4f6f8);
    stroke: var(--attune-color-border, #7b8794);
    stroke-width: 1;
  }
  .chart-bar,
  .chart-point {
    fill: var(--attune-color-accent, #2f5d8a);
  }
  .chart-line {
    fill: none;
    stroke: var(--attune-color-accent, #2f5d8a);
    stroke-width: 2;
  }
  .chart-cutoff {
    stroke: var(--attune-color-attention, #8a4b08);
    stroke-width: 2;
    stroke-dasharray: 6 4;
  }
  .chart-cutoff-label {
    fill: var(--attune-color-attention, #8a4b08);
    font-size: 12px;
  }
  .chart-label,
  .chart-value,
  .chart-tick {
    fill: var(--attune-color-text, #1f2933);
    font-size: 13px;
  }
  .chart-tick {
    fill: var(--attune-color-text-muted, #4a5563);
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
