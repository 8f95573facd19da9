// <attune-report>: what a clinician sees for each instrument's result, in the order that matters
// (safety items first), with every chart's table holding the numbers the chart draws.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define-report.js';
import type { AttuneReport } from '../../src/define-report.js';
import { askedItemIds, instruments, score, type Answers, type Completion, type InstrumentDefinition } from '../../src/core.js';
import { formatScore, scaleRange } from '../../src/scoring/scale-range.js';
import { customInstrument } from '../unit/fixtures.js';

const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const q = <T extends Element = HTMLElement>(el: AttuneReport, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const qa = <T extends Element = HTMLElement>(root: ParentNode, sel: string) => [...root.querySelectorAll<T>(sel)];
const rows = (table: Element | null) => qa(table!, 'tbody tr').map((tr) => qa(tr, 'th, td').map((c) => clean(c.textContent)));

async function report(completions: Completion[], definition?: unknown): Promise<AttuneReport> {
  const el = await fixture<AttuneReport>(html`<attune-report .results=${completions} .definition=${definition}></attune-report>`);
  await el.ready;
  return el;
}

/** Every asked item answered at the option `pick` chooses (by position in the options). */
function answerAll(def: InstrumentDefinition, pick: (n: number, index: number) => number): Answers {
  const answers: Answers = {};
  def.items.forEach((item, index) => {
    if (askedItemIds(def, answers).includes(item.id)) answers[item.id] = item.options[pick(item.options.length, index)]!.value;
  });
  return answers;
}
const complete = (def: InstrumentDefinition, answers: Answers, completedAt?: string): Completion => ({ result: score(def, answers), answers, completedAt });

describe('<attune-report>: each instrument', () => {
  for (const def of Object.values(instruments)) {
    it(`${def.id}: title, every scale with its score, range and cutoff, every rule, every item with its answer; axe clean`, async () => {
      const answers = answerAll(def, (n, i) => (i * 7) % n);
      const c = complete(def, answers, '2025-03-01T09:30:00Z');
      const el = await report([c]);
      expect(clean(q(el, '[part~="instrument"] h2')?.textContent)).to.equal(def.title);

      const scoreRows = rows(q(el, '[part~="scores-table"]'));
      expect(scoreRows.map((r) => r[0])).to.deep.equal(def.scales.map((s) => s.label));
      def.scales.forEach((scale, i) => {
        const [lo, hi] = scaleRange(def, scale);
        expect(scoreRows[i]![1], scale.id).to.equal(formatScore(c.result.scales[scale.id]!));
        expect(scoreRows[i]![2]).to.equal(`${formatScore(lo)}–${formatScore(hi)}`);
      });

      const ruleRows = def.rules?.length ? rows(q(el, '[part~="rules-table"]')) : [];
      expect(q(el, '[part~="rules-table"]') !== null).to.equal(Boolean(def.rules?.length));
      expect(ruleRows.map((r) => r[0])).to.deep.equal((def.rules ?? []).map((r) => r.label));
      (def.rules ?? []).forEach((rule, i) => expect(ruleRows[i]![1]).to.equal(c.result.rules[rule.id] ? 'Met: provisional, not a diagnosis' : 'Not met'));
      if (def.rules?.length) expect(clean(q(el, '[part~="provisional"]')?.textContent)).to.match(/provisional screening results, not a diagnosis/);

      const itemRows = rows(q(el, '[part~="items-table"]'));
      expect(itemRows.length).to.equal(def.items.length);
      def.items.forEach((item, i) => {
        expect(itemRows[i]![0]).to.equal(item.id);
        if (item.text) expect(itemRows[i]![1]).to.contain(item.text);
        const value = answers[item.id];
        if (value === undefined) return;
        const label = item.options.find((o) => o.value === value)!.label;
        expect(itemRows[i]![2], item.id).to.equal(label ? `${label} (${value})` : String(value));
      });
      await expect(el).to.be.accessible();
    });
  }
});

describe('<attune-report>: safety items first', () => {
  it('PHQ-9 item 9 answered "More than half the days" comes before everything else, with its wording and answer', async () => {
    const answers = { ...Object.fromEntries(ids(1, 8).map((id) => [id, 0])), '9': 2 };
    const el = await report([complete(instruments['phq-9']!, answers, '2025-03-01T09:30:00Z')]);
    const first = q(el, '[part~="report"]')!.firstElementChild!;
    expect(first.getAttribute('part')).to.equal('flags');
    const flag = clean(q(el, '[part~="flag"]')!.textContent);
    expect(flag).to.contain('PHQ-9, item 9');
    expect(flag).to.contain(instruments['phq-9']!.items.find((i) => i.id === '9')!.text!);
    expect(flag).to.contain('Answered: More than half the days (2)');
    expect(q(el, '[part~="items-table"] tr[data-item="9"]')!.hasAttribute('data-raised')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('no safety panel when nothing is raised; an earlier raised flag is still named by date', async () => {
    const phq = instruments['phq-9']!;
    const none = Object.fromEntries(ids(1, 9).map((id) => [id, 0]));
    expect(q(await report([complete(phq, none)]), '[part~="flags"]')).to.equal(null);
    const el = await report([complete(phq, { ...none, '9': 1 }, '2025-01-10T10:00:00Z'), complete(phq, none, '2025-02-10T10:00:00Z')]);
    expect(clean(q(el, '[part~="flags"]')!.textContent)).to.match(/PHQ-9: Also raised on Jan 10, 2025/);
  });

  it('with several instruments (a battery), flags from any of them come first, then a section for each', async () => {
    const el = await report([
      complete(instruments['pcl-5']!, Object.fromEntries(ids(1, 20).map((id) => [id, 1]))),
      complete(instruments['phq-9']!, Object.fromEntries(ids(1, 9).map((id) => [id, 3]))),
    ]);
    expect(q(el, '[part~="report"]')!.firstElementChild!.getAttribute('part')).to.equal('flags');
    expect(qa(el.shadowRoot!, '[part~="instrument"]').map((s) => s.dataset.instrument)).to.deep.equal(['pcl-5', 'phq-9']);
  });
});

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

describe('<attune-report>: incomplete results, gates, custom instruments, bad input', () => {
  it('an incomplete PCL-5: says which items are unanswered; unscored scales and undecided rules say so', async () => {
    // total 30 so far: items 19 and 20 could still take it past the cutoff 33, and item 15 is E's only symptom yet
    const answers = Object.fromEntries(ids(1, 18).map((id) => [id, Number(id) <= 15 ? 2 : 0]));
    const el = await report([complete(instruments['pcl-5']!, answers)]);
    expect(clean(q(el, '[part~="status"]')!.textContent)).to.match(/^Incomplete: no answer to items 19 and 20\./);
    expect(rows(q(el, '[part~="scores-table"]'))[0]![1]).to.equal('Not scored (items unanswered)');
    expect(rows(q(el, '[part~="rules-table"]'))[1]![1]).to.equal('Not determined (items unanswered)');
    expect(rows(q(el, '[part~="items-table"]'))[19]![2]).to.equal('No answer');
    expect(clean(q(el, '.chart-table')!.textContent)).to.contain('Not scored');
    await expect(el).to.be.accessible();
  });

  it('PC-PTSD-5 "NO" at the exposure question: the five items are shown as not asked', async () => {
    const el = await report([complete(instruments['pc-ptsd-5']!, { exposure: 0 })]);
    const table = rows(q(el, '[part~="items-table"]'));
    expect(table[0]![2]).to.equal('NO (0)');
    expect(table.slice(1).map((r) => r[2])).to.deep.equal(Array(5).fill('Not asked (an earlier answer skipped it)'));
  });

  it("a practice's own instrument renders from the definition property", async () => {
    const def = customInstrument();
    const answers = { sleep: 2, calm: 0, alone: 1 };
    const el = await report([complete(def, answers)], def);
    expect(clean(q(el, 'h2')!.textContent)).to.equal('Weekly check-in');
    expect(rows(q(el, '[part~="scores-table"]'))[0]).to.deep.equal(['Total', '5', '0–6', '4 or more', 'high']);
    expect(clean(q(el, '[part~="items-table"]')!.textContent)).to.contain('reverse-keyed');
  });

  it('a malformed definition: a calm problem naming the path, and attune-error invalid-definition', async () => {
    const good = complete(customInstrument(), { sleep: 1, calm: 1, alone: 1 });
    const el = document.createElement('attune-report');
    const codes: string[] = [];
    el.addEventListener('attune-error', (e) => codes.push((e as CustomEvent).detail.code));
    el.results = [good];
    el.definition = { ...customInstrument(), items: [] };
    document.body.append(el);
    await el.ready;
    expect(codes).to.deep.equal(['invalid-definition', 'unknown-instrument']);
    expect(clean(q(el, '[part~="problem"] details')!.textContent)).to.contain('items: at least 1 item');
    expect(q(el, '[part~="instrument"]')).to.equal(null);
    el.remove();
  });

  it("IES-R: without a text pack the items are named by number; with the practice's pack, its wording", async () => {
    const answers = Object.fromEntries(ids(1, 22).map((id) => [id, 3]));
    const c = complete(instruments['ies-r']!, answers);
    const bare = await report([c]);
    expect(rows(q(bare, '[part~="items-table"]'))[4]![1]).to.equal("Item 5 (wording supplied by the practice's text pack; not shown here)");
    const pack = { instrument: 'ies-r', permission: 'Test wording', items: Object.fromEntries(ids(1, 22).map((id) => [id, `Test item ${id}`])), options: { '3': 'Three' } };
    const el = await fixture<AttuneReport>(html`<attune-report .results=${[c]} .textPack=${pack}></attune-report>`);
    await el.ready;
    expect(rows(q(el, '[part~="items-table"]'))[4]!.slice(1)).to.deep.equal(['Test item 5', 'Three (3)']);
    await expect(el).to.be.accessible();
  });

  it('a single result property works like a one-entry results list', async () => {
    const answers = Object.fromEntries(ids(1, 7).map((id) => [id, 3]));
    const el = await fixture<AttuneReport>(html`<attune-report .result=${score('gad-7', answers)} .answers=${answers}></attune-report>`);
    // the GAD-7's definition loads on demand, as the screener's does
    await el.ready;
    expect(rows(el.shadowRoot!.querySelector('[part~="scores-table"]'))[0]!.slice(0, 2)).to.deep.equal(['Total score', '21']);
  });

  it('a malformed result and an unknown instrument: a calm problem and attune-error for each; good results still render', async () => {
    const good = complete(instruments['gad-7']!, Object.fromEntries(ids(1, 7).map((id) => [id, 1])));
    const el = document.createElement('attune-report');
    const errors: string[] = [];
    el.addEventListener('attune-error', (e) => errors.push((e as CustomEvent).detail.code));
    const unknown = { ...good, result: { ...good.result, instrument: { id: 'bdi-2', version: '1' } } };
    el.results = [{ result: { scales: 'x' }, answers: {} } as unknown as Completion, unknown, good];
    const fired = oneEvent(el, 'attune-error');
    document.body.append(el);
    await fired;
    await el.ready;
    expect(errors).to.deep.equal(['invalid-result', 'unknown-instrument']);
    expect(q(el, '[part~="problem"]')).not.to.equal(null);
    expect(clean(q(el, '[part~="problem"] details')!.textContent)).to.contain('results[0].result.instrument');
    expect(qa(el.shadowRoot!, '[part~="instrument"]').length).to.equal(1);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('nothing to show yet', async () => {
    const el = await report([]);
    expect(clean(el.shadowRoot!.textContent)).to.equal('No results to show yet.');
  });
});
