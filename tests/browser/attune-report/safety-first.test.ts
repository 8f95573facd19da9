// <attune-report>: safety items first, before everything else, from any instrument and any date.
import { expect } from '@open-wc/testing';
import '../../../src/define-report.js';

import { instruments } from '../../../src/core.js';
import { clean, complete, ids, q, qa, report } from './report-helpers.js';

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
