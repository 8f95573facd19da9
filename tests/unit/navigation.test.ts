// How the questionnaire moves, as the pure functions the elements apply: for each intent, the next
// session, where focus goes, what the live region says, and what the host hears.
import { describe, expect, it } from 'vitest';
import { getInstrument, score, type InstrumentDefinition } from '../../src/core.js';
import { navigate, type Intent, type Step } from '../../src/session/navigation.js';
import { startSession, type Mode, type Session } from '../../src/session/session.js';

const pcl = getInstrument('pcl-5') as InstrumentDefinition;
const pc = getInstrument('pc-ptsd-5') as InstrumentDefinition;
const phq = getInstrument('phq-9') as InstrumentDefinition;

/** Runs intents from a fresh session; returns every step. */
function run(def: InstrumentDefinition, mode: Mode, intents: Intent[], from: Session = startSession(def)): Step[] {
  const steps: Step[] = [];
  let s = from;
  for (const intent of intents) {
    const step = navigate(s, intent, mode);
    steps.push(step);
    s = step.session;
  }
  return steps;
}
const last = (steps: Step[]) => steps[steps.length - 1]!;
const answerAll = (def: InstrumentDefinition, value: number): Intent[] => def.items.filter((i) => !i.optional).map((i) => ({ type: 'answer', itemId: i.id, value }));

describe('navigation: starting', () => {
  it('page mode: the questions, focus on the heading, nothing announced', () => {
    const step = navigate(startSession(pcl), { type: 'start' }, 'page');
    expect(step.session.stage).toBe('questions');
    expect(step.focus).toBe('title');
    expect(step.announce).toBeUndefined();
  });

  it('paged mode: the first question, focus on its legend, its position announced', () => {
    const step = navigate(startSession(pcl), { type: 'start' }, 'paged');
    expect([step.session.stage, step.session.index]).toEqual(['questions', 0]);
    expect(step.focus).toBe('legend');
    expect(step.announce).toEqual({ kind: 'progress', question: 1, of: 20 });
  });

  it('is pure: the session it was given is unchanged', () => {
    const s = startSession(pcl);
    const copy = structuredClone({ ...s, definition: undefined });
    navigate(s, { type: 'start' }, 'paged');
    expect({ ...s, definition: undefined }).toEqual(copy);
  });
});

describe('navigation: answering', () => {
  it('records the answer for attune-change and leaves focus where the client put it', () => {
    const [, step] = run(pcl, 'page', [{ type: 'start' }, { type: 'answer', itemId: '4', value: 3 }]);
    expect(step!.session.answers).toEqual({ '4': 3 });
    expect(step!.changed).toEqual({ itemId: '4', value: 3 });
    expect(step!.focus).toBeUndefined();
    expect(step!.raised).toBeUndefined();
  });

  it('PHQ-9 item 9 above "Not at all" raises the flag once and announces the support', () => {
    const steps = run(phq, 'page', [{ type: 'start' }, { type: 'answer', itemId: '9', value: 1 }, { type: 'answer', itemId: '9', value: 2 }]);
    expect(steps[1]!.raised).toEqual(['self-harm']);
    expect(steps[1]!.announce).toEqual({ kind: 'support' });
    // raised already in this pass: not raised, nor announced, again
    expect(steps[2]!.raised).toBeUndefined();
    expect(steps[2]!.announce).toBeUndefined();
  });

  it('support once shown stays shown after the answer is changed back', () => {
    const step = last(run(phq, 'page', [{ type: 'start' }, { type: 'answer', itemId: '9', value: 3 }, { type: 'answer', itemId: '9', value: 0 }]));
    expect(step.session.raised).toEqual(['self-harm']);
  });
});

describe('navigation: paged mode', () => {
  it('Next on an unanswered question stays and focuses the error summary; answered, it moves on and announces', () => {
    const steps = run(pcl, 'paged', [{ type: 'start' }, { type: 'next' }, { type: 'answer', itemId: '1', value: 2 }, { type: 'next' }]);
    expect([steps[1]!.session.index, steps[1]!.session.unanswered, steps[1]!.focus]).toEqual([0, ['1'], 'error-summary']);
    expect(steps[1]!.announce).toBeUndefined();
    expect([steps[3]!.session.index, steps[3]!.focus]).toEqual([1, 'legend']);
    expect(steps[3]!.announce).toEqual({ kind: 'progress', question: 2, of: 20 });
  });

  it('Back goes to the previous question and announces it', () => {
    const step = last(run(pcl, 'paged', [{ type: 'start' }, { type: 'answer', itemId: '1', value: 2 }, { type: 'next' }, { type: 'back' }]));
    expect([step.session.index, step.focus]).toEqual([0, 'legend']);
    expect(step.announce).toEqual({ kind: 'progress', question: 1, of: 20 });
  });

  it('"Check your answers" opens the review with every question answered, else goes to the first unanswered', () => {
    const answeredAll = run(pcl, 'paged', [{ type: 'start' }, ...answerAll(pcl, 1)]);
    const review = navigate(last(answeredAll).session, { type: 'review' }, 'paged');
    expect([review.session.stage, review.focus, review.announce]).toEqual(['review', 'title', { kind: 'clear' }]);

    const missing = run(pcl, 'paged', [{ type: 'start' }, ...answerAll(pcl, 1).filter((a) => a.type === 'answer' && a.itemId !== '7'), { type: 'review' }]);
    const step = last(missing);
    expect(step.session.stage).toBe('questions');
    expect(step.session.index).toBe(6);
    expect(step.focus).toBe('error-summary');
  });

  it('"Change" from the review goes to that question and comes back to the review', () => {
    const reviewing = last(run(pcl, 'paged', [{ type: 'start' }, ...answerAll(pcl, 1), { type: 'review' }])).session;
    const change = navigate(reviewing, { type: 'change-answer', itemId: '12' }, 'paged');
    expect([change.session.stage, change.session.index, change.session.returnToReview, change.focus]).toEqual(['questions', 11, true, { item: '12' }]);
    expect(change.announce).toEqual({ kind: 'progress', question: 12, of: 20 });
    const back = navigate(navigate(change.session, { type: 'answer', itemId: '12', value: 4 }, 'paged').session, { type: 'back-to-review' }, 'paged');
    expect([back.session.stage, back.focus]).toEqual(['review', 'title']);
    expect(back.session.answers['12']).toBe(4);
  });

  it('a gate answer changed from the review that opens new questions lists them instead of returning', () => {
    const reviewing = last(run(pc, 'paged', [{ type: 'start' }, { type: 'answer', itemId: 'exposure', value: 0 }, { type: 'review' }])).session;
    expect(reviewing.stage).toBe('review');
    const change = navigate(reviewing, { type: 'change-answer', itemId: 'exposure' }, 'paged');
    const opened = navigate(change.session, { type: 'answer', itemId: 'exposure', value: 1 }, 'paged');
    const back = navigate(opened.session, { type: 'back-to-review' }, 'paged');
    expect(back.session.stage).toBe('questions');
    expect(back.session.unanswered).toEqual(['1', '2', '3', '4', '5']);
    expect(back.focus).toBe('error-summary');
  });

  it('"Back" from the review goes to the last question', () => {
    const reviewing = last(run(pcl, 'paged', [{ type: 'start' }, ...answerAll(pcl, 1), { type: 'review' }])).session;
    const step = navigate(reviewing, { type: 'leave-review' }, 'paged');
    expect([step.session.stage, step.session.index, step.focus]).toEqual(['questions', 19, 'legend']);
  });

  it('an error-summary link goes to the question (paged) or only moves focus (page)', () => {
    const s = last(run(pcl, 'paged', [{ type: 'start' }, { type: 'finish' }])).session;
    const paged = navigate(s, { type: 'go-to', itemId: '9' }, 'paged');
    expect([paged.session.index, paged.focus]).toEqual([8, { item: '9' }]);
    const page = navigate(s, { type: 'go-to', itemId: '9' }, 'page');
    expect(page.session).toBe(s);
    expect(page.focus).toEqual({ item: '9' });
  });
});

describe('navigation: finishing', () => {
  it('with every question answered: done, scored with the settings, focus on the heading, the live region cleared', () => {
    const steps = run(pcl, 'page', [{ type: 'start' }, ...answerAll(pcl, 2), { type: 'finish', settings: { cutoff: 31 } }]);
    const step = last(steps);
    expect(step.completed).toBe(true);
    expect(step.session.stage).toBe('done');
    expect(step.session.result).toEqual(score('pcl-5', step.session.answers, { cutoff: 31 }));
    expect([step.focus, step.announce]).toEqual(['title', { kind: 'clear' }]);
  });

  it('with questions unanswered: stays, lists them, focuses the error summary; paged goes to the first', () => {
    const page = last(run(pcl, 'page', [{ type: 'start' }, { type: 'answer', itemId: '1', value: 0 }, { type: 'finish' }]));
    expect([page.session.stage, page.focus, page.completed]).toEqual(['questions', 'error-summary', undefined]);
    expect(page.session.unanswered).toHaveLength(19);
    const paged = last(run(pcl, 'paged', [{ type: 'start' }, { type: 'answer', itemId: '1', value: 0 }, { type: 'finish' }]));
    expect(paged.session.index).toBe(1);
  });

  it('a second Finish (a double click) completes nothing more', () => {
    const done = last(run(pcl, 'page', [{ type: 'start' }, ...answerAll(pcl, 2), { type: 'finish' }])).session;
    const again = navigate(done, { type: 'finish' }, 'page');
    expect(again.session).toBe(done);
    expect(again.completed).toBeUndefined();
  });
});

describe('navigation: resuming and restarting', () => {
  it('resume: the saved session, its position announced, and the support it had raised raised again', () => {
    const saved = last(run(phq, 'paged', [{ type: 'start' }, { type: 'answer', itemId: '1', value: 1 }, { type: 'next' }, { type: 'answer', itemId: '9', value: 1 }])).session;
    const step = navigate(startSession(phq), { type: 'resume', saved }, 'paged');
    expect(step.session).toBe(saved);
    expect([step.focus, step.announce, step.raised]).toEqual(['legend', { kind: 'progress', question: 2, of: 10 }, ['self-harm']]);
  });

  it('resume on the review focuses its heading', () => {
    const saved = last(run(pcl, 'paged', [{ type: 'start' }, ...answerAll(pcl, 1), { type: 'review' }])).session;
    expect(navigate(startSession(pcl), { type: 'resume', saved }, 'paged').focus).toBe('title');
  });

  it('restart: nothing answered, nothing raised, the introduction', () => {
    const s = last(run(phq, 'page', [{ type: 'start' }, { type: 'answer', itemId: '9', value: 3 }])).session;
    const step = navigate(s, { type: 'restart' }, 'page');
    expect([step.session.stage, step.session.answers, step.session.raised, step.focus]).toEqual(['intro', {}, [], 'title']);
  });
});
