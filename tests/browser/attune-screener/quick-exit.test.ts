// The screener's quick exit: "Leave this page" on every screen, Shift three times, one page-wide listener,
// a refused exit-url, and a page that is really left.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { choose, click, errors, has, mount, part, resetClientConditions, start, text, type Screener } from '../helpers.js';

afterEach(resetClientConditions);

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
    frame.srcdoc = `<!doctype html><html lang="en"><body><script type="module" src="${new URL('../../../src/define.ts', import.meta.url).href}"></script><attune-screener instrument="pcl-5"></attune-screener></body></html>`;
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
