// Error reporting (src/elements/internal/errors.ts), run on every element: a problem found before the
// element has rendered is dispatched as attune-error once it has (so a listener added right after the
// element is put on the page hears it, and the widget already shows), once, bubbling and composed.
import { expect } from '@open-wc/testing';
import { type ElementSubject, type Host } from './subjects.js';

interface Heard {
  code: string;
  message: string;
  bubbles: boolean;
  composed: boolean;
  target: EventTarget | null;
  /** Whether the element showed anything when the event came. */
  rendered: boolean;
}

export function errorsSuite(subject: ElementSubject) {
  describe(`<${subject.tag}> attune-error`, () => {
    let el: Host | undefined;
    afterEach(() => el?.remove());

    it('a bad value set before the element is on the page is reported after its first render, to a listener added just after', async () => {
      el = subject.create({ 'color-scheme': 'sepia' });
      document.body.append(el);
      const heard: Heard[] = [];
      const page = (e: Event) => {
        const { code, message } = (e as CustomEvent<{ code: string; message: string }>).detail;
        heard.push({ code, message, bubbles: e.bubbles, composed: e.composed, target: e.target, rendered: subject.firstScreen(el!).querySelector('*') !== null });
      };
      // on the page's document, as a host listening for every widget would
      document.addEventListener('attune-error', page);
      try {
        await el.ready;
        expect(heard.map((h) => h.code)).to.deep.equal(['invalid-attribute']);
        expect(heard[0]).to.deep.include({ bubbles: true, composed: true, target: el, rendered: true });
        expect(heard[0]!.message).to.equal('color-scheme="sepia" is not one of auto, light, dark; following the system\'s colour scheme.');
      } finally {
        document.removeEventListener('attune-error', page);
      }
    });

    it('each problem is reported once: later renders do not repeat it', async () => {
      el = subject.create({ 'color-scheme': 'sepia' });
      const codes: string[] = [];
      el.addEventListener('attune-error', (e) => codes.push((e as CustomEvent<{ code: string }>).detail.code));
      document.body.append(el);
      await el.ready;
      el.setAttribute('color-scheme', 'dark');
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(codes).to.deep.equal(['invalid-attribute']);
      // a new bad value is a new problem
      el.setAttribute('color-scheme', 'neon');
      await el.updateComplete;
      expect(codes).to.deep.equal(['invalid-attribute', 'invalid-attribute']);
    });
  });
}
