import { html, nothing } from 'lit';
import type { ReportMessages } from '../../../i18n/report-messages.js';
import { formatScore, scaleRange } from '../../../scoring/scale-range.js';
import { scaleCutoffs } from '../../../scoring/scale-cutoffs.js';
import { scaleGroups } from '../../../scoring/scale-structure.js';
import { attachmentPlot } from '../../charts/attachment-plot.js';
import { scaleBars } from '../charts/scale-bars.js';
import { trendChart } from '../charts/trend-chart.js';
import type { ReportGroup } from './report-groups.js';
import { wordingLang } from './wording-lang.js';

/**
 * The charts an instrument's structure calls for, each with its table: subscale bars of the most
 * recent completion (PCL-5 clusters), the definition's plots over time (ECR anxiety against
 * avoidance), and, given two or more completions, each top-level scale over time with its cutoff.
 */
export function chartsView(group: ReportGroup, messages: ReportMessages, id: string) {
  const def = group.definition;
  const latest = group.entries[group.entries.length - 1]!;
  const score = (scaleId: string, i = group.entries.length - 1) => group.entries[i]!.result.scales[scaleId] ?? null;
  const range = (scaleId: string) =>
    scaleRange(
      def,
      def.scales.find((s) => s.id === scaleId)!,
    );

  const bars = scaleGroups(def)
    .filter((g) => g.parts.length > 1)
    .map(({ parent, parts }) =>
      scaleBars({
        id: `${id}-bars-${parent.id}`,
        title: `${messages.subscalesTitle(parent.label)} (${latest.label})`,
        bars: parts.map((scale) => {
          const [min, max] = range(scale.id);
          return { label: scale.label, value: score(scale.id), min, max };
        }),
        headers: [messages.scaleHeader, messages.scoreHeader, messages.rangeHeader],
        notScored: messages.notScored,
        describe: (b) => messages.barDescribe(b.label, b.value === null ? null : formatScore(b.value), formatScore(b.min), formatScore(b.max)),
      }),
    );

  const plotted = new Set<string>();
  const plots = (def.plots ?? []).map((plot) => {
    plotted.add(plot.x).add(plot.y);
    const xScale = def.scales.find((s) => s.id === plot.x)!;
    const yScale = def.scales.find((s) => s.id === plot.y)!;
    const points = group.entries.flatMap((e) => {
      const x = e.result.scales[plot.x];
      const y = e.result.scales[plot.y];
      return x === null || x === undefined || y === null || y === undefined ? [] : [{ label: e.label, x, y }];
    });
    if (!points.length) return nothing;
    const [xMin, xMax] = range(plot.x);
    const [yMin, yMax] = range(plot.y);
    return attachmentPlot({
      id: `${id}-plot-${plot.id}`,
      lang: wordingLang(group.definition, messages),
      title: plot.label,
      x: { label: xScale.label, min: xMin, max: xMax },
      y: { label: yScale.label, min: yMin, max: yMax },
      points,
      pointHeader: messages.whenHeader,
      format: formatScore,
      describe: (p) => messages.plotDescribe(p.label, xScale.label, formatScore(p.x), yScale.label, formatScore(p.y)),
    });
  });

  const trends =
    group.entries.length < 2
      ? []
      : scaleGroups(def)
          .map((g) => g.parent)
          .filter((scale) => !plotted.has(scale.id))
          .map((scale) => {
            const [min, max] = range(scale.id);
            // the cutoff in force at the most recent completion; each point's outcome is its own result's
            const cut = scaleCutoffs(def, latest.result.settings).get(scale.id)?.[0];
            return trendChart({
              id: `${id}-trend-${scale.id}`,
              title: messages.trendTitle(scale.label),
              min,
              max,
              points: group.entries.map((e, i) => ({
                label: e.label,
                axisLabel: e.shortLabel,
                value: score(scale.id, i),
                met: cut?.direct ? (e.result.rules[cut.rule] ?? undefined) : undefined,
              })),
              cutoff: cut ? { value: cut.atLeast, label: messages.cutoffLine(formatScore(cut.atLeast)) } : undefined,
              headers: { when: messages.whenHeader, score: messages.scoreHeader, met: messages.metHeader },
              notScored: messages.notScored,
              metText: messages.met,
              describe: (p) => messages.trendDescribe(p.label, p.value === null ? null : formatScore(p.value)),
            });
          });

  if (!bars.length && !plots.some((p) => p !== nothing) && !trends.length) return nothing;
  return html`
    <h3>${messages.chartsTitle}</h3>
    <div class="charts">
      ${bars.map((c) => html`<div class="chart-block">${c}</div>`)}
      ${plots.map((c) => (c === nothing ? nothing : html`<div class="chart-block">${c}</div>`))}
      ${trends.map((c) => html`<div class="chart-block">${c}</div>`)}
    </div>
  `;
}
