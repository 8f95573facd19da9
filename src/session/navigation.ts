/**
 * How the questionnaire moves: each thing a client can do (an intent) is a pure function of the
 * session, returning the next session, where focus goes, what the page-wide live region says, and
 * what the host must hear. Elements apply a {@link Step} and render; they decide nothing themselves,
 * so changing how the questionnaire moves is a change to this file alone (tested in Node).
 */
import type { Settings } from '../model/answers.js';
import * as review from './review.js';
import { askedItems, back, begin, currentItem, finish, goTo, next, setAnswer, startSession, type Mode, type Session } from './session.js';

/** Where focus goes after a step: the screen's heading, the question's legend, the error summary, or one question's answer. */
export type Focus = 'title' | 'legend' | 'error-summary' | { item: string };

/**
 * What the live region says after a step: the position in paged mode, that support is showing, or
 * nothing (cleared, e.g. on the results, whose heading takes focus and speaks for itself).
 */
export type Announcement = { kind: 'progress'; question: number; of: number } | { kind: 'support' } | { kind: 'clear' };

/** One step of a pass: the session to render next and what the element does around it. */
export interface Step {
  readonly session: Session;
  /** Focus to move after the next render; none leaves focus where the client put it. */
  readonly focus?: Focus;
  readonly announce?: Announcement;
  /** An answer was given: the host hears `attune-change`. */
  readonly changed?: { itemId: string; value: number };
  /** Safety flags raised by this step (not raised before in this pass): the host hears `attune-safety`. */
  readonly raised?: readonly string[];
  /** This step finished the pass: the host hears `attune-complete`, with `session.result`. */
  readonly completed?: boolean;
}

/** Everything a client can do, and what a host can do for them (resume, restart). */
export type Intent =
  | { type: 'start' }
  | { type: 'answer'; itemId: string; value: number }
  | { type: 'next' }
  | { type: 'back' }
  /** "Check your answers" on the last question (paged). */
  | { type: 'review' }
  /** "Back to your answers" after changing one from the review. */
  | { type: 'back-to-review' }
  /** "Change" beside an answer on the review. */
  | { type: 'change-answer'; itemId: string }
  /** "Back" from the review to the last question. */
  | { type: 'leave-review' }
  | { type: 'finish'; settings?: Settings; language?: string }
  /** A link in the error summary. */
  | { type: 'go-to'; itemId: string }
  /** "Carry on where I left off": the saved session replaces the fresh one. */
  | { type: 'resume'; saved: Session }
  /** "Start again", a form reset, or the quick exit: nothing answered. */
  | { type: 'restart' };

/** The position in paged mode; page mode shows every question at once and announces nothing. */
function progress(s: Session, mode: Mode): Announcement | undefined {
  return mode === 'paged' ? { kind: 'progress', question: s.index + 1, of: askedItems(s).length } : undefined;
}

/** Applies one intent. Pure: the same session, intent and mode always give the same step. */
export function navigate(s: Session, intent: Intent, mode: Mode): Step {
  switch (intent.type) {
    case 'start': {
      const started = begin(s);
      return { session: started, focus: mode === 'paged' ? 'legend' : 'title', announce: progress(started, mode) };
    }
    case 'answer': {
      const answered = setAnswer(s, intent.itemId, intent.value);
      const raised = answered.raised.filter((flag) => !s.raised.includes(flag));
      const changed = { itemId: intent.itemId, value: intent.value };
      // the support panel does not take focus (the client is mid-answer); the live region says it is there
      return raised.length ? { session: answered, changed, raised, announce: { kind: 'support' } } : { session: answered, changed };
    }
    case 'next': {
      const moved = next(s);
      // an unanswered question stays, and its error summary takes focus
      return moved.index !== s.index ? { session: moved, focus: 'legend', announce: progress(moved, mode) } : { session: moved, focus: 'error-summary' };
    }
    case 'back': {
      const moved = back(s);
      return { session: moved, focus: 'legend', announce: progress(moved, mode) };
    }
    case 'review': {
      const reviewing = review.startReview(s);
      if (reviewing.stage === 'review') return { session: reviewing, focus: 'title', announce: { kind: 'clear' } };
      return { session: goTo(reviewing, reviewing.unanswered[0]!), focus: 'error-summary' };
    }
    case 'back-to-review': {
      const reviewing = review.backToReview(s);
      if (reviewing.stage === 'review') return { session: reviewing, focus: 'title' };
      // stay on this question when it is the only one unanswered; else go to the first that is
      const onlyThisOne = reviewing.unanswered.length === 1 && reviewing.unanswered[0] === currentItem(reviewing)?.id;
      return { session: onlyThisOne ? reviewing : goTo(reviewing, reviewing.unanswered[0]!), focus: 'error-summary' };
    }
    case 'change-answer': {
      const changing = review.changeAnswer(s, intent.itemId);
      return { session: changing, focus: { item: intent.itemId }, announce: progress(changing, mode) };
    }
    case 'leave-review': {
      const left = review.leaveReview(s);
      return { session: left, focus: 'legend', announce: progress(left, mode) };
    }
    case 'finish': {
      // a double click lands twice before the results render: a finished pass completes once
      if (s.stage === 'done') return { session: s };
      const finished = finish(s, intent.settings, intent.language);
      if (finished.stage === 'done') return { session: finished, focus: 'title', announce: { kind: 'clear' }, completed: true };
      // paged mode: take the client to the first question still unanswered
      const first = finished.unanswered[0]!;
      return { session: mode === 'paged' ? goTo({ ...finished, stage: 'questions' }, first) : finished, focus: 'error-summary' };
    }
    case 'go-to':
      // like GOV.UK's error summary, a link lands on the question's first answer; page mode only moves focus
      return { session: mode === 'paged' ? goTo(s, intent.itemId) : s, focus: { item: intent.itemId } };
    case 'resume': {
      const saved = intent.saved;
      const focus: Focus = saved.stage !== 'review' && mode === 'paged' ? 'legend' : 'title';
      // support raised before the reload is shown again, and the host hears it again
      return { session: saved, focus, announce: progress(saved, mode), ...(saved.raised.length ? { raised: [...saved.raised] } : {}) };
    }
    case 'restart':
      return { session: startSession(s.definition), focus: 'title' };
  }
}
