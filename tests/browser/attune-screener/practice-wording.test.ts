// Wording a practice brings: a text pack for a restricted instrument (IES-R), and its own instrument from src.
// Every built-in instrument as a client meets it: its exact wording on screen, completion by keyboard
// alone, and the result the Node core computes for the same answers. Then the ways a practice brings an
// instrument of its own (src=) or the wording of a restricted one (a text pack), and the attachment plot.
import { expect, html, oneEvent } from '@open-wc/testing';
import { iesTextPack } from '../examples/screener.js';
import { click, legends, mount, mountCollectingErrors, part, parts } from '../helpers.js';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).href;

describe('IES-R: wording only from a practice that holds permission', () => {
  it('without a text pack the widget says what is needed, and tells the host how to supply it', async () => {
    const { el, errors } = await mountCollectingErrors(html`<attune-screener instrument="ies-r"></attune-screener>`);
    expect(part(el, 'problem')!.textContent).to.contain('This questionnaire cannot be shown right now');
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['text-pack-required']);
    expect(errors[0]!.detail.message).to.contain('text-pack-src').and.to.contain('declined');
    expect(parts(el, 'question')).to.have.length(0);
  });

  it("with a text pack from the practice's own site, it shows the practice's wording and labels", async () => {
    const el = await mount(html`<attune-screener instrument="ies-r" text-pack-src=${fixture('ies-r.text-pack.json')}></attune-screener>`);
    expect(part(el, 'intro')!.textContent).to.contain('The questions ask about the past week.');
    await click(el, part(el, 'start-button'));
    expect(legends(el)[6]).to.equal('7. Practice-supplied wording of item 7.');
    expect([...part(el, 'question')!.querySelectorAll('label')].map((l) => l.textContent.trim())).to.deep.equal(['Label 0', 'Label 1', 'Label 2', 'Label 3', 'Label 4']);
  });

  it('a text pack that does not fit names every problem by path', async () => {
    const pack = await iesTextPack();
    delete pack.items['7'];
    pack.items['30'] = 'extra';
    const { el, errors } = await mountCollectingErrors(html`<attune-screener instrument="ies-r" .textPack=${pack}></attune-screener>`);
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-text-pack']);
    expect(errors[0]!.detail.problems).to.deep.equal([
      { path: 'items.7', message: 'missing' },
      { path: 'items.30', message: 'no item with this id in ies-r' },
    ]);
    expect([...part(el, 'problem')!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['items.7: missing', 'items.30: no item with this id in ies-r']);
  });
});

describe("a practice's own instrument from src", () => {
  it('loads the JSON file, renders it, and scores it like a built-in', async () => {
    const el = await mount(html`<attune-screener src=${fixture('checkin.definition.json')}></attune-screener>`);
    expect(part(el, 'intro')!.textContent).to.contain('Weekly check-in');
    await click(el, part(el, 'start-button'));
    for (const [id, value] of [
      ['sleep', 2],
      ['calm', 0],
      ['alone', 1],
    ] as const) {
      await click(el, el.shadowRoot!.querySelector<HTMLInputElement>(`#question-${id} input[value="${value}"]`));
    }
    setTimeout(() => part(el, 'finish-button')!.click());
    const { detail } = await oneEvent(el, 'attune-complete');
    // sleep 2 + calm reversed (0 + 2 - 0) + alone 1 = 5, at or above the default cutoff 4
    expect(detail.result).to.deep.include({ instrument: { id: 'practice-checkin', version: '2024.1' }, scales: { total: 5 }, rules: { 'follow-up': true } });
  });

  it('a file with mistakes: every problem by path, in the widget and in attune-error', async () => {
    const { el, errors } = await mountCollectingErrors(html`<attune-screener src=${fixture('broken.definition.json')}></attune-screener>`);
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-definition']);
    const lines = [...part(el, 'problem')!.querySelectorAll('li')].map((li) => li.textContent);
    expect(lines).to.include('items[3].options: at least 2 options');
  });

  it('a file that cannot be loaded: a calm message and the HTTP status for the web team', async () => {
    const { el, errors } = await mountCollectingErrors(html`<attune-screener src=${fixture('missing.json')}></attune-screener>`);
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['unavailable']);
    expect(errors[0]!.detail.message).to.contain('HTTP 404');
    expect(part(el, 'problem')!.textContent).to.contain('Nothing you have answered is lost');
  });

  it('a cross-reference mistake is named too, once the shape is right', async () => {
    const broken = await (await fetch(fixture('broken.definition.json'))).json();
    broken.items[3].options.push({ value: 1, label: 'Another' });
    const { errors } = await mountCollectingErrors(html`<attune-screener .definition=${broken}></attune-screener>`);
    expect(errors[0]!.detail.problems).to.deep.equal([{ path: 'scales[0].items[3]', message: 'no item with id "e"' }]);
  });
});
