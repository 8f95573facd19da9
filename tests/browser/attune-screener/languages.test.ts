// Languages: the widget's own text in Spanish, an unknown locale, a definition's own translation, and
// right to left.
import { expect, html, oneEvent } from '@open-wc/testing';

import { answerAllShown, errors, legends, mount, part, resetClientConditions, start } from '../helpers.js';
import { spanishCheckin } from '../examples/client-screens.js';
import { customInstrument } from '../../unit/fixtures.js';
import { score } from '../../../src/core.js';

afterEach(resetClientConditions);

describe('languages', () => {
  it('locale="es": every UI string in Spanish; untranslated wording stays English and is marked lang="en"', async () => {
    const el = await mount(html`<attune-screener instrument="pcl-5" locale="es" mode="paged"></attune-screener>`);
    expect(part(el, 'start-button')!.textContent).to.equal('Empezar');
    expect(part(el, 'exit-button')!.textContent).to.equal('Salir de esta página');
    expect(el.shadowRoot!.querySelector('div[lang]')!.getAttribute('lang')).to.equal('es');
    await start(el);
    expect(part(el, 'progress')!.textContent).to.contain('Pregunta 1 de 20');
    expect(part(el, 'legend')!.getAttribute('lang')).to.equal('en');
    expect(legends(el)[0]).to.contain('Repeated, disturbing, and unwanted memories');
  });

  it('an unknown locale falls back to English and fires attune-error', async () => {
    const seen = errors(document);
    const el = await mount(html`<attune-screener instrument="pcl-5" locale="tlh"></attune-screener>`);
    expect(part(el, 'start-button')!.textContent).to.equal('Start');
    expect(seen.find((e) => e.code === 'invalid-attribute')!.message).to.contain('locale="tlh"');
  });

  it("a definition's own translation is used for its wording, and scores the same", async () => {
    const el = await mount(html`<attune-screener locale="es-MX" .definition=${spanishCheckin()}></attune-screener>`);
    expect(part(el, 'intro')!.textContent).to.contain('Revisión semanal');
    await start(el);
    expect(legends(el)).to.deep.equal(['Dormí mal.', 'Me sentí en calma.', 'Me sentí solo o sola.']);
    expect(part(el, 'legend')!.hasAttribute('lang')).to.equal(false);
    await answerAllShown(el, 2);
    setTimeout(() => part(el, 'finish-button')!.click());
    const { detail } = await oneEvent(el, 'attune-complete');
    // the same scores as the original, and the language of the wording the client read
    expect(detail.result).to.deep.equal({ ...score(customInstrument(), { sleep: 2, calm: 2, alone: 2 }), language: 'es' });
  });

  it('dir="rtl" mirrors the layout: each radio sits to the right of its label, nothing overflows', async () => {
    const el = await mount(html`<attune-screener dir="rtl" instrument="pcl-5" style="width: 360px"></attune-screener>`);
    await start(el);
    const option = part(el, 'option')!;
    const radio = option.querySelector('input')!.getBoundingClientRect();
    const label = option.querySelector('span')!.getBoundingClientRect();
    expect(radio.left).to.be.greaterThan(label.right - 1);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
  });
});
