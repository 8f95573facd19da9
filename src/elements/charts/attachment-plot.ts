import { ifDefined } from 'lit/directives/if-defined.js';
import { html, svg, nothing } from 'lit';

/** One axis of the plot: a mean scale and the response scale its items share (ECR: 1 to 7). */
export interface PlotAxis {
  label: string;
  min: number;
  max: number;
}

/** One person's position at one time; the last point is the most recent. */
export interface PlotPoint {
  /** Names the point in the table and the description, e.g. "Your answers" or a date. */
  label: string;
  x: number;
  y: number;
}

export interface AttachmentPlotProps {
  /** The language of the title and axis labels (the instrument's), when it differs from the page's. */
  lang?: string | undefined;
  /** Unique within the render root: prefixes the ids that tie the SVG to its title and description. */
  id: string;
  title: string;
  x: PlotAxis;
  y: PlotAxis;
  points: PlotPoint[];
  /** Names the point's own table column ("When", "Answers"). */
  pointHeader: string;
  /** Writes a score: in the reader's locale (the client's) or as `formatScore` does (the report). */
  format: (value: number) => string;
  /** One sentence placing a point on both dimensions, for the SVG's description. */
  describe(point: PlotPoint): string;
}

const SIZE = 240;
// room for tick labels and axis names on the left and below; a little on the other sides for the point
const LEFT = 40;
const BOTTOM = 40;
const TOP = 10;
const RIGHT = 12;

/**
 * Attachment anxiety against avoidance as a point on a plane, with its text equivalent (a table).
 * The two dimensions are continuous (Fraley et al. 2015), so the plot draws the scale's midpoint lines
 * for orientation and never names quadrants or styles: a high value on both axes at once, the push-pull
 * of attachment ambivalence, shows as a point in the upper right without a label that would turn a
 * measurement into a type. No chart library: a few lines of SVG, styled by tokens.
 */
export function attachmentPlot({ id, title, x, y, points, pointHeader, format, describe, lang }: AttachmentPlotProps) {
  const width = SIZE - LEFT - RIGHT;
  const height = SIZE - TOP - BOTTOM;
  const px = (v: number) => LEFT + ((v - x.min) / (x.max - x.min)) * width;
  // SVG's y grows downwards; higher scores sit higher
  const py = (v: number) => TOP + height - ((v - y.min) / (y.max - y.min)) * height;
  const ticks = (axis: PlotAxis) => Array.from({ length: Math.floor(axis.max - axis.min) + 1 }, (_, i) => axis.min + i);
  const midX = (x.min + x.max) / 2;
  const midY = (y.min + y.max) / 2;
  const last = points[points.length - 1];
  return html`
    <figure class="plot" part="plot">
      <figcaption id="${id}-title" lang=${ifDefined(lang)}>${title}</figcaption>
      <svg viewBox="0 0 ${SIZE} ${SIZE}" role="img" aria-labelledby="${id}-title ${id}-desc" focusable="false">
        <desc id="${id}-desc">${points.map(describe).join(' ')}</desc>
        ${svg`
          <rect class="plot-frame" x=${LEFT} y=${TOP} width=${width} height=${height}></rect>
          ${ticks(x).map(
            (t) => svg`<line class="plot-grid" x1=${px(t)} x2=${px(t)} y1=${TOP} y2=${TOP + height}></line>
            <text class="plot-tick" x=${px(t)} y=${TOP + height + 14} text-anchor="middle">${t}</text>`,
          )}
          ${ticks(y).map(
            (t) => svg`<line class="plot-grid" y1=${py(t)} y2=${py(t)} x1=${LEFT} x2=${LEFT + width}></line>
            <text class="plot-tick" x=${LEFT - 8} y=${py(t) + 4} text-anchor="end">${t}</text>`,
          )}
          <line class="plot-mid" x1=${px(midX)} x2=${px(midX)} y1=${TOP} y2=${TOP + height}></line>
          <line class="plot-mid" y1=${py(midY)} y2=${py(midY)} x1=${LEFT} x2=${LEFT + width}></line>
          <text class="plot-axis" x=${LEFT + width / 2} y=${SIZE - 6} text-anchor="middle" lang=${ifDefined(lang)}>${x.label}</text>
          <text class="plot-axis" transform="rotate(-90)" x=${-(TOP + height / 2)} y="12" text-anchor="middle" lang=${ifDefined(lang)}>${y.label}</text>
          ${points.length > 1 ? svg`<polyline class="plot-path" points=${points.map((p) => `${px(p.x)},${py(p.y)}`).join(' ')}></polyline>` : nothing}
          ${points.map((p) => svg`<circle class=${p === last ? 'plot-point' : 'plot-point earlier'} cx=${px(p.x)} cy=${py(p.y)} r=${p === last ? 7 : 4.5}></circle>`)}
        `}
      </svg>
    </figure>
    <table class="plot-table" part="plot-table">
      <caption lang=${ifDefined(lang)}>${title}</caption>
      <thead>
        <tr><th scope="col">${pointHeader}</th><th scope="col" lang=${ifDefined(lang)}>${x.label}</th><th scope="col" lang=${ifDefined(lang)}>${y.label}</th></tr>
      </thead>
      <tbody>
        ${points.map((p) => html`<tr><th scope="row">${p.label}</th><td>${format(p.x)}</td><td>${format(p.y)}</td></tr>`)}
      </tbody>
    </table>
  `;
}
