// The clinician report says when the client was shown the support panel in a pass, even when the
// answer that raised it was changed back; and its own text is in English or Spanish (`locale`).
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define-report.js';
import type { AttuneReport } from '../../../src/define-report.js';
import { score, type Completion } from '../../../src/core.js';
import { reportEn } from '../../../src/i18n/report-en.js';
import { reportEs } from '../../../src/i18n/report-es.js';

const zeros = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [String(i + 1), 0]));

async function report(completion: Completion, locale?: string): Promise<AttuneReport> {
  const el = await fixture<AttuneReport>(html`<attune-report .results=${[completion]} locale=${locale ?? 'en'}></attune-report>`);
  await el.ready;
  return el;
}
const supportLine = (el: AttuneReport) => el.shadowRoot!.querySelector('.support-shown')?.textContent?.replace(/\s+/g, ' ').trim();

describe('<attune-report>: support shown in the pass', () => {
  it('an answer changed back: no flag, but the report says the support panel was shown', async () => {
    const answers = { ...zeros };
    const el = await report({ result: { ...score('phq-9', answers), supportShown: ['self-harm'] }, answers, completedAt: '2026-12-01T10:00:00Z' });
    expect(el.shadowRoot!.querySelector('[part~="flags"]')).to.not.equal(null);
    expect(supportLine(el)).to.contain(reportEn.supportShown(true));
  });

  it('item 9 still endorsed: the flag and the support shown', async () => {
    const answers = { ...zeros, '9': 2 };
    const el = await report({ result: { ...score('phq-9', answers), supportShown: ['self-harm'] }, answers });
    expect(supportLine(el)).to.contain(reportEn.supportShown(false));
  });

  it('no support shown: no line', async () => {
    const answers = { ...zeros };
    const el = await report({ result: score('phq-9', answers), answers });
    expect(supportLine(el)).to.equal(undefined);
  });

  it('locale="es": the report\'s own text in Spanish, with lang="es"', async () => {
    const answers = { ...zeros, '9': 1 };
    const el = await report({ result: { ...score('phq-9', answers), supportShown: ['self-harm'] }, answers }, 'es-MX');
    expect(el.shadowRoot!.querySelector('[part~="report"]')!.getAttribute('lang')).to.equal('es');
    expect(el.shadowRoot!.textContent).to.contain(reportEs.flagsTitle);
    expect(el.shadowRoot!.textContent).to.contain(reportEs.scoresTitle);
    expect(supportLine(el)).to.contain(reportEs.supportShown(false));
  });

  it('locale="es" with an English instrument: its title, score and rule labels, items and answers are marked lang="en"', async () => {
    const answers = { ...zeros, '9': 1 };
    const el = await report({ result: score('phq-9', answers), answers }, 'es');
    const root = el.shadowRoot!;
    const marked = (selector: string) => [...root.querySelectorAll(selector)].map((e) => e.getAttribute('lang'));
    expect(marked('[part~="instrument"] h2')).to.deep.equal(['en']);
    expect(marked('[part~="scores-table"] tbody th')).to.satisfy((langs: string[]) => langs.length > 0 && langs.every((l) => l === 'en'));
    expect(marked('[part~="rules-table"] tbody th')).to.satisfy((langs: string[]) => langs.length > 0 && langs.every((l) => l === 'en'));
    expect(marked('[part~="items-table"] tbody td span[lang]').length).to.equal(10);
    expect(root.querySelector('[part~="flags"] span[lang="en"]')!.textContent).to.contain('better off dead');
    // the report's own words stay Spanish, unmarked
    expect(root.querySelector('[part~="items-table"] thead th')!.getAttribute('lang')).to.equal(null);
  });

  it('locale="es": the PHQ-9 and GAD-7 severity bands in the library\'s Spanish; in English, as the definition names them', async () => {
    const severe = { '1': 2, '2': 2, '3': 2, '4': 2, '5': 2, '6': 2, '7': 2, '8': 2, '9': 0 };
    const band = (el: AttuneReport) => el.shadowRoot!.querySelector('[part~="scores-table"] tbody td:last-child')!.textContent.trim();
    const es = await report({ result: score('phq-9', severe), answers: severe }, 'es');
    expect(band(es)).to.equal('moderadamente grave');
    const en = await report({ result: score('phq-9', severe), answers: severe });
    expect(band(en)).to.equal('moderately severe');
    expect(en.shadowRoot!.querySelector('[part~="scores-table"] tbody td:last-child [lang]')).to.equal(null);
    // every band a built-in instrument can give has its Spanish name
    const { getInstrument, instrumentIds } = await import('../../../src/core.js');
    const labels = instrumentIds.flatMap((id) => (getInstrument(id)!.bands ?? []).flatMap((b) => b.ranges.map((r) => r.label)));
    expect(labels.length).to.be.greaterThan(0);
    for (const label of labels) expect(reportEs.bandNames?.[label], label).to.be.a('string');
  });

  it("in English, nothing is marked: the wording is in the report's own language", async () => {
    const el = await report({ result: score('phq-9', zeros), answers: zeros });
    expect(el.shadowRoot!.querySelectorAll('[part~="instrument"] [lang]').length).to.equal(0);
  });
});
