// Save and resume (persist): nothing stored by default, a reload that asks first, corrupt or foreign
// snapshots, storage the browser refuses or that is full, and copies of one instrument on a page.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import { announcement, answerAllShown, choose, click, errors, focused, has, mount, pagedTo, part, resetClientConditions, start } from '../helpers.js';
import { storedPcl5 } from '../examples/client-screens.js';

afterEach(resetClientConditions);

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
