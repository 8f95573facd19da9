import { html, svg, nothing } from 'lit';
import { formatScore } from '../../../scoring/scale-range.js';

/** One scale's score on its own range: clusters differ in length (PCL-5 C is 0-8, D 0-28). */
export interface ScaleBar {
  label: string;
  /** Null when the scale could not be scored (items missing): drawn as an empty track. */
  value: number | null;
  min: number;
  max: number;
}

export interface ScaleBarsProps {
  /** Unique within the render root: prefixes the ids that tie the SVG to its title and description. */
  id: string;
  title: string;
  bars: ScaleBar[];
  /** Column headers of the table equivalent: scale, score, possible range. */
  headers: [string, string, string];
  notScored: string;
  /** One sentence for a bar, for the SVG's description. */
  describe(bar: ScaleBar): string;
}

const WIDTH = 480;
const ROW = 44;
const TRACK = 16;
const LABEL_GAP = 18;
const VALUE_SPACE = 64;

/**
 * Subscale scores (PCL-5 clusters B-E) as horizontal bars, each filled to its score's share of its own
 * range so that clusters of different lengths compare fairly, with the score and range written beside
 * it; the table below holds the same numbers. Drawn in SVG by the library, styled by tokens.
 */
export function scaleBars({ id, title, bars, headers, notScored, describe }: ScaleBarsProps) {
  const track = WIDTH - VALUE_SPACE;
  const height = bars.length * ROW + 4;
  return html`
    <figure class="chart" part="chart">
      <figcaption id="${id}-title">${title}</figcaption>
      <svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc" focusable="false">
        <desc id="${id}-desc">${bars.map(describe).join(' ')}</desc>
        ${bars.map((bar, i) => {
          const y = i * ROW + LABEL_GAP;
          const share = bar.value === null ? 0 : (bar.value - bar.min) / (bar.max - bar.min);
          return svg`
            <text class="chart-label" x="0" y=${y - 5}>${bar.label}</text>
            <rect class="chart-track" x="0" y=${y} width=${track} height=${TRACK}></rect>
            ${bar.value === null ? nothing : svg`<rect class="chart-bar" x="0" y=${y} width=${share * track} height=${TRACK} data-share=${share}></rect>`}
            <text class="chart-value" x=${track + 8} y=${y + TRACK - 3}>${bar.value === null ? '–' : `${formatScore(bar.value)} / ${formatScore(bar.max)}`}</text>
          `;
        })}
      </svg>
    </figure>
    <table class="chart-table" part="chart-table">
      <caption>${title}</caption>
      <thead><tr>${headers.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
      <tbody>
        ${bars.map(
          (bar) => html`<tr>
            <th scope="row">${bar.label}</th>
            <td>${bar.value === null ? notScored : formatScore(bar.value)}</td>
            <td>${formatScore(bar.min)}–${formatScore(bar.max)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  `;
}
