// The client's experience (issue 4), tested as a client and a practice would meet it: support when a
// safety item is endorsed, the quick exit, save and resume, checking answers, languages, and the
// display conditions (small screens, right to left, reduced motion, forced colours).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { announcement, answerAllShown, choose, click, focused, has, legends, mount, part, parts, text, type Screener } from './helpers.js';
import { spanishCheckin, storedPcl5 } from './client-experience-examples.js';
import { customInstrument } from '../unit/fixtures.js';
import { score } from '../../src/core.js';

const start = (el: Screener) => click(el, part(el, 'start-button'));
/** Collects every attune-error an element fires from now on. */
function errors(target: EventTarget) {
  const seen: { code: string; message: string }[] = [];
  target.addEventListener('attune-error', (e) => seen.push((e as CustomEvent).detail));
  return seen;
}
async function pagedTo(el: Screener, questions: number, value: number) {
  for (let i = 0; i < questions; i++) {
    await answerAllShown(el, value);
    await click(el, part(el, 'next-button'));
  }
}

afterEach(async () => {
  sessionStorage.clear();
  localStorage.clear();
  await emulateMedia({ reducedMotion: 'no-preference' });
  await executeServerCommand('forced-colors', { active: false });
});

describe('safety: an endorsed safety item', () => {
  it('PHQ-9 item 9 above "Not at all" shows support below it at once, announces it, and fires attune-safety', async () => {
    const el = await mount(html`<attune-screener instrument="phq-9"></attune-screener>`);
    await start(el);
    await choose(el, '8', 1);
    expect(has(el, 'safety')).to.equal(false);
    setTimeout(() => void choose(el, '9', 1));
    const { detail } = await oneEvent(el, 'attune-safety');
    await el.updateComplete;
    expect(detail).to.deep.equal({ instrument: { id: 'phq-9', version: '1.0.0' }, flags: ['self-harm'], itemId: '9' });
    const panel = part(el, 'safety')!;
    expect(panel.previousElementSibling!.id).to.equal('question-9');
    expect(panel.textContent).to.contain('If you are in danger now, call your local emergency number.');
    expect(announcement()).to.equal('Support information is shown below this question.');
    // calm, not alarm red: no colour in the panel is red-dominant
    for (const colour of [getComputedStyle(panel).borderTopColor, getComputedStyle(panel).backgroundColor, getComputedStyle(panel).color]) {
      const [r, g, b] = colour.match(/\d+/g)!.map(Number);
      expect(r! > g! + 40 && r! > b! + 40, colour).to.equal(false);
    }
  });

  it('"Not at all" raises nothing', async () => {
    const el = await mount(html`<attune-screener instrument="phq-9"></attune-screener>`);
    let fired = 0;
    el.addEventListener('attune-safety', () => fired++);
    await start(el);
    await choose(el, '9', 0);
    expect([has(el, 'safety'), fired]).to.deep.equal([false, 0]);
  });

  it('never blocks finishing; the result carries the flag and the support stays on the thank-you screen', async () => {
    const el = await mount(html`<attune-screener instrument="phq-9" results="summary"></attune-screener>`);
    await start(el);
    await answerAllShown(el, 2);
    setTimeout(() => part(el, 'finish-button')!.click());
    const { detail } = await oneEvent(el, 'attune-complete');
    await el.updateComplete;
    expect(detail.result.flags).to.deep.equal(['self-harm']);
    expect(detail.result).to.deep.equal(score('phq-9', detail.answers));
    expect(has(el, 'results') && has(el, 'safety')).to.equal(true);
    // no clinician detail in the client's view: no flag name, no score
    expect(text(el)).not.to.contain('self-harm');
  });

  it('paged mode: support shows on the question, on the pages after it and on the review', async () => {
    const el = await mount(html`<attune-screener instrument="phq-9" mode="paged"></attune-screener>`);
    await start(el);
    await pagedTo(el, 8, 0);
    await choose(el, '9', 3);
    expect(has(el, 'safety')).to.equal(true);
    await click(el, part(el, 'next-button'));
    expect(has(el, 'safety')).to.equal(true);
    await click(el, part(el, 'review-button'));
    expect(has(el, 'review') && has(el, 'safety')).to.equal(true);
  });

  it("shows the practice's crisis resources, with a phone number to call; a malformed entry is reported and left out", async () => {
    const el = await mount(html`<attune-screener instrument="phq-9"></attune-screener>`);
    const seen = errors(el);
    el.crisisResources = [
      { name: '988 Suicide & Crisis Lifeline', phone: '988', text: 'Call or text, any time.' },
      { name: 'Our practice', url: 'javascript:alert(1)' },
    ];
    await el.updateComplete;
    await start(el);
    await choose(el, '9', 1);
    const list = part(el, 'crisis-resources')!;
    expect(list.querySelectorAll('li')).to.have.length(1);
    expect(list.textContent).to.contain('988 Suicide & Crisis Lifeline');
    expect(list.querySelector('a')!.getAttribute('href')).to.equal('tel:988');
    expect(list.querySelector('a')!.textContent).to.equal('Call 988');
    expect(seen.map((e) => e.code)).to.deep.equal(['invalid-attribute']);
    expect(seen[0]!.message).to.contain('crisisResources[1]: url must start with https://');
  });

  it("the crisis slot replaces the default line with the practice's own content", async () => {
    const el = await mount(html`<attune-screener instrument="phq-9"><p slot="crisis">Call Harbour Street on 555 0100.</p></attune-screener>`);
    await start(el);
    await choose(el, '9', 1);
    const slot = part(el, 'safety')!.querySelector('slot')!;
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Call Harbour Street on 555 0100.']);
  });
});

describe('quick exit', () => {
  it('"Leave this page" is on every screen, first in tab order, at least 24 by 24 pixels', async () => {
    const el = await mount(html`<attune-screener instrument="pc-ptsd-5" results="summary"></attune-screener>`);
    for (const step of [
      async () => {},
      () => start(el),
      async () => {
        await choose(el, 'exposure', 0);
        await click(el, part(el, 'finish-button'));
      },
    ]) {
      await step();
      const button = part(el, 'exit-button')!;
      expect(button.textContent).to.equal('Leave this page');
      expect(part(el, 'exit-hint')!.textContent).to.equal('Or press Shift three times.');
      const box = button.getBoundingClientRect();
      expect(box.width >= 24 && box.height >= 24).to.equal(true);
      expect(el.shadowRoot!.querySelector('button, input, a')).to.equal(button);
    }
  });

  it("the button leaves for the practice's address, clearing what the widget stored and every answer", async () => {
    const el = await mount(html`<attune-screener instrument="pcl-5" persist="local" storage-key="exit" exit-url="https://weather.example/"></attune-screener>`);
    await start(el);
    await choose(el, '1', 4);
    expect(localStorage.getItem('attune:pcl-5:exit')).to.contain('"answers"');
    el.addEventListener('attune-exit', (e) => e.preventDefault(), { once: true }); // stay on the test page
    setTimeout(() => part(el, 'exit-button')!.click());
    const { detail } = await oneEvent(el, 'attune-exit');
    await el.updateComplete;
    expect(detail).to.deep.equal({ url: 'https://weather.example/' });
    expect(localStorage.getItem('attune:pcl-5:exit')).to.equal(null);
    expect(el.answers).to.deep.equal({});
    expect(text(el)).to.equal('');
  });

  it('Shift pressed three times leaves from anywhere on the page', async () => {
    const el = await mount(html`<attune-screener instrument="pcl-5" persist="session" storage-key="shift"></attune-screener>`);
    await start(el);
    await choose(el, '2', 3);
    el.addEventListener('attune-exit', (e) => e.preventDefault(), { once: true });
    (document.activeElement as HTMLElement | null)?.blur();
    setTimeout(() => {
      void (async () => {
        for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
      })();
    });
    const { detail } = await oneEvent(el, 'attune-exit');
    expect(detail.url).to.equal('about:blank');
    expect(sessionStorage.getItem('attune:pcl-5:shift')).to.equal(null);
  });

  it('typing (another key between) is not an exit', async () => {
    const el = await mount(html`<attune-screener instrument="pcl-5"></attune-screener>`);
    let left = 0;
    el.addEventListener('attune-exit', (e) => {
      left++;
      e.preventDefault();
    });
    for (const key of ['Shift', 'KeyA', 'Shift', 'Shift', 'KeyB', 'Shift']) await sendKeys({ press: key });
    expect(left).to.equal(0);
    expect(has(el, 'intro')).to.equal(true);
  });

  it('one page-wide keydown listener serves every element; an element removed no longer exits; the last one removes it', async () => {
    const added: unknown[] = [];
    const removed: unknown[] = [];
    const { addEventListener: add, removeEventListener: remove } = document;
    document.addEventListener = function (this: Document, type: string, fn: EventListenerOrEventListenerObject, o?: boolean | AddEventListenerOptions) {
      if (type === 'keydown') added.push(fn);
      return add.call(this, type, fn, o);
    } as typeof add;
    document.removeEventListener = function (this: Document, type: string, fn: EventListenerOrEventListenerObject, o?: boolean | EventListenerOptions) {
      if (type === 'keydown') removed.push(fn);
      return remove.call(this, type, fn, o);
    } as typeof remove;
    try {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><attune-screener instrument="pcl-5"></attune-screener><attune-screener instrument="pc-ptsd-5"></attune-screener></div>`,
      );
      expect(added).to.have.length(1);
      const [first, second] = wrapper.querySelectorAll('attune-screener');
      let left = 0;
      let secondLeft = 0;
      first!.addEventListener('attune-exit', () => left++);
      first!.remove();
      expect(removed).to.deep.equal([]);
      second!.addEventListener('attune-exit', (e) => {
        secondLeft++;
        e.preventDefault();
      });
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
      expect(left).to.equal(0);
      expect(secondLeft).to.equal(1);
      second!.remove();
      expect(removed).to.deep.equal([added[0]]);
    } finally {
      Object.assign(document, { addEventListener: add, removeEventListener: remove });
    }
  });

  it('a javascript: exit-url is refused (reported) and the exit goes to about:blank', async () => {
    const el = await fixture<Screener>(html`<attune-screener instrument="pcl-5" exit-url="javascript:alert(1)"></attune-screener>`);
    const seen = errors(el);
    el.exitUrl = 'JavaScript:alert(2)';
    await el.updateComplete;
    expect(seen[0]!.message).to.contain('is not an http(s) address');
    el.addEventListener('attune-exit', (e) => e.preventDefault(), { once: true });
    setTimeout(() => el.leave());
    expect((await oneEvent(el, 'attune-exit')).detail.url).to.equal('about:blank');
  });

  it('really leaves: the page is replaced, so Back does not return to the questionnaire', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="practice page"></iframe>`);
    const loaded = () => new Promise((r) => frame.addEventListener('load', r, { once: true }));
    const first = loaded();
    frame.srcdoc = `<!doctype html><html lang="en"><body><script type="module" src="${new URL('../../src/define.ts', import.meta.url).href}"></script><attune-screener instrument="pcl-5"></attune-screener></body></html>`;
    await first;
    const win = frame.contentWindow!;
    await win.customElements.whenDefined('attune-screener');
    const inner = win.document.querySelector('attune-screener') as Screener;
    await inner.ready;
    const historyLength = win.history.length;
    const left = loaded();
    (inner.shadowRoot!.querySelector('[part~="exit-button"]') as HTMLElement).click();
    await left;
    expect(frame.contentWindow!.location.href).to.equal('about:blank');
    expect(frame.contentWindow!.history.length).to.equal(historyLength);
  });
});

describe('save and resume', () => {
  it('discreet by default: nothing is stored anywhere', async () => {
    const el = await mount(html`<attune-screener instrument="pcl-5"></attune-screener>`);
    await start(el);
    await answerAllShown(el, 2);
    expect([localStorage.length, sessionStorage.length]).to.deep.equal([0, 0]);
    expect(has(el, 'persist-note')).to.equal(false);
  });

  it('a reload mid-questionnaire asks, then resumes where the client left off', async () => {
    const first = await mount(html`<attune-screener instrument="pcl-5" mode="paged" persist="session" storage-key="reload"></attune-screener>`);
    expect(part(first, 'persist-note')!.textContent).to.contain('kept in this browser tab');
    await start(first);
    await pagedTo(first, 5, 3);
    await choose(first, '6', 1);
    first.remove(); // the page goes away

    const el = await mount(html`<attune-screener instrument="pcl-5" mode="paged" persist="session" storage-key="reload"></attune-screener>`);
    // asked first: nothing is put back without the client's say
    expect(has(el, 'resume')).to.equal(true);
    expect(el.answers).to.deep.equal({});
    await click(el, part(el, 'resume-button'));
    expect(el.answers).to.deep.equal({ 1: 3, 2: 3, 3: 3, 4: 3, 5: 3, 6: 1 });
    expect(part(el, 'progress')!.textContent).to.contain('Question 6 of 20');
    expect(focused(el)!.tagName).to.equal('LEGEND');
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#question-6 input[value="1"]')!.checked).to.equal(true);
  });

  it('"Start again" removes the saved answers and starts afresh', async () => {
    sessionStorage.setItem('attune:pcl-5:again', storedPcl5(4));
    const el = await mount(html`<attune-screener instrument="pcl-5" persist="session" storage-key="again"></attune-screener>`);
    await click(el, part(el, 'restart-button'));
    expect(sessionStorage.getItem('attune:pcl-5:again')).to.equal(null);
    expect(has(el, 'intro')).to.equal(true);
    expect(el.answers).to.deep.equal({});
  });

  it('a corrupt stored snapshot: a clear message, a fresh start, the snapshot removed, attune-error', async () => {
    sessionStorage.setItem('attune:pcl-5:corrupt', '{"format":1,"instrument":{"id":"pcl-5"');
    const seen = errors(document);
    const el = await mount(html`<attune-screener instrument="pcl-5" persist="session" storage-key="corrupt"></attune-screener>`);
    expect(part(el, 'notice')!.textContent).to.equal('Your earlier answers could not be brought back, so the questionnaire starts from the beginning.');
    expect(has(el, 'intro') && !has(el, 'resume')).to.equal(true);
    expect(sessionStorage.getItem('attune:pcl-5:corrupt')).to.equal(null);
    expect(seen.map((e) => e.code)).to.contain('invalid-stored-state');
    await start(el);
    expect(el.answers).to.deep.equal({});
  });

  it('answers saved by another version of the instrument are not put back (never half-applied)', async () => {
    sessionStorage.setItem(
      'attune:pcl-5:old',
      JSON.stringify({ format: 1, instrument: { id: 'pcl-5', version: '0.9.0' }, stage: 'questions', index: 3, answers: { 1: 2, 2: 2 }, raised: [] }),
    );
    const seen = errors(document);
    const el = await mount(html`<attune-screener instrument="pcl-5" persist="session" storage-key="old"></attune-screener>`);
    expect(has(el, 'notice')).to.equal(true);
    expect(seen.find((e) => e.code === 'invalid-stored-state')!.message).to.contain('version 0.9.0');
    expect(el.answers).to.deep.equal({});
  });

  it('storage disabled by the browser: the client is told, and can still answer and finish', async () => {
    const get = Storage.prototype.getItem;
    const set = Storage.prototype.setItem;
    const denied = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    Storage.prototype.getItem = denied;
    Storage.prototype.setItem = denied;
    try {
      const seen = errors(document);
      const el = await mount(html`<attune-screener instrument="pc-ptsd-5" persist="local"></attune-screener>`);
      expect(part(el, 'notice')!.textContent).to.contain('cannot save your answers');
      expect(seen.map((e) => e.code)).to.contain('storage-unavailable');
      await start(el);
      await choose(el, 'exposure', 0);
      setTimeout(() => part(el, 'finish-button')!.click());
      expect((await oneEvent(el, 'attune-complete')).detail.result.status).to.equal('complete');
    } finally {
      Object.assign(Storage.prototype, { getItem: get, setItem: set });
    }
  });

  it('a full storage: told once, answers kept in memory, finishing works', async () => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const seen = errors(document);
      const el = await mount(html`<attune-screener instrument="pcl-5" persist="local" storage-key="full"></attune-screener>`);
      await start(el);
      await answerAllShown(el, 1);
      expect(seen.filter((e) => e.code === 'storage-unavailable')).to.have.length(1);
      expect(part(el, 'notice')).to.equal(null); // the notice is on the introduction; mid-questions it is announced
      expect(announcement()).to.contain('cannot save your answers');
      setTimeout(() => part(el, 'finish-button')!.click());
      expect(Object.keys((await oneEvent(el, 'attune-complete')).detail.answers)).to.have.length(20);
    } finally {
      Storage.prototype.setItem = set;
    }
  });

  it('finishing removes the saved answers', async () => {
    const el = await mount(html`<attune-screener instrument="pc-ptsd-5" persist="local" storage-key="done"></attune-screener>`);
    await start(el);
    await choose(el, 'exposure', 0);
    expect(localStorage.getItem('attune:pc-ptsd-5:done')).not.to.equal(null);
    await click(el, part(el, 'finish-button'));
    expect(localStorage.getItem('attune:pc-ptsd-5:done')).to.equal(null);
  });

  it('the support a client saw before a reload is there after it, and attune-safety fires again for the new page', async () => {
    const first = await mount(html`<attune-screener instrument="phq-9" persist="session" storage-key="support"></attune-screener>`);
    await start(first);
    await choose(first, '9', 1);
    first.remove();
    const el = await mount(html`<attune-screener instrument="phq-9" persist="session" storage-key="support"></attune-screener>`);
    setTimeout(() => part(el, 'resume-button')!.click());
    expect((await oneEvent(el, 'attune-safety')).detail.flags).to.deep.equal(['self-harm']);
    await el.updateComplete;
    expect(has(el, 'safety')).to.equal(true);
  });

  it('two copies of one instrument on a page keep apart by id; without a way to tell them apart the second is refused', async () => {
    const seen = errors(document);
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <attune-screener id="intake" instrument="gad-7" persist="session"></attune-screener>
      <attune-screener id="week-6" instrument="gad-7" persist="session"></attune-screener>
      <attune-screener instrument="gad-7" persist="session"></attune-screener>
      <attune-screener instrument="gad-7" persist="session"></attune-screener>
    </div>`);
    const els = [...wrapper.querySelectorAll('attune-screener')];
    await Promise.all(els.map((e) => e.ready));
    for (const [i, e] of els.entries()) {
      await start(e);
      await choose(e, '1', i % 4);
    }
    expect(JSON.parse(sessionStorage.getItem('attune:gad-7:intake')!).answers).to.deep.equal({ 1: 0 });
    expect(JSON.parse(sessionStorage.getItem('attune:gad-7:week-6')!).answers).to.deep.equal({ 1: 1 });
    expect(JSON.parse(sessionStorage.getItem('attune:gad-7')!).answers).to.deep.equal({ 1: 2 });
    expect(seen.filter((e) => e.message.includes('same place'))).to.have.length(1);
  });

  it('an unknown persist value stores nothing and is reported', async () => {
    const seen = errors(document);
    const el = await mount(html`<attune-screener instrument="pcl-5" persist="cookies"></attune-screener>`);
    await start(el);
    await choose(el, '1', 1);
    expect([localStorage.length, sessionStorage.length]).to.deep.equal([0, 0]);
    expect(seen.find((e) => e.message.includes('persist="cookies"'))).to.not.equal(undefined);
  });
});

describe('check your answers (paged mode)', () => {
  it('lists every answer; Change goes to that question and comes back; Finish submits the changed answer', async () => {
    const el = await mount(html`<attune-screener instrument="pc-ptsd-5" mode="paged"></attune-screener>`);
    await start(el);
    await choose(el, 'exposure', 1);
    await click(el, part(el, 'next-button'));
    await pagedTo(el, 4, 1);
    await choose(el, '5', 0);
    await click(el, part(el, 'review-button'));
    expect(focused(el)!.textContent).to.equal('Check your answers');
    const rows = parts(el, 'review-row');
    expect(rows).to.have.length(6);
    expect(rows[3]!.querySelector('dt')!.textContent.replace(/\s+/g, ' ').trim()).to.match(/^3\. /);
    expect(rows[3]!.querySelector('.review-answer')!.textContent).to.equal('Yes');
    // each Change has a name of its own for screen readers
    expect(rows[3]!.querySelector('button')!.textContent.replace(/\s+/g, ' ').trim()).to.equal('Change your answer to question 3');

    await click(el, rows[3]!.querySelector('button'));
    expect((focused(el) as HTMLInputElement).name).to.equal('item-3');
    await choose(el, '3', 0);
    expect(has(el, 'next-button')).to.equal(false);
    await click(el, part(el, 'review-button'));
    expect(part(el, 'review-row')).to.not.equal(null);
    expect(parts(el, 'review-row')[3]!.querySelector('.review-answer')!.textContent).to.equal('No');
    setTimeout(() => part(el, 'finish-button')!.click());
    const { detail } = await oneEvent(el, 'attune-complete');
    expect(detail.answers).to.deep.equal({ exposure: 1, 1: 1, 2: 1, 3: 0, 4: 1, 5: 0 });
  });

  it('Back from the review goes to the last question', async () => {
    const el = await mount(html`<attune-screener instrument="pc-ptsd-5" mode="paged"></attune-screener>`);
    await start(el);
    await choose(el, 'exposure', 0);
    await click(el, part(el, 'review-button'));
    await click(el, part(el, 'back-button'));
    expect(legends(el)).to.have.length(1);
    expect(part(el, 'question')!.id).to.equal('question-exposure');
    expect(focused(el)!.tagName).to.equal('LEGEND');
  });
});

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
    expect(detail.result).to.deep.equal(score(customInstrument(), { sleep: 2, calm: 2, alone: 2 }));
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

describe('display conditions', () => {
  it('at 320 CSS pixels (400% zoom) the review, support panel and resume screens reflow without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      sessionStorage.setItem('attune:pcl-5:narrow', storedPcl5(3));
      const states = [
        await mount(html`<attune-screener instrument="pcl-5" persist="session" storage-key="narrow"></attune-screener>`),
        await (async () => {
          const e = await mount(html`<attune-screener instrument="phq-9"></attune-screener>`);
          e.crisisResources = [
            { name: 'A crisis line with a long name for narrow screens', phone: '+44 116 123', url: 'https://example.org/a/very/long/path/that/could/overflow' },
          ];
          await start(e);
          await choose(e, '9', 1);
          return e;
        })(),
        await (async () => {
          const e = await mount(html`<attune-screener instrument="pc-ptsd-5" mode="paged"></attune-screener>`);
          await start(e);
          await choose(e, 'exposure', 0);
          await click(e, part(e, 'review-button'));
          return e;
        })(),
      ];
      for (const el of states) {
        expect(document.documentElement.scrollWidth, el.getAttribute('instrument')!).to.be.at.most(320);
        for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) expect(node.getBoundingClientRect().right, node.outerHTML.slice(0, 60)).to.be.at.most(320.5);
      }
      // and every new target is still at least 24 by 24
      for (const t of states.flatMap((el) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, .safety a')])) {
        const box = t.getBoundingClientRect();
        expect(box.width >= 24 && box.height >= 24, t.textContent).to.equal(true);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('prefers-reduced-motion: no transition or animation runs', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mount(html`<attune-screener instrument="phq-9"></attune-screener>`);
    await start(el);
    await choose(el, '9', 1);
    for (const node of [part(el, 'safety')!, part(el, 'exit-button')!, part(el, 'option')!]) {
      const style = getComputedStyle(node);
      expect([style.transitionDuration, style.animationName], node.tagName).to.deep.equal(['0s', 'none']);
    }
  });

  it('forced colours: the support panel and the review keep visible system-colour borders', async () => {
    await executeServerCommand('forced-colors', { active: true });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const probe = await fixture<HTMLDivElement>(html`<div style="color: CanvasText"></div>`);
    const canvasText = getComputedStyle(probe).color;
    const el = await mount(html`<attune-screener instrument="phq-9"></attune-screener>`);
    await start(el);
    await choose(el, '9', 1);
    const panel = getComputedStyle(part(el, 'safety')!);
    expect(panel.borderTopStyle).to.equal('solid');
    expect(panel.borderTopColor).to.equal(canvasText);
  });
});
