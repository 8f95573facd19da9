// <attune-report>: each built-in instrument's result as a clinician sees it: title, every scale with its
// score, range and cutoff, every rule, every item with its answer.
import { expect } from '@open-wc/testing';
import '../../../src/define-report.js';

import { askedItemIds, instruments, type Answers, type InstrumentDefinition } from '../../../src/core.js';
import { formatScore, scaleRange } from '../../../src/scoring/scale-range.js';
import { clean, complete, q, report, rows } from './report-helpers.js';

/** Every asked item answered at the option `pick` chooses (by position in the options). */
function answerAll(def: InstrumentDefinition, pick: (n: number, index: number) => number): Answers {
  const answers: Answers = {};
  def.items.forEach((item, index) => {
    if (askedItemIds(def, answers).includes(item.id)) answers[item.id] = item.options[pick(item.options.length, index)]!.value;
  });
  return answers;
}

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
