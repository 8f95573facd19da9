// The quick exit (src/elements/internal/quick-exit.ts), run on every element a client works through:
// "Leave this page" on the first screen and on a question, and Shift pressed three times anywhere, leave
// once (one attune-exit for the element and everything inside it), show nothing any more and forget
// every answer.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { choose, part } from '../helpers.js';
import { type ClientSubject, type Host, mountSubject, nothingAnswered } from './subjects.js';

/** Every attune-exit that reaches the page, cancelled so the test page stays. */
function exitsOnPage() {
  const exits: { url: string; target: EventTarget | null }[] = [];
  const listener = (e: Event) => {
    e.preventDefault();
    exits.push({ url: (e as CustomEvent<{ url: string }>).detail.url, target: e.target });
  };
  document.addEventListener('attune-exit', listener);
  return { exits, stop: () => document.removeEventListener('attune-exit', listener) };
}

export function quickExitSuite(subject: ClientSubject) {
  const shown = (root: ShadowRoot) => root.textContent.replace(/\s+/g, ' ').trim();
  let page: ReturnType<typeof exitsOnPage>;

  describe(`<${subject.tag}> quick exit`, () => {
    beforeEach(() => (page = exitsOnPage()));
    afterEach(() => page.stop());

    it('"Leave this page", with its Shift hint, is on the first screen and on every question, first in tab order', async () => {
      const el = await mountSubject(subject);
      const first = subject.firstScreen(el);
      expect(first.querySelector('[part~="exit-button"]')!.textContent).to.equal('Leave this page');
      expect(first.querySelector('[part~="exit-hint"]')!.textContent).to.equal('Or press Shift three times.');
      expect(first.querySelector('button, input, a')).to.equal(first.querySelector('[part~="exit-button"]'));
      const screen = await subject.start(el);
      expect(part(screen, 'exit-button')!.textContent).to.equal('Leave this page');
      expect(screen.shadowRoot!.querySelector('button, input, a')).to.equal(part(screen, 'exit-button'));
    });

    it('the button on the first screen leaves once, for the exit-url, and nothing is shown any more', async () => {
      const el = await mountSubject(subject, { 'exit-url': 'https://weather.example/' });
      subject.firstScreen(el).querySelector<HTMLElement>('[part~="exit-button"]')!.click();
      await el.updateComplete;
      expect(page.exits).to.deep.equal([{ url: 'https://weather.example/', target: el }]);
      expect(shown(subject.firstScreen(el))).to.equal('');
    });

    it('the button on a question leaves once, for the element and the screener in it; every answer is forgotten', async () => {
      const el = await mountSubject(subject, { 'exit-url': 'https://weather.example/' });
      const screen = await subject.start(el);
      await choose(screen, 'exposure', 1);
      expect(screen.answers).to.deep.equal({ exposure: 1 });
      part(screen, 'exit-button')!.click();
      await subject.settle(el);
      expect(page.exits).to.deep.equal([{ url: 'https://weather.example/', target: el }]);
      expect(shown(subject.firstScreen(el))).to.equal('');
      expect(shown(screen.shadowRoot!)).to.equal('');
      expect(screen.answers).to.deep.equal({});
      expect(subject.answered(el)).to.deep.equal(nothingAnswered(subject));
    });

    it('Shift pressed three times leaves from anywhere on the page, once, to about:blank without an exit-url', async () => {
      const el = await mountSubject(subject);
      const screen = await subject.start(el);
      await choose(screen, 'exposure', 1);
      (document.activeElement as HTMLElement | null)?.blur();
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
      await subject.settle(el);
      expect(page.exits).to.deep.equal([{ url: 'about:blank', target: el }]);
      expect(shown(subject.firstScreen(el))).to.equal('');
      expect(screen.answers).to.deep.equal({});
      expect(subject.answered(el)).to.deep.equal(nothingAnswered(subject));
    });

    it('typing (another key between) is not an exit', async () => {
      const el: Host = await mountSubject(subject);
      for (const key of ['Shift', 'KeyA', 'Shift', 'Shift', 'KeyB', 'Shift']) await sendKeys({ press: key });
      expect(page.exits).to.deep.equal([]);
      expect(subject.firstScreen(el).querySelector('[part~="start-button"]')).not.to.equal(null);
    });
  });
}
