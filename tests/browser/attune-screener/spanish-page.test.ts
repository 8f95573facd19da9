// A page in Spanish is Spanish: the widget's own sentences in Spanish, and every word of an
// instrument with no shipped Spanish translation marked lang="en" (intro, questions, review, results,
// attribution), with the introduction saying the questions are in English; numbers as Spanish writes them.
import { expect, html, oneEvent } from '@open-wc/testing';
import { es } from '../../../src/i18n/es.js';
import { choose, click, mount, part, parts, type Screener } from '../helpers.js';

/** Text the shadow root shows outside any element marked lang="en". */
function unmarkedText(el: Screener): string {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  let out = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang');
    if (lang !== 'en') out += ` ${node.textContent}`;
  }
  return out.replace(/\s+/g, ' ');
}
// common English words that a Spanish sentence never has
const ENGLISH = /\b(the|and|you|your|of|questions?|past|month|weeks?|about|problems?|score|answers?)\b/i;

describe('Spanish page, English instrument', () => {
  it('the introduction: Spanish sentences, the English title, description and time frame marked, and it says the questions are in English', async () => {
    const el = await mount(html`<attune-screener instrument="pcl-5" locale="es"></attune-screener>`);
    const intro = part(el, 'intro')!;
    expect(intro.textContent).to.contain(es.introInEnglish);
    expect(intro.textContent).to.not.contain('se refieren a the past month');
    const timeframe = [...intro.querySelectorAll('span[lang="en"]')].map((s) => s.textContent);
    expect(timeframe).to.deep.equal(['the past month']);
    expect(intro.querySelector('h2')!.getAttribute('lang')).to.equal('en');
    expect(unmarkedText(el)).to.not.match(ENGLISH);
  });

  it('questions, review and results: English wording is marked, the rest is Spanish', async () => {
    const el = await mount(html`<attune-screener instrument="pc-ptsd-5" locale="es" mode="paged" results="full"></attune-screener>`);
    await click(el, part(el, 'start-button'));
    expect(unmarkedText(el), 'question').to.not.match(ENGLISH);
    await choose(el, 'exposure', 1);
    await click(el, part(el, 'next-button'));
    for (let i = 1; i <= 5; i++) {
      await choose(el, String(i), i % 2);
      expect(unmarkedText(el), `question ${i}`).to.not.match(ENGLISH);
      await click(el, part(el, i === 5 ? 'review-button' : 'next-button'));
    }
    expect(part(el, 'review')).to.not.equal(null);
    expect(unmarkedText(el), 'review').to.not.match(ENGLISH);
    setTimeout(() => part(el, 'finish-button')!.click());
    await oneEvent(el, 'attune-complete');
    await el.updateComplete;
    expect(part(el, 'attribution')!.getAttribute('lang')).to.equal('en');
    expect(unmarkedText(el), 'results').to.not.match(ENGLISH);
  });

  it('numbers are written as the UI locale writes them', async () => {
    const el = await mount(html`<attune-screener instrument="ecr-rs" locale="es" results="full"></attune-screener>`);
    await click(el, part(el, 'start-button'));
    for (let i = 1; i <= 9; i++) await choose(el, String(i), (i % 3) + 1);
    setTimeout(() => part(el, 'finish-button')!.click());
    await oneEvent(el, 'attune-complete');
    await el.updateComplete;
    const scores = parts(el, 'scores')[0]!.textContent;
    expect(scores).to.match(/\d,\d\d/);
    expect(scores).to.not.match(/\d\.\d/);
    // the plot's title and axis names are the instrument's English, marked so; its table's own words are Spanish
    const plot = part(el, 'plot')!;
    const english = [...plot.querySelectorAll('figcaption, text.plot-axis')];
    expect(english.length).to.equal(3);
    for (const node of english) expect(node.getAttribute('lang'), node.textContent).to.equal('en');
    expect(part(el, 'plot-table')!.querySelector('caption')!.getAttribute('lang')).to.equal('en');
  });
});
