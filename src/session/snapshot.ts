/**
 * The persisted form of a session (`persist="session|local"`): only what a client needs to carry on,
 * never a result or a score. Versioned twice over: `format` is this shape's own version, and
 * `instrument.version` the definition's, because an answer to another wording is not an answer to this one.
 *
 * This module is free of zod so it costs the script-tag bundle nothing; the untrusted text from storage
 * is validated by parse-snapshot.ts, which is loaded only when persistence is on.
 */
import type { Answers } from '../model/answers.js';
import type { InstrumentDefinition } from '../model/instrument.js';
import { isAttuneError } from '../model/attune-error.js';
import { checkAnswers } from '../scoring/check-answers.js';
import { raisedFlags } from '../scoring/safety-flags.js';
import { askedItems, type Session } from './session.js';

export const SNAPSHOT_FORMAT = 1;

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  instrument: { id: string; version: string };
  stage: 'questions' | 'review';
  index: number;
  answers: Answers;
  /** Safety flags raised so far, so the support shown before a reload is shown after it. */
  raised: string[];
}

/** Why a stored snapshot was not used. `other-version`: another definition or snapshot format version. */
export type RestoreProblem = 'corrupt' | 'other-version' | 'other-instrument';

export type RestoreOutcome = { ok: true; session: Session } | { ok: false; problem: RestoreProblem; detail: string };

/** The snapshot of a session worth resuming: started and not finished. Otherwise undefined (nothing to keep). */
export function toSnapshot(s: Session): Snapshot | undefined {
  if (s.stage !== 'questions' && s.stage !== 'review') return undefined;
  const { id, version } = s.definition;
  return { format: SNAPSHOT_FORMAT, instrument: { id, version }, stage: s.stage, index: s.index, answers: { ...s.answers }, raised: [...s.raised] };
}

export function serialiseSnapshot(s: Session): string | undefined {
  const snapshot = toSnapshot(s);
  return snapshot && JSON.stringify(snapshot);
}

/**
 * Rebuilds a whole session from a snapshot already shaped right, or says why it cannot: all or nothing,
 * so a client never sees a half-restored questionnaire.
 */
export function restoreSession(def: InstrumentDefinition, snapshot: Snapshot): RestoreOutcome {
  if (snapshot.instrument.id !== def.id) return { ok: false, problem: 'other-instrument', detail: `The saved answers are for ${snapshot.instrument.id}, not ${def.id}.` };
  if (snapshot.instrument.version !== def.version)
    return { ok: false, problem: 'other-version', detail: `The saved answers are for version ${snapshot.instrument.version} of ${def.id}; this is version ${def.version}.` };
  try {
    checkAnswers(def, snapshot.answers);
  } catch (error) {
    return { ok: false, problem: 'corrupt', detail: isAttuneError(error) ? error.message.replace(/\n/g, ' ') : 'The saved answers do not fit the questionnaire.' };
  }
  const answers = { ...snapshot.answers };
  // flags are recomputed, never trusted from storage alone: what the answers raise is always shown
  const raised = [...new Set([...snapshot.raised, ...raisedFlags(def, answers)])];
  const base: Session = { definition: def, answers, stage: 'questions', index: 0, unanswered: [], raised };
  const last = Math.max(0, askedItems(base).length - 1);
  return { ok: true, session: { ...base, stage: snapshot.stage, index: Math.min(Math.max(0, snapshot.index), last) } };
}

/**
 * The storage key of one element's snapshot. The instrument id keeps two questionnaires apart; the
 * practice's `storage-key` (or else the element's id) keeps two copies of one questionnaire apart. The
 * instrument version is deliberately inside the snapshot, not in the key: a snapshot left by an older
 * version is then found, explained to the client and removed, instead of lingering unseen on the device.
 */
export function snapshotKey(instrumentId: string, scope?: string): string {
  return `attune:${instrumentId}${scope ? `:${scope}` : ''}`;
}
