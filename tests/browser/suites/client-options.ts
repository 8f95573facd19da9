// Client options (src/elements/internal/client-options.ts), run on every element that takes them: each
// bad `mode`, `locale`, `exit-url` or `crisisResources` value is reported once, with a clear message,
// and the element goes on with a safe fallback.
import { expect, fixture, html } from '@open-wc/testing';
import { choose, part, parts } from '../helpers.js';
import { type ClientSubject, mountSubject } from './subjects.js';

interface Reported {
  code: string;
  message: string;
  problems: { path: string; message: string }[];
}

/** Every attune-error that reaches the page, from before the element is put on it. */
function errorsOnPage() {
  const seen: Reported[] = [];
  const listener = (e: Event) => seen.push((e as CustomEvent<Reported>).detail);
  document.addEventListener('attune-error', listener);
  return { seen, stop: () => document.removeEventListener('attune-error', listener) };
}

export function clientOptionsSuite(subject: ClientSubject) {
  let page: ReturnType<typeof errorsOnPage>;
  const about = (text: string) => page.seen.filter((e) => e.message.includes(text));

  describe(`<${subject.tag}> client options`, () => {
    beforeEach(() => (page = errorsOnPage()));
    afterEach(() => page.stop());

    it('an unknown mode is reported once, and every question is shown on one page', async () => {
      const el = await mountSubject(subject, { mode: 'carousel' });
      const screen = await subject.start(el);
      expect(about('mode="carousel"').map((e) => [e.code, e.message])).to.deep.equal([['invalid-attribute', 'mode="carousel" is not one of page, paged; using "page".']]);
      expect((el as unknown as { mode: string }).mode).to.equal('page');
      expect(screen.mode).to.equal('page');
      expect(parts(screen, 'question')).to.have.length(6);
      expect(part(screen, 'next-button')).to.equal(null);
    });

    it('an unknown locale is reported once, and the client reads English', async () => {
      const el = await mountSubject(subject, { locale: 'tlh' });
      expect(subject.firstScreen(el).querySelector('[part~="start-button"]')!.textContent).to.equal('Start');
      const screen = await subject.start(el);
      expect(part(screen, 'exit-button')!.textContent).to.equal('Leave this page');
      expect(about('locale="tlh"').map((e) => e.code)).to.deep.equal(['invalid-attribute']);
    });

    it('a javascript: exit-url is reported once, and the quick exit goes to about:blank', async () => {
      const el = await mountSubject(subject, { 'exit-url': 'javascript:alert(1)' });
      const screen = await subject.start(el);
      const exits: string[] = [];
      el.addEventListener('attune-exit', (e) => {
        e.preventDefault();
        exits.push((e as CustomEvent<{ url: string }>).detail.url);
      });
      part(screen, 'exit-button')!.click();
      expect(exits).to.deep.equal(['about:blank']);
      const reported = about('exit-url=');
      expect(reported).to.have.length(1);
      expect(reported[0]!.message).to.equal('exit-url="javascript:alert(1)" is not an http(s) address; the quick exit goes to about:blank.');
    });

    it('a malformed crisis resource is reported once, by path, and left out of the support panel; the good one is shown', async () => {
      const el = subject.create({}, 'phq-9') as ReturnType<ClientSubject['create']> & { crisisResources?: unknown };
      el.crisisResources = [
        { name: '988 Suicide & Crisis Lifeline', phone: '988', text: 'Call or text, any time.' },
        { name: 'Our practice', url: 'javascript:alert(1)' },
      ];
      await fixture(html`<div>${el}</div>`);
      await el.ready;
      const screen = await subject.start(el);
      await choose(screen, '9', 1);
      const list = part(screen, 'crisis-resources')!;
      expect(list.querySelectorAll('li')).to.have.length(1);
      expect(list.textContent).to.contain('988 Suicide & Crisis Lifeline');
      expect(list.querySelector('a')!.getAttribute('href')).to.equal('tel:988');
      expect(list.querySelector('a')!.textContent).to.equal('Call 988');
      const reported = page.seen.filter((e) => e.problems.some((p) => p.path.startsWith('crisisResources')) || e.message.includes('crisis'));
      expect(reported).to.have.length(1);
      expect(reported[0]!.code).to.equal('invalid-attribute');
      expect(reported[0]!.message).to.contain('crisisResources[1]: url must start with https://');
    });
  });
}
