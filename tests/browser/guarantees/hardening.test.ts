// Many widgets on one page, and storage another tab writes to: every screener keeps its own answers,
// its own storage key and its own quick-exit listener, and a stored snapshot is used whole or not at all.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { getInstrument, instrumentIds, needsTextPack } from '../../../src/core.js';
import { choose, click, mount, part, type Screener } from '../helpers.js';

// every built-in a page can show without a practice's text pack
const INSTRUMENTS = instrumentIds.filter((id) => !needsTextPack(getInstrument(id)!));

/** Counts the document keydown listeners the widgets add and remove (the quick exit's Shift x3). */
function countKeydownListeners() {
  const { addEventListener: add, removeEventListener: remove } = document;
  const live = new Set<unknown>();
  let added = 0;
  let removed = 0;
  document.addEventListener = function (this: Document, type: string, listener: unknown, options?: unknown) {
    if (type === 'keydown') (added++, live.add(listener));
    return add.call(this, type, listener as EventListener, options as AddEventListenerOptions);
  } as typeof document.addEventListener;
  document.removeEventListener = function (this: Document, type: string, listener: unknown, options?: unknown) {
    if (type === 'keydown' && live.delete(listener)) removed++;
    return remove.call(this, type, listener as EventListener, options as EventListenerOptions);
  } as typeof document.removeEventListener;
  return {
    get added() {
      return added;
    },
    get removed() {
      return removed;
    },
    get live() {
      return live.size;
    },
    restore() {
      document.addEventListener = add;
      document.removeEventListener = remove;
    },
  };
}

async function start(el: Screener) {
  await click(el, part(el, 'start-button'));
}

const firstValue = (el: Screener) => el.instrumentDefinition!.items[0]!.options.map((o) => o.value);

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe('twenty screeners on one page', () => {
  it('each keeps its own answers and its own storage key; the page has one quick-exit listener, removed with the last screener', async () => {
    const listeners = countKeydownListeners();
    try {
      // every built-in instrument, several of them more than once, told apart by id
      const ids = Array.from({ length: 20 }, (_, i) => ({ id: `s${i}`, instrument: INSTRUMENTS[i % INSTRUMENTS.length]! }));
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        ${ids.map(({ id, instrument }) => html`<attune-screener id=${id} instrument=${instrument} persist="session"></attune-screener>`)}
      </div>`);
      const els = [...wrapper.querySelectorAll<Screener>('attune-screener')];
      await Promise.all(els.map((e) => e.ready));
      expect(els).to.have.length(20);
      // Shift three times is one page-wide gesture: one capturing listener serves every element
      expect(listeners.live).to.equal(1);

      // each gets a different answer to its first question
      const given = new Map<Screener, number>();
      for (const [i, el] of els.entries()) {
        await start(el);
        const values = firstValue(el);
        const value = values[i % values.length]!;
        await choose(el, el.instrumentDefinition!.items[0]!.id, value);
        given.set(el, value);
      }
      for (const el of els) expect(el.answers).to.deep.equal({ [el.instrumentDefinition!.items[0]!.id]: given.get(el) });

      // twenty keys, none shared, each holding its own element's answer
      const keys = Object.keys(sessionStorage).filter((k) => k.startsWith('attune:'));
      expect(keys).to.have.length(20);
      for (const [i, el] of els.entries()) {
        const stored = JSON.parse(sessionStorage.getItem(`attune:${ids[i]!.instrument}:${ids[i]!.id}`)!);
        expect(stored.answers).to.deep.equal(el.answers);
      }

      wrapper.remove();
      expect(listeners.added).to.equal(1);
      expect(listeners.removed).to.equal(1);
      expect(listeners.live).to.equal(0);
    } finally {
      listeners.restore();
    }
  });

  it("Shift three times in one screener's page leaves through one exit, not twenty", async () => {
    const exits: string[] = [];
    const wrapper = await fixture<HTMLDivElement>(html`<div @attune-exit=${(e: Event) => (e.preventDefault(), exits.push((e.target as HTMLElement).id))}>
      ${Array.from({ length: 3 }, (_, i) => html`<attune-screener id=${`x${i}`} instrument="gad-7"></attune-screener>`)}
    </div>`);
    const els = [...wrapper.querySelectorAll<Screener>('attune-screener')];
    await Promise.all(els.map((e) => e.ready));
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
    // every widget on the page clears itself (any one of them may hold answers); each reports once
    expect(exits.sort()).to.deep.equal(['x0', 'x1', 'x2']);
  });
});

describe('removing and re-adding a screener mid-questionnaire', () => {
  it('keeps its answers and its place, and its storage key, when persistence is on', async () => {
    const el = await mount(html`<attune-screener instrument="pcl-5" mode="paged" persist="local" storage-key="moved"></attune-screener>`);
    await start(el);
    await choose(el, '1', 3);
    await click(el, part(el, 'next-button'));
    await choose(el, '2', 1);
    const parent = el.parentElement!;
    el.remove();
    // while it is out of the page another element may use the key; once it is back it is its own again
    parent.append(el);
    await el.updateComplete;
    expect(el.answers).to.deep.equal({ 1: 3, 2: 1 });
    expect(part(el, 'progress')!.textContent).to.contain('Question 2 of 20');
    await click(el, part(el, 'next-button'));
    await choose(el, '3', 4);
    expect(JSON.parse(localStorage.getItem('attune:pcl-5:moved')!).answers).to.deep.equal({ 1: 3, 2: 1, 3: 4 });
  });
});

describe('storage another tab writes to', () => {
  const snapshot = (answers: Record<string, number>) =>
    JSON.stringify({ format: 1, instrument: { id: 'pcl-5', version: '1.0.0' }, stage: 'questions', index: 0, answers, raised: [] });

  it("another tab's snapshot under the same key never changes the answers on screen; the next answer saves this tab's whole set", async () => {
    const el = await mount(html`<attune-screener instrument="pcl-5" persist="local" storage-key="shared"></attune-screener>`);
    await start(el);
    await choose(el, '1', 2);
    // the other tab answers differently, and the browser tells this one
    localStorage.setItem('attune:pcl-5:shared', snapshot({ 1: 0, 2: 0, 3: 0 }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'attune:pcl-5:shared', storageArea: localStorage }));
    await el.updateComplete;
    expect(el.answers).to.deep.equal({ 1: 2 });
    await choose(el, '2', 4);
    expect(JSON.parse(localStorage.getItem('attune:pcl-5:shared')!).answers).to.deep.equal({ 1: 2, 2: 4 });
  });

  it('another tab leaving garbage under the key: the next visit starts afresh, told calmly, nothing half-applied', async () => {
    localStorage.setItem('attune:pcl-5:garbage', snapshot({ 1: 2, 2: 9 })); // 9 is no PCL-5 answer
    const errors: string[] = [];
    document.addEventListener('attune-error', (e) => errors.push((e as CustomEvent).detail.code), { once: true });
    const el = await mount(html`<attune-screener instrument="pcl-5" persist="local" storage-key="garbage"></attune-screener>`);
    expect(errors).to.deep.equal(['invalid-stored-state']);
    expect(part(el, 'resume')).to.equal(null);
    expect(el.answers).to.deep.equal({});
    expect(localStorage.getItem('attune:pcl-5:garbage')).to.equal(null);
    await start(el);
    await choose(el, '1', 1);
    expect(el.answers).to.deep.equal({ 1: 1 });
  });
});
