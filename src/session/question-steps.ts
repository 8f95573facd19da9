/**
 * The steps on the introduction and the questions (navigation.ts has them all): apart from finishing
 * (finish.ts, which scores), the review's steps (review-steps.ts) and paged mode's Next and Back
 * (paged-steps.ts), so an element's first download carries none of them; the element takes those from
 * the files of the screens that raise them.
 */
import { askedItems, begin, goTo, needsAnswer, setAnswer, startSession, type Mode, type Session } from './session.js';
import type { Announcement, Focus, Intent, Step } from './navigation.js';

/** What a client does on the review, or to reach it: raised only by paged mode's screen and the review's. */
export type ReviewIntent = Extract<Intent, { type: 'review' | 'back-to-review' | 'change-answer' | 'leave-review' }>;

/** What a client does on the introduction and the questions: every intent but finishing, the review's and paged mode's Next and Back. */
export type QuestionIntent = Exclude<Intent, { type: 'finish' | 'next' | 'back' } | ReviewIntent>;

const REVIEW_INTENTS: readonly string[] = ['review', 'back-to-review', 'change-answer', 'leave-review'];

/** Whether an intent is the review's (review-steps.ts). */
export function isReviewIntent(intent: Intent): intent is ReviewIntent {
  return REVIEW_INTENTS.includes(intent.type);
}

/** The position in paged mode; page mode shows every question at once and announces nothing. */
export function progress(s: Session, mode: Mode): Announcement | undefined {
  return mode === 'paged' ? { kind: 'progress', question: s.index + 1, of: askedItems(s).length } : undefined;
}

/** Applies one intent other than finishing. Pure: the same session, intent and mode always give the same step. */
export function questionStep(s: Session, intent: QuestionIntent, mode: Mode): Step {
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

/**
 * Finishing while a question asked is still unanswered: the error summary (in paged mode, on the first
 * question still unanswered). Undefined when there is nothing left to answer, and finishing scores
 * (finish.ts); a pass already finished (a double click lands twice before the results render) stays.
 */
export function unfinishedStep(s: Session, mode: Mode): Step | undefined {
  if (s.stage === 'done') return { session: s };
  const unanswered = needsAnswer(s, askedItems(s));
  if (!unanswered.length) return undefined;
  const marked = { ...s, unanswered };
  // paged mode: take the client to the first question still unanswered
  return { session: mode === 'paged' ? goTo({ ...marked, stage: 'questions' }, unanswered[0]!) : marked, focus: 'error-summary' };
}
