// Every built-in instrument as a client meets it: its exact wording on screen, completion by keyboard
// alone, and the result the Node core computes for the same answers. Then the ways a practice brings an
// instrument of its own (src=) or the wording of a restricted one (a text pack), and the attachment plot.
import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { getInstrument, instrumentIds, score, type InstrumentDefinition } from '../../../src/core.js';
import gad7Reference from '../../reference/gad7.json' with { type: 'json' };
import phq9Reference from '../../reference/phq9.json' with { type: 'json' };
import { iesTextPack } from '../examples/screener.js';
import { click, focused, legends, mount, part, parts, type Screener } from '../helpers.js';

const press = (key: string) => sendKeys({ press: key });

/**
 * Tab into each radio group in turn and choose an answer with the arrow keys (Space for the first),
 * as a keyboard user does; a different answer for each question. Returns what was chosen.
 */
async function answerEveryQuestionByKeyboard(el: Screener, def: InstrumentDefinition) {
  const chosen: Record<string, number> = {};
  for (const [n, item] of def.items.entries()) {
    await press('Tab');
    expect((focused(el) as HTMLInputElement).name, `question ${item.id}`).to.equal(`item-${item.id}`);
    const index = n % item.options.length;
    if (index === 0) await press('Space');
    for (let i = 0; i < index; i++) await press('ArrowDown');
    chosen[item.id] = item.options[index]!.value;
  }
  return chosen;
}

/** Tabs forward to a control, past whatever comes first (such as the quick-exit control). */
async function tabTo(el: Screener, name: string) {
  for (let i = 0; i < 4 && focused(el) !== part(el, name); i++) await press('Tab');
  expect(focused(el), `focus on ${name}`).to.equal(part(el, name));
}

async function completeByKeyboard(el: Screener, def: InstrumentDefinition) {
  await tabTo(el, 'start-button');
  await press('Enter');
  await el.updateComplete;
  const chosen = await answerEveryQuestionByKeyboard(el, def);
  await press('Tab');
  expect(focused(el)).to.equal(part(el, 'finish-button'));
  setTimeout(() => void press('Enter'));
  const { detail } = await oneEvent(el, 'attune-complete');
  return { chosen, detail };
}

describe('every built-in instrument, as a client meets it', () => {
  // every built-in without a gate (a gate closed by the answers skips items: the PC-PTSD-5 has its own tests)
  for (const id of instrumentIds.filter((i) => !getInstrument(i)!.gates)) {
    it(`${id}: the exact wording on screen, completed by keyboard alone, scored as the Node core scores it`, async () => {
      const textPack = id === 'ies-r' ? await iesTextPack() : undefined;
      const el = await mount(html`<attune-screener instrument=${id} .textPack=${textPack}></attune-screener>`);
      const def = el.instrumentDefinition!;
      const { chosen, detail } = await completeByKeyboard(el, def);

      expect(detail.answers).to.deep.equal(chosen);
      expect(detail.result).to.deep.equal({ ...score(getInstrument(id)!, chosen), language: 'en' });
      expect(detail.result.status).to.equal('complete');
    });
  }

  it("each question's legend is the item's published wording, with its number", async () => {
    for (const id of ['itq', 'ecr-rs', 'ecr-r', 'phq-9', 'gad-7']) {
      const el = await mount(html`<attune-screener instrument=${id}></attune-screener>`);
      await click(el, part(el, 'start-button'));
      const def = getInstrument(id)!;
      expect(legends(el)).to.deep.equal(def.items.map((item) => (/^\d+$/.test(item.id) ? `${item.id}. ${item.text}` : item.text)));
    }
  });

  it('a 1-7 agreement scale names every point: the sourced end labels, numbers between', async () => {
    const el = await mount(html`<attune-screener instrument="ecr-rs"></attune-screener>`);
    await click(el, part(el, 'start-button'));
    const first = part(el, 'question')!;
    const names = [...first.querySelectorAll('label')].map((l) => l.textContent.trim());
    expect(names).to.deep.equal(['1, strongly disagree', '2', '3', '4', '5', '6', '7, strongly agree']);
  });

  it('PHQ-9 and GAD-7 say their instructions once, as the stem above the questions, in both modes', async () => {
    // each its own form's stem: the PHQ-9's asks about "any of the following problems", the GAD-7's does not
    for (const [id, stem] of [
      ['phq-9', phq9Reference.instructions],
      ['gad-7', gad7Reference.instructions],
    ] as const) {
      for (const mode of ['page', 'paged']) {
        const el = await mount(html`<attune-screener instrument=${id} mode=${mode}></attune-screener>`);
        await click(el, part(el, 'start-button'));
        expect(el.shadowRoot!.textContent.split(stem).length - 1, `${id} ${mode}`).to.equal(1);
        expect(part(el, 'stem')!.textContent).to.equal(stem);
        expect(el.shadowRoot!.textContent.includes('any of the following'), `${id} ${mode}`).to.equal(id === 'phq-9');
      }
    }
  });

  it('GAD-7 ends with the difficulty question, worded as the reference, optional, and without the symptom stem above it', async () => {
    const el = await mount(html`<attune-screener instrument="gad-7" mode="paged"></attune-screener>`);
    await click(el, part(el, 'start-button'));
    for (let n = 1; n <= 7; n++) {
      await click(el, el.shadowRoot!.querySelector<HTMLInputElement>(`#question-${n} input[value="0"]`));
      await click(el, part(el, 'next-button'));
    }
    expect(el.shadowRoot!.textContent).to.contain('Question 8 of 8');
    expect(legends(el)).to.deep.equal([gad7Reference.extraUnscoredItem.text]);
    expect([...part(el, 'question')!.querySelectorAll('label')].map((l) => l.textContent.trim())).to.deep.equal(
      gad7Reference.extraUnscoredItem.responseOptions.map((o) => o.label),
    );
    expect(part(el, 'stem')).to.equal(null);
    // left unanswered, the screen still completes: the question is optional and never scored
    await click(el, part(el, 'review-button'));
    setTimeout(() => part(el, 'finish-button')!.click());
    const { detail } = await oneEvent(el, 'attune-complete');
    expect(detail.result).to.deep.include({ status: 'complete', missing: [] });
    expect(detail.result.scales).to.deep.equal({ total: 0 });
  });

  it("the ITQ shows a lead-in of the library's above each of its four blocks, so 16-18 do not read like 7-9", async () => {
    const el = await mount(html`<attune-screener instrument="itq"></attune-screener>`);
    await click(el, part(el, 'start-button'));
    expect(parts(el, 'stem').map((p) => p.textContent)).to.deep.equal(getInstrument('itq')!.sections!.map((s) => s.stem));
    expect(parts(el, 'stem').map((p) => p.textContent)).to.deep.equal([
      'In the past month, how much have you been bothered by:',
      'In the past month, have the above problems (questions 1 to 6):',
      'How true is each statement about how you typically feel, think about yourself and relate to others?',
      'Have the above problems (questions 10 to 15):',
    ]);
  });
});

describe('attachment ambivalence, shown', () => {
  async function ecrFinished(answers: Record<string, number>, results = 'full') {
    const el = await mount(html`<attune-screener instrument="ecr-rs" results=${results}></attune-screener>`);
    await click(el, part(el, 'start-button'));
    for (const [id, value] of Object.entries(answers)) {
      await click(el, el.shadowRoot!.querySelector<HTMLInputElement>(`#question-${id} input[value="${value}"]`));
    }
    await click(el, part(el, 'finish-button'));
    return el;
  }

  it('the full results place the person on both dimensions: an SVG plot with a text equivalent', async () => {
    // avoidance (8-6)+(8-5)+(8-7)+(8-2)+3+4 = 19/6 = 3.17; anxiety (5+6+2)/3 = 4.33
    const el = await ecrFinished({ 1: 6, 2: 5, 3: 7, 4: 2, 5: 3, 6: 4, 7: 5, 8: 6, 9: 2 });
    expect(el.result!.scales).to.deep.equal({ avoidance: 19 / 6, anxiety: 13 / 3 });

    const plot = part(el, 'plot')!;
    const svg = plot.querySelector('svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    const labelledBy = svg
      .getAttribute('aria-labelledby')!
      .split(' ')
      .map((id) => el.shadowRoot!.getElementById(id)!.textContent.trim());
    expect(labelledBy).to.deep.equal(['Attachment anxiety and avoidance toward your partner', 'Attachment avoidance 3.17 and attachment anxiety 4.33, each on a scale up to 7.']);
    // the point sits where the numbers say: x from avoidance, y from anxiety, higher anxiety higher up
    const point = svg.querySelector('circle.plot-point')!;
    const frame = svg.querySelector('rect.plot-frame')!;
    const [x0, y0, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(frame.getAttribute(a)));
    expect(Number(point.getAttribute('cx'))).to.be.closeTo(x0! + ((19 / 6 - 1) / 6) * w!, 0.01);
    expect(Number(point.getAttribute('cy'))).to.be.closeTo(y0! + h! - ((13 / 3 - 1) / 6) * h!, 0.01);

    const rows = [...part(el, 'plot-table')!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent.trim()));
    expect(rows).to.deep.equal([['Your answers', '3.17', '4.33']]);
    // no attachment style is named anywhere
    expect(part(el, 'results')!.textContent.toLowerCase()).not.to.match(/secure|fearful|preoccupied|dismissing/);
  });

  it('the ECR-R shows the same plot; the summary and thank-you views show no numbers at all', async () => {
    const full = await mount(html`<attune-screener instrument="ecr-r" results="full"></attune-screener>`);
    await click(full, part(full, 'start-button'));
    for (const fieldset of parts(full, 'question')) await click(full, fieldset.querySelector<HTMLInputElement>('input[value="4"]'));
    await click(full, part(full, 'finish-button'));
    expect(part(full, 'plot')!.querySelector('figcaption')!.textContent).to.equal('Attachment anxiety and avoidance in romantic relationships');

    const summary = await ecrFinished({ 1: 4, 2: 4, 3: 4, 4: 4, 5: 4, 6: 4, 7: 4, 8: 4, 9: 4 }, 'summary');
    expect(part(summary, 'plot')).to.equal(null);
    expect(part(summary, 'results')!.textContent).not.to.match(/\d/);
  });
});
