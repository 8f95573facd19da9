/**
 * "Check your answers" (GOV.UK's pattern): before finishing in paged mode, the client sees every
 * question asked with the answer given, and can go back to change any one, then returns here.
 * In page mode every answer is already on screen, so the review would only repeat the page.
 */
import type { Item, ResponseOption } from '../model/instrument.js';
import { askedItems, needsAnswer, type Session } from './session.js';

export interface ReviewRow {
  item: Item;
  /** The option chosen; undefined for an optional question left unanswered. */
  option: ResponseOption | undefined;
}

/**
 * Opens the review when every question asked is answered (the current one included); otherwise stays
 * and lists what is unanswered, as finishing would.
 */
export function startReview(s: Session): Session {
  const unanswered = needsAnswer(s, askedItems(s));
  if (unanswered.length) return { ...s, unanswered };
  return { ...s, stage: 'review', unanswered: [], returnToReview: false };
}

/** Every question asked, in form order, with the option chosen. */
export function reviewRows(s: Session): ReviewRow[] {
  return askedItems(s).map((item) => ({ item, option: item.options.find((o) => o.value === s.answers[item.id]) }));
}

/** "Change": back to one question, remembering to return to the review afterwards. */
export function changeAnswer(s: Session, itemId: string): Session {
  const index = askedItems(s).findIndex((item) => item.id === itemId);
  if (index < 0) return s;
  return { ...s, stage: 'questions', index, unanswered: [], returnToReview: true };
}

/**
 * From a changed question back to the review. The question must still have an answer; a changed gate
 * answer may open questions not yet answered, and those are listed instead (as finishing would).
 */
export function backToReview(s: Session): Session {
  const current = askedItems(s)[s.index];
  const unansweredHere = current ? needsAnswer(s, [current]) : [];
  if (unansweredHere.length) return { ...s, unanswered: unansweredHere };
  return startReview(s);
}

/** "Back" from the review: to the last question. */
export function leaveReview(s: Session): Session {
  return { ...s, stage: 'questions', index: Math.max(0, askedItems(s).length - 1), unanswered: [], returnToReview: false };
}
