import { css } from 'lit';
import { attachmentPlotStyles } from '../charts/attachment-plot.styles.js';
import { chartStyles } from './charts/chart.styles.js';
import { hostStyles } from '../../styles/host.styles.js';
import { paletteStyles } from '../../styles/palette.styles.js';

/**
 * The report reads as a document: headings, tables and charts in one column, charts beside their
 * tables where there is room. The same `--attune-*` tokens as the screener. The print rules give a
 * clean page from the browser's own print: black on white, full width, no page break inside a table,
 * chart or safety panel, and headings kept with what follows.
 */
const base = css`
  :host {
    max-width: var(--attune-max-width, 60rem);
  }
  h2 {
    font-size: var(--attune-heading-size, 1.375em);
    line-height: 1.25;
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  h3 {
    font-size: 1.125em;
    line-height: 1.3;
    margin: calc(var(--_space) * 1.5) 0 calc(var(--_space) * 0.5);
  }
  p {
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  .muted,
  .meta {
    color: var(--_muted);
  }
  .instrument + .instrument {
    margin-top: calc(var(--_space) * 2.5);
    padding-top: calc(var(--_space) * 1.5);
    border-top: 2px solid var(--_border);
  }
  .status.incomplete {
    font-weight: 600;
  }
  .provisional {
    font-weight: 600;
  }

  table {
    border-collapse: collapse;
    width: 100%;
    margin: 0 0 var(--_space);
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25rem;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.375rem 0.5rem;
    border-bottom: 1px solid var(--_border);
  }
  thead th {
    background: var(--_subtle);
    font-weight: 600;
  }
  tbody th {
    font-weight: 400;
  }
  .number {
    white-space: nowrap;
  }
  .items th[scope='row'] {
    width: 4.5em;
    white-space: nowrap;
  }
  .items td:last-child {
    width: 30%;
  }
  tr[data-raised] > * {
    background: var(--_attention-bg);
  }
  .tag {
    display: inline-block;
    font-size: 0.8125em;
    color: var(--_muted);
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0 0.5em;
    white-space: nowrap;
  }
  .tag.raised {
    color: var(--_attention);
    border-color: var(--_attention);
    font-weight: 600;
  }

  .flags {
    border: 2px solid var(--_attention);
    background: var(--_attention-bg);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: 0 0 calc(var(--_space) * 1.5);
  }
  .flags h2 {
    color: var(--_attention);
    font-size: 1.125em;
  }
  .flags ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .flags li + li {
    margin-top: 0.5em;
  }

  .charts {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .chart-block {
    display: grid;
    gap: var(--_space);
    align-items: start;
  }
  @media (min-width: 48rem) {
    .chart-block {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }
  }
  .chart-table,
  .plot-table {
    font-size: 0.875em;
  }
  .plot {
    max-width: 22rem;
  }

  .problem {
    border: 2px solid var(--_attention);
    background: var(--_attention-bg);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-bottom: var(--_space);
  }
  summary {
    cursor: pointer;
  }

  @media (forced-colors: active) {
    .flags,
    .problem {
      border-color: CanvasText;
    }
    tr[data-raised] > * {
      background: Canvas;
      font-weight: 600;
    }
  }
`;

const print = css`
  @media print {
    :host {
      max-width: none;
      color: #000;
      background: #fff;
      font-size: 10.5pt;
      line-height: 1.35;
    }
    .meta,
    .muted,
    .tag {
      color: #333;
    }
    h2,
    h3 {
      break-after: avoid;
      page-break-after: avoid;
    }
    table,
    figure,
    .chart-block,
    .flags,
    tr {
      break-inside: avoid;
      page-break-inside: avoid;
    }
    thead {
      display: table-header-group;
    }
    thead th {
      background: none;
      border-bottom: 1.5px solid #000;
    }
    th,
    td {
      border-bottom-color: #999;
      padding: 0.2rem 0.4rem;
    }
    .flags {
      border: 2px solid #000;
      background: none;
    }
    .flags h2 {
      color: #000;
    }
    tr[data-raised] > * {
      background: none;
      font-weight: 600;
    }
    .chart-block {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }
    .instrument + .instrument {
      border-top-color: #000;
    }
    details {
      display: none;
    }
  }
`;

// colours (light and dark) come from the shared palette
export const reportStyles = [paletteStyles, hostStyles, base, chartStyles, attachmentPlotStyles, print];
