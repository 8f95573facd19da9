// The published translations shipped with the built-in instruments, in the element: loaded with the
// locale, the wording swapped under the same ids and answers, the strings with no sourced translation
// marked in their own language, and a practice's licensed translation (a text pack with a language).
import { expect, html, oneEvent } from '@open-wc/testing';
import { score } from '../../../src/core.js';
import { phq9Es } from '../../../src/instruments/phq-9.es.js';
import { gad7Es } from '../../../src/instruments/gad-7.es.js';
import { spanishPcl5Pack } from '../../unit/fixtures.js';
import { choose, errors, legends, mount, part, parts, resetClientConditions, start, type Screener } from '../helpers.js';

afterEach(resetClientConditions);

const settle = async (el: Screener) => {
  await el.ready;
  await el.updateComplete;
};

describe('published translations', () => {
  it('locale="es-US" runs the PHQ-9 in its Spanish form; the result says es-US and scores as the English', async () => {
    const el = await mount(html`<attune-screener instrument="phq-9" locale="es-US"></attune-screener>`);
    expect(part(el, 'intro')!.querySelector('h2')!.textContent).to.equal(phq9Es.translation.title);
    await start(el);
    expect(legends(el).map((l) => l.replace(/^\d+\.\s*/, ''))).to.deep.equal([
      ...Array.from({ length: 9 }, (_, i) => phq9Es.translation.items[String(i + 1)]!.text),
      phq9Es.translation.items.difficulty!.text,
    ]);
    for (const legend of parts(el, 'legend')) expect(legend.closest('[lang]')!.getAttribute('lang')).to.equal('es');
    for (let i = 1; i <= 9; i++) await choose(el, String(i), i % 4);
    setTimeout(() => part(el, 'finish-button')!.click());
    const { detail } = await oneEvent(el, 'attune-complete');
    const answers = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [String(i + 1), (i + 1) % 4]));
    // item 9 at "Varios días" raised support on the way, as in English
    expect(detail.result).to.deep.equal({ ...score('phq-9', answers), supportShown: ['self-harm'], language: 'es-US' });
  });

  it('switching the locale mid-way keeps every answer and changes only the words', async () => {
    const el = await mount(html`<attune-screener instrument="gad-7"></attune-screener>`);
    await start(el);
    await choose(el, '1', 2);
    await choose(el, '2', 1);
    expect(legends(el)[0]).to.contain('Feeling nervous, anxious or on edge');
    el.locale = 'es';
    await settle(el);
    await el.updateComplete;
    expect(legends(el)[0]).to.contain(gad7Es.translation.items['1']!.text);
    expect(part<HTMLInputElement>(el, 'question')!.querySelector<HTMLInputElement>('input[value="2"]')!.checked).to.equal(true);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#question-2 input[value="1"]')!.checked).to.equal(true);
    // the difficulty question has no sourced Spanish: English, marked so, answers and all
    const difficulty = el.shadowRoot!.querySelector('#question-difficulty')!;
    expect(difficulty.querySelector('legend')!.getAttribute('lang')).to.equal('en');
    for (const span of difficulty.querySelectorAll('label span')) expect(span.getAttribute('lang')).to.equal('en');
    el.locale = 'en';
    await settle(el);
    await el.updateComplete;
    expect(legends(el)[0]).to.contain('Feeling nervous, anxious or on edge');
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#question-1 input[value="2"]')!.checked).to.equal(true);
  });

  it("a practice's licensed Spanish PCL-5 (a text pack with a language) is used on a Spanish page; the title it gives, the description it does not (English, marked)", async () => {
    const el = await mount(html`<attune-screener instrument="pcl-5" locale="es" .textPack=${spanishPcl5Pack()}></attune-screener>`);
    await settle(el);
    const intro = part(el, 'intro')!;
    expect(intro.querySelector('h2')!.textContent).to.equal('Lista de verificación de prueba');
    expect(intro.querySelector('h2')!.hasAttribute('lang')).to.equal(false);
    expect(intro.querySelector('p')!.getAttribute('lang')).to.equal('en');
    await start(el);
    expect(legends(el)[0]).to.contain('Texto de prueba del ítem 1.');
    expect(part(el, 'legend')!.hasAttribute('lang')).to.equal(false);
  });

  it('the same pack on an English page leaves the English wording', async () => {
    const el = await mount(html`<attune-screener instrument="pcl-5" .textPack=${spanishPcl5Pack()}></attune-screener>`);
    await settle(el);
    await start(el);
    expect(legends(el)[0]).to.contain('Repeated, disturbing, and unwanted memories');
  });

  it('a pack that does not fit is refused with what is wrong, in the widget and as attune-error', async () => {
    const seen = errors(document);
    const pack = spanishPcl5Pack() as { items: Record<string, string> };
    delete pack.items['12'];
    const el = await mount(html`<attune-screener instrument="pcl-5" locale="es" .textPack=${pack}></attune-screener>`);
    await settle(el);
    expect(part(el, 'problem')).to.not.equal(null);
    const error = seen.find((e) => e.code === 'invalid-text-pack')!;
    expect(error.problems.map((p) => `${p.path}: ${p.message}`)).to.include('items.12: missing');
  });

  it("a battery lists each title in the language it is in, marked where it is not the page's", async () => {
    const battery = document.createElement('attune-battery');
    battery.setAttribute('instruments', 'phq-9 gad-7');
    battery.setAttribute('locale', 'es');
    document.body.append(battery);
    await (battery as unknown as Screener).ready;
    await (battery as unknown as Screener).updateComplete;
    const items = [...battery.shadowRoot!.querySelectorAll('[part~="instrument-list"] li')];
    expect(items.map((li) => [li.textContent, li.getAttribute('lang')])).to.deep.equal([
      [phq9Es.translation.title, null],
      ['Generalized Anxiety Disorder 7-item scale (GAD-7)', 'en'],
    ]);
    battery.remove();
  });

  it("a battery with a practice's Spanish PCL-5 pack lists its Spanish title, and refuses a pack that does not fit before the client starts", async () => {
    const battery = document.createElement('attune-battery') as HTMLElement & { textPacks: unknown };
    battery.setAttribute('instruments', 'pcl-5 phq-9');
    battery.setAttribute('locale', 'es');
    battery.textPacks = { 'pcl-5': [spanishPcl5Pack()] };
    document.body.append(battery);
    await (battery as unknown as Screener).ready;
    await (battery as unknown as Screener).updateComplete;
    const titles = [...battery.shadowRoot!.querySelectorAll('[part~="instrument-list"] li')].map((li) => [li.textContent, li.getAttribute('lang')]);
    expect(titles).to.deep.equal([
      ['Lista de verificación de prueba', null],
      [phq9Es.translation.title, null],
    ]);
    const seen = errors(document);
    const bad = spanishPcl5Pack() as { items: Record<string, string> };
    delete bad.items['3'];
    battery.textPacks = { 'pcl-5': bad };
    await new Promise((r) => setTimeout(r, 50));
    await (battery as unknown as Screener).ready;
    await (battery as unknown as Screener).updateComplete;
    expect(battery.shadowRoot!.querySelector('[part~="problem"]')).to.not.equal(null);
    expect(seen.find((e) => e.code === 'invalid-text-pack')!.problems.map((p) => `${p.path}: ${p.message}`)).to.include('items.3: missing');
    battery.remove();
  });
});
