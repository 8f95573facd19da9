// <attune-report>: incomplete results, gates, a practice's own instrument, text packs, and bad input.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/define-report.js';
import type { AttuneReport } from '../../../src/define-report.js';
import { instruments, score, type Completion } from '../../../src/core.js';
import { customInstrument } from '../../unit/fixtures.js';
import { clean, complete, ids, q, qa, report, rows } from './report-helpers.js';

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
