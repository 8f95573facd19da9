/**
 * One client's pass through an instrument: answers, where they are, and which questions they still
 * need to answer. Pure functions on plain data, so every step is testable without a browser and the
 * element only renders a session and reports what the client did.
 */
import type { Answers } from '../model/answers.js';
import type { InstrumentDefinition, Item, Section } from '../model/instrument.js';
import type { Result } from '../model/result.js';
import { askedItemIds, gateState } from '../scoring/gates.js';
import { raisedFlags } from '../scoring/safety-flags.js';

/** `page`: every question on one page. `paged`: one question per page, with back and next. */
export type Mode = 'page' | 'paged';
/** `review`: "check your answers" before finishing (paged mode; see review.ts). */
export type Stage = 'intro' | 'questions' | 'review' | 'done';

export interface Session {
  readonly definition: InstrumentDefinition;
  readonly answers: Answers;
  readonly stage: Stage;
  /** In paged mode, the index of the current question among the questions asked. */
  readonly index: number;
  /** Questions the client was asked to answer and has not yet: shown in the error summary. */
  readonly unanswered: readonly string[];
  /** Set when the client finishes. */
  readonly result?: Result;
  /**
   * Safety flags raised at any point in this pass. Support, once shown, stays shown even if the answer
   * is changed back: a client who takes an answer back may still need it. The result carries only the
   * flags the final answers raise.
   */
  readonly raised: readonly string[];
  /** The client came from the review to change an answer, and goes back to it next. */
  readonly returnToReview?: boolean;
}

export function startSession(definition: InstrumentDefinition, answers: Answers = {}): Session {
  return { definition, answers, stage: 'intro', index: 0, unanswered: [], raised: raisedFlags(definition, answers) };
}

export function begin(s: Session): Session {
  return { ...s, stage: 'questions', index: 0 };
}

/** The questions the client is asked now (a closed gate hides the questions it skips). */
export function askedItems(s: Session): Item[] {
  const ids = new Set(askedItemIds(s.definition, s.answers));
  return s.definition.items.filter((item) => ids.has(item.id));
}

/** The section an item belongs to, if the definition has sections. */
export function sectionOf(s: Session, itemId: string): Section | undefined {
  return s.definition.sections?.find((section) => section.items.includes(itemId));
}

export function currentItem(s: Session): Item | undefined {
  return askedItems(s)[s.index];
}

export function setAnswer(s: Session, itemId: string, value: number): Session {
  const answers = { ...s.answers, [itemId]: value };
  const raised = [...s.raised, ...raisedFlags(s.definition, answers).filter((flag) => !s.raised.includes(flag))];
  const next = { ...s, answers, raised };
  // an answer clears its own error, and a question hidden by a gate no longer needs one
  const asked = new Set(askedItemIds(s.definition, answers));
  return { ...next, unanswered: s.unanswered.filter((id) => id !== itemId && asked.has(id)) };
}

// Questions behind an unanswered gate are not asked for yet: a client who has not been through the
// event is never pressed to answer questions about it.
export function needsAnswer(s: Session, items: Item[]): string[] {
  const { undecided } = gateState(s.definition, s.answers);
  return items.filter((item) => !item.optional && !undecided.has(item.id) && s.answers[item.id] === undefined).map((item) => item.id);
}

/** Paged mode: goes straight to a question (from a link in the error summary). */
export function goTo(s: Session, itemId: string): Session {
  const index = askedItems(s).findIndex((item) => item.id === itemId);
  return index < 0 ? s : { ...s, index };
}

export function isLast(s: Session): boolean {
  return s.index >= askedItems(s).length - 1;
}
