// <attune-report>: every chart beside a table holding the numbers the chart draws.
import { expect } from '@open-wc/testing';
import '../../../src/define-report.js';
import type { AttuneReport } from '../../../src/define-report.js';
import { instruments, score } from '../../../src/core.js';
import { formatScore, scaleRange } from '../../../src/scoring/scale-range.js';
import { clean, complete, ids, q, qa, report, rows } from './report-helpers.js';

/** Reads each bar's drawn share of its track back, beside the chart's table. */
function barsAndTable(el: AttuneReport) {
  const figure = q(el, '[part~="chart"]')!;
  const tracks = qa<SVGRectElement>(figure, '.chart-track');
  const bars = qa<SVGRectElement>(figure, '.chart-bar');
  const table = figure.nextElementSibling!;
  return {
    drawn: bars.map((b, i) => b.width.baseVal.value / tracks[i]!.width.baseVal.value),
    table: rows(table),
    labels: qa(figure, '.chart-label').map((t) => clean(t.textContent)),
  };
}

describe('<attune-report>: charts and their tables', () => {
  it('PCL-5 cluster bars: each bar is its score over its own range, as the table says', async () => {
    const pcl = instruments['pcl-5']!;
    const answers = Object.fromEntries(ids(1, 20).map((id) => [id, Number(id) % 5]));
    const el = await report([complete(pcl, answers, '2025-03-01T09:30:00Z')]);
    const { drawn, table, labels } = barsAndTable(el);
    const clusters = ['B', 'C', 'D', 'E'].map((id) => pcl.scales.find((s) => s.id === id)!);
    expect(labels).to.deep.equal(clusters.map((s) => s.label));
    expect(table.map((r) => r[0])).to.deep.equal(labels);
    const result = score(pcl, answers);
    clusters.forEach((scale, i) => {
      const [lo, hi] = scaleRange(pcl, scale);
      expect(Number(table[i]![1])).to.equal(result.scales[scale.id]);
      expect(table[i]![2]).to.equal(`${lo}–${hi}`);
      expect(drawn[i]).to.be.closeTo((result.scales[scale.id]! - lo) / (hi - lo), 1e-5);
    });
    const totalRow = rows(q(el, '[part~="scores-table"]')).find((r) => r[0] === 'Total symptom severity')!;
    expect(totalRow[3]).to.equal('33 or more');
  });

  it('PCL-5 over time: points, in date order, sit at the totals in the table; the dashed line at the cutoff', async () => {
    const pcl = instruments['pcl-5']!;
    const at = (v: number) => Object.fromEntries(ids(1, 20).map((id) => [id, v]));
    // given out of order: the report sorts by completion time
    const el = await report([complete(pcl, at(3), '2025-03-01T09:00:00Z'), complete(pcl, at(1), '2025-01-01T09:00:00Z'), complete(pcl, at(2), '2025-02-01T09:00:00Z')]);
    const figure = qa(el.shadowRoot!, '[part~="chart"]').find((f) => clean(f.querySelector('figcaption')!.textContent) === 'Total symptom severity over time')!;
    const svg = figure.querySelector('svg')!;
    const frame = svg.querySelector<SVGRectElement>('.chart-frame')!;
    const top = frame.y.baseVal.value;
    const h = frame.height.baseVal.value;
    const valueAt = (y: number) => ((top + h - y) / h) * 80;
    const drawn = qa<SVGCircleElement>(svg, '.chart-point').map((c) => valueAt(c.cy.baseVal.value));
    const table = rows(figure.nextElementSibling);
    expect(table.map((r) => r[0])).to.deep.equal(
      ['Jan 1, 2025, 9:00 AM', 'Feb 1, 2025, 9:00 AM', 'Mar 1, 2025, 9:00 AM'].map((d) =>
        clean(new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(d + ' UTC'))),
      ),
    );
    expect(table.map((r) => Number(r[1]))).to.deep.equal([20, 40, 60]);
    drawn.forEach((v, i) => expect(v).to.be.closeTo(Number(table[i]![1]), 1e-4));
    expect(table.map((r) => r[2])).to.deep.equal(['No', 'Yes', 'Yes']);
    expect(valueAt(svg.querySelector<SVGLineElement>('.chart-cutoff')!.y1.baseVal.value)).to.be.closeTo(33, 1e-4);
    expect(clean(svg.querySelector('.chart-cutoff-label')!.textContent)).to.equal('Cutoff 33');
    await expect(el).to.be.accessible();
  });

  it('ECR-RS: the anxiety-by-avoidance plot holds every completion, at the values in its table', async () => {
    const ecr = instruments['ecr-rs']!;
    const a1 = { ...Object.fromEntries(ids(1, 6).map((id) => [id, 4])), '7': 2, '8': 2, '9': 2 };
    const a2 = { ...Object.fromEntries(ids(1, 6).map((id) => [id, 6])), '7': 7, '8': 6, '9': 6 };
    const el = await report([complete(ecr, a1, '2025-01-01T09:00:00Z'), complete(ecr, a2, '2025-03-01T09:00:00Z')]);
    const plot = q(el, '[part~="plot"]')!;
    const table = rows(q(el, '[part~="plot-table"]'));
    const r1 = score(ecr, a1);
    const r2 = score(ecr, a2);
    expect(table.map((r) => [Number(r[1]), Number(r[2])])).to.deep.equal([
      [Number(formatScore(r1.scales.avoidance!)), Number(formatScore(r1.scales.anxiety!))],
      [Number(formatScore(r2.scales.avoidance!)), Number(formatScore(r2.scales.anxiety!))],
    ]);
    const frame = plot.querySelector<SVGRectElement>('.plot-frame')!;
    const toX = (cx: number) => 1 + ((cx - frame.x.baseVal.value) / frame.width.baseVal.value) * 6;
    const toY = (cy: number) => 1 + ((frame.y.baseVal.value + frame.height.baseVal.value - cy) / frame.height.baseVal.value) * 6;
    const points = qa<SVGCircleElement>(plot, 'circle').map((c) => [toX(c.cx.baseVal.value), toY(c.cy.baseVal.value)]);
    // SVG lengths are single-precision floats
    expect(points[0]![0]).to.be.closeTo(r1.scales.avoidance!, 1e-5);
    expect(points[0]![1]).to.be.closeTo(r1.scales.anxiety!, 1e-5);
    expect(points[1]![0]).to.be.closeTo(r2.scales.avoidance!, 1e-5);
    expect(points[1]![1]).to.be.closeTo(r2.scales.anxiety!, 1e-5);
    await expect(el).to.be.accessible();
  });
});
