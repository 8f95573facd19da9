/**
 * The review's steps ("Check your answers", paged mode): opening it, changing an answer from it, and
 * coming back. A file of its own (navigation.ts has every step), loaded with the review's screen
 * while the client answers.
 */
import * as review from './review.js';
import { currentItem, goTo, type Mode, type Session } from './session.js';
import type { Step } from './navigation.js';
import { progress, type ReviewIntent } from './question-steps.js';

/** Applies one of the review's intents. Pure: the same session, intent and mode always give the same step. */
export function reviewStep(s: Session, intent: ReviewIntent, mode: Mode): Step {
  switch (intent.type) {
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
  }
}
