/**
 * Paged mode's steps, Next and Back (navigation.ts has them all): raised only by paged mode's screen,
 * so they are in its file (paged-screen.ts) and not in an element's first download.
 */
import { askedItems, currentItem, needsAnswer, type Mode, type Session } from './session.js';
import type { Intent, Step } from './navigation.js';
import { progress } from './question-steps.js';

/** Paged mode: moves on when the current question is answered; otherwise marks it unanswered. */
export function next(s: Session): Session {
  const item = currentItem(s);
  const unanswered = item ? needsAnswer(s, [item]) : [];
  if (unanswered.length) return { ...s, unanswered };
  return { ...s, index: Math.min(s.index + 1, askedItems(s).length - 1), unanswered: [] };
}

/** Paged mode: the question before, never below the first. */
export function back(s: Session): Session {
  return { ...s, index: Math.max(0, s.index - 1), unanswered: [] };
}

/** What a client does to move between the questions of paged mode. */
export type PagedIntent = Extract<Intent, { type: 'next' | 'back' }>;

/** Whether an intent is paged mode's Next or Back. */
export function isPagedIntent(intent: Intent): intent is PagedIntent {
  return intent.type === 'next' || intent.type === 'back';
}

/** Applies Next or Back. Pure: the same session, intent and mode always give the same step. */
export function pagedStep(s: Session, intent: PagedIntent, mode: Mode): Step {
  if (intent.type === 'back') {
    const moved = back(s);
    return { session: moved, focus: 'legend', announce: progress(moved, mode) };
  }
  const moved = next(s);
  // an unanswered question stays, and its error summary takes focus
  return moved.index !== s.index ? { session: moved, focus: 'legend', announce: progress(moved, mode) } : { session: moved, focus: 'error-summary' };
}
