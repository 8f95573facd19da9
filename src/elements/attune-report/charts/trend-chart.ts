import { html, svg, nothing } from 'lit';
import { formatScore } from '../../../scoring/scale-range.js';

/** One completion's score; null when the scale could not be scored that time. */
export interface TrendPoint {
  /** When: a date and time, or "Completion 2". */
  label: string;
  /** A shorter form for the axis (the date alone); the table keeps the full label. */
  axisLabel?: string;
  value: number | null;
  /** Whether the score met the cutoff, when there is one and the score is known. */
  met?: boolean | undefined;
}

export interface TrendChartProps {
  id: string;
  title: string;
  min: number;
  max: number;
  points: TrendPoint[];
  /** The cutoff drawn as a dashed line, with its label ("Cutoff 33"). */
  cutoff?: { value: number; label: string } | undefined;
  /** Table headers: when, score, and (with a cutoff) whether it was met. */
  headers: { when: string; score: string; met: string };
  notScored: string;
  metText(met: boolean): string;
  describe(point: TrendPoint): string;
}

const WIDTH = 480;
const HEIGHT = 220;
const LEFT = 36;
const RIGHT = 16;
const TOP = 12;
const BOTTOM = 40;

/**
 * A scale's score at each completion, oldest first, with the cutoff as a dashed line, so a clinician
 * sees change against the threshold that matters. Gaps where a score is missing are left as gaps,
 * never interpolated. The table below lists the same points.
 */
export function trendChart({ id, title, min, max, points, cutoff, headers, notScored, metText, describe }: TrendChartProps) {
  const innerW = WIDTH - LEFT - RIGHT;
  const innerH = HEIGHT - TOP - BOTTOM;
  const px = (i: number) => LEFT + (points.length === 1 ? innerW / 2 : (i / (points.length - 1)) * innerW);
  const py = (v: number) => TOP + innerH - ((v - min) / (max - min)) * innerH;
  // runs of consecutive known scores, drawn as separate lines
  const runs: { i: number; v: number }[][] = [];
  points.forEach((p, i) => {
    if (p.value === null) return runs.push([]);
    if (!runs.length) runs.push([]);
    runs[runs.length - 1]!.push({ i, v: p.value });
  });
  const ticks = [min, (min + max) / 2, max];
  // about six dates fit under the axis; the table lists every one
  const step = Math.ceil(points.length / 6);
  return html`
    <figure class="chart" part="chart">
      <figcaption id="${id}-title">${title}</figcaption>
      <svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${id}-title ${id}-desc" focusable="false">
        <desc id="${id}-desc">${points.map(describe).join(' ')}${cutoff ? ` ${cutoff.label}.` : ''}</desc>
        ${svg`
          <rect class="chart-frame" x=${LEFT} y=${TOP} width=${innerW} height=${innerH}></rect>
          ${ticks.map(
            (t) => svg`<line class="chart-grid" x1=${LEFT} x2=${LEFT + innerW} y1=${py(t)} y2=${py(t)}></line>
            <text class="chart-tick" x=${LEFT - 6} y=${py(t) + 4} text-anchor="end">${formatScore(t)}</text>`,
          )}
          ${
            cutoff
              ? svg`<line class="chart-cutoff" x1=${LEFT} x2=${LEFT + innerW} y1=${py(cutoff.value)} y2=${py(cutoff.value)} data-value=${cutoff.value}></line>
              <text class="chart-cutoff-label" x=${LEFT + innerW - 4} y=${py(cutoff.value) - 5} text-anchor="end">${cutoff.label}</text>`
              : nothing
          }
          ${runs.filter((r) => r.length > 1).map((r) => svg`<polyline class="chart-line" points=${r.map((p) => `${px(p.i)},${py(p.v)}`).join(' ')}></polyline>`)}
          ${points.map((p, i) => (p.value === null ? nothing : svg`<circle class="chart-point" cx=${px(i)} cy=${py(p.value)} r="5" data-index=${i}></circle>`))}
          ${points.map((p, i) => (i % step !== 0 && i !== points.length - 1 ? nothing : svg`<text class="chart-tick" x=${px(i)} y=${TOP + innerH + 16} text-anchor=${points.length > 1 && i === 0 ? 'start' : points.length > 1 && i === points.length - 1 ? 'end' : 'middle'}>${p.axisLabel ?? p.label}</text>`))}
        `}
      </svg>
    </figure>
    <table class="chart-table" part="chart-table">
      <caption>${title}</caption>
      <thead>
        <tr><th scope="col">${headers.when}</th><th scope="col">${headers.score}</th>${cutoff ? html`<th scope="col">${headers.met}</th>` : nothing}</tr>
      </thead>
      <tbody>
        ${points.map(
          (p) => html`<tr>
            <th scope="row">${p.label}</th>
            <td>${p.value === null ? notScored : formatScore(p.value)}</td>
            ${cutoff ? html`<td>${p.met === undefined ? '–' : metText(p.met)}</td>` : nothing}
          </tr>`,
        )}
      </tbody>
    </table>
  `;
}

/** The geometry the chart uses, for tests that read a point's value back from the drawing. */
export const trendGeometry = { WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM };
