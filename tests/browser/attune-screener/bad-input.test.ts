// Bad input never crashes the host page: a clear message in the widget, an attune-error for the host,
// and nothing already answered is lost.
import { expect, html, oneEvent } from '@open-wc/testing';
import { choose, click, mount, mountCollectingErrors, part, type Screener, has } from '../helpers.js';
import { customInstrument } from '../../unit/fixtures.js';

describe('bad input', () => {
  it('an unknown instrument id: a calm message, the known ids for the developer, and attune-error', async () => {
    const { el, errors } = await mountCollectingErrors(html`<attune-screener instrument="pcl5"></attune-screener>`);
    expect(part(el, 'problem')!.textContent).to.contain('This questionnaire cannot be shown right now');
    expect(part(el, 'problem')!.textContent).to.contain('There is no built-in instrument "pcl5". Known: pcl-5, pc-ptsd-5');
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.code).to.equal('unknown-instrument');
    expect(errors[0]!.bubbles && errors[0]!.composed).to.equal(true);
  });

  it('no instrument at all', async () => {
    const { el, errors } = await mountCollectingErrors(html`<attune-screener></attune-screener>`);
    expect(errors[0]!.detail.code).to.equal('unknown-instrument');
    expect(part(el, 'problem')!.textContent).to.contain('instrument="pcl-5"');
  });

  it('a malformed definition: every problem named by path, in the widget and in the event', async () => {
    const def = customInstrument();
    def.items[2]!.options = [{ value: 0, label: 'Never' }];
    (def as { minutes: unknown }).minutes = 'two';
    const { el, errors } = await mountCollectingErrors(html`<attune-screener .definition=${def}></attune-screener>`);
    const lines = [...part(el, 'problem')!.querySelectorAll('li')].map((li) => li.textContent);
    expect(lines).to.deep.equal(['minutes: expected number', 'items[2].options: at least 2 options']);
    expect(errors[0]!.detail.code).to.equal('invalid-definition');
    expect(errors[0]!.detail.problems).to.deep.equal([
      { path: 'minutes', message: 'expected number' },
      { path: 'items[2].options', message: 'at least 2 options' },
    ]);
  });

  it("a valid definition of a practice's own renders and scores like a built-in", async () => {
    const el = await mount(html`<attune-screener .definition=${customInstrument()} results="full"></attune-screener>`);
    await click(el, part(el, 'start-button'));
    await choose(el, 'sleep', 2);
    await choose(el, 'calm', 0);
    await choose(el, 'alone', 1);
    setTimeout(() => part(el, 'finish-button')!.click());
    const { detail } = await oneEvent(el, 'attune-complete');
    expect(detail.result).to.deep.include({ scales: { total: 5 }, rules: { 'follow-up': true }, bands: { level: 'high' } });
  });

  it('a malformed definition set mid-questionnaire loses no answer: the valid one comes back with them', async () => {
    const el: Screener = await mount(html`<attune-screener .definition=${customInstrument()}></attune-screener>`);
    await click(el, part(el, 'start-button'));
    await choose(el, 'sleep', 2);
    setTimeout(() => {
      el.definition = { ...customInstrument(), items: 'oops' };
    });
    await oneEvent(el, 'attune-error');
    await el.ready;
    expect(has(el, 'problem')).to.equal(true);
    expect(el.answers).to.deep.equal({ sleep: 2 });
    el.definition = customInstrument();
    await el.ready;
    expect(has(el, 'problem')).to.equal(false);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#question-sleep input[value="2"]')!.checked).to.equal(true);
  });

  it('an unknown mode or results value falls back safely and is reported', async () => {
    const { el, errors } = await mountCollectingErrors(html`<attune-screener instrument="pcl-5" mode="carousel" results="everything"></attune-screener>`);
    expect(el.mode).to.equal('page');
    expect(el.results).to.equal('none');
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-attribute', 'invalid-attribute']);
    expect(errors[0]!.detail.message).to.contain('mode="carousel"');
  });

  it('a cutoff outside the published range is reported, and the published default is used', async () => {
    const { el, errors } = await mountCollectingErrors(html`<attune-screener instrument="pcl-5" cutoff="-5"></attune-screener>`);
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail).to.deep.include({ code: 'invalid-attribute' });
    expect(errors[0]!.detail.problems).to.deep.equal([{ path: 'cutoff', message: 'must be a number from 31 to 33' }]);
    await click(el, part(el, 'start-button'));
    for (let id = 1; id <= 20; id++) await choose(el, String(id), 0);
    setTimeout(() => part(el, 'finish-button')!.click());
    const { detail } = await oneEvent(el, 'attune-complete');
    expect(detail.result.settings).to.deep.equal({ cutoff: 33 });
  });

  it('nothing reaches the host page as an uncaught exception', async () => {
    const uncaught: unknown[] = [];
    const onError = (e: ErrorEvent) => uncaught.push(e.error);
    window.addEventListener('error', onError);
    try {
      for (const definition of [null, 3, 'x', [], { items: [{}] }, { ...customInstrument(), rules: [{ id: 'r', label: 'r', when: { type: 'rule', rule: 'r' } }] }]) {
        const el = await mount(html`<attune-screener .definition=${definition ?? undefined} instrument="nope"></attune-screener>`);
        expect(has(el, 'problem')).to.equal(true);
      }
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(uncaught).to.deep.equal([]);
  });
});
