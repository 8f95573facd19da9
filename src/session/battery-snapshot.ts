/**
 * The persisted form of a battery's pass (`persist="session|local"` on `<attune-battery>`): which
 * instruments it runs and, for each one already finished, its answers and when. Never a result or a
 * score: on resuming, each finished instrument is re-scored from its answers, so nothing stored is
 * trusted. The instrument in progress keeps its own snapshot, as a screener does (snapshot.ts).
 */
import type { Answers, Settings } from '../model/answers.js';
import { isAttuneError } from '../model/attune-error.js';
import type { InstrumentDefinition } from '../model/instrument.js';
import type { SubmittedCompletion } from '../model/submission.js';
import { checkAnswers } from '../scoring/check-answers.js';
import { scoreDefinition } from '../scoring/score-definition.js';
import type { RestoreProblem } from './snapshot.js';

export const BATTERY_SNAPSHOT_FORMAT = 1;

export interface BatterySnapshot {
  format: typeof BATTERY_SNAPSHOT_FORMAT;
  /** The battery's instruments, in order: a battery set up differently since does not resume. */
  instruments: string[];
  /** Each instrument finished so far, in the order asked. */
  finished: { instrument: { id: string; version: string }; answers: Answers; completedAt: string; language?: string }[];
}

export type BatteryRestoreOutcome = { ok: true; completions: SubmittedCompletion[] } | { ok: false; problem: RestoreProblem; detail: string };

/** What to keep of a battery's pass: the instruments and every one finished (answers only). */
export function toBatterySnapshot(instruments: readonly string[], completions: readonly SubmittedCompletion[]): BatterySnapshot {
  return {
    format: BATTERY_SNAPSHOT_FORMAT,
    instruments: [...instruments],
    // the language each was answered in, so the re-scored result still says which wording the client saw
    finished: completions.map((c) => ({
      instrument: { ...c.instrument },
      answers: { ...c.answers },
      completedAt: c.completedAt,
      ...(c.result.language ? { language: c.result.language } : {}),
    })),
  };
}

/**
 * Rebuilds the finished instruments of a snapshot already shaped right, each re-scored with the
 * settings the battery gives it now, or says why it cannot: all or nothing.
 */
export function restoreBattery(definitions: readonly InstrumentDefinition[], snapshot: BatterySnapshot, settingsFor: (id: string) => Settings): BatteryRestoreOutcome {
  const order = definitions.map((d) => d.id);
  if (snapshot.instruments.join(' ') !== order.join(' '))
    return { ok: false, problem: 'other-instrument', detail: `The saved answers are for the questionnaires ${snapshot.instruments.join(', ')}, not ${order.join(', ')}.` };
  const completions: SubmittedCompletion[] = [];
  for (const saved of snapshot.finished) {
    const def = definitions.find((d) => d.id === saved.instrument.id);
    if (!def) return { ok: false, problem: 'other-instrument', detail: `The saved answers include ${saved.instrument.id}, which this battery does not ask.` };
    if (def.version !== saved.instrument.version)
      return { ok: false, problem: 'other-version', detail: `The saved answers are for version ${saved.instrument.version} of ${def.id}; this is version ${def.version}.` };
    try {
      const answers = checkAnswers(def, saved.answers);
      const scored = scoreDefinition(def, answers, settingsFor(def.id));
      const result = saved.language ? { ...scored, language: saved.language } : scored;
      if (result.status !== 'complete') return { ok: false, problem: 'corrupt', detail: `The saved answers to ${def.id} are not complete.` };
      completions.push({ instrument: { ...result.instrument }, completedAt: saved.completedAt, result, answers });
    } catch (error) {
      return { ok: false, problem: 'corrupt', detail: isAttuneError(error) ? error.message.replace(/\n/g, ' ') : `The saved answers to ${def.id} do not fit it.` };
    }
  }
  return { ok: true, completions };
}

/** The storage key of a battery's own snapshot; the practice's `storage-key` (or the element's id) keeps two batteries apart. */
export function batterySnapshotKey(scope?: string): string {
  return `attune-battery${scope ? `:${scope}` : ''}`;
}

/** The `storage-key` a battery gives the screener it runs, so its snapshot is told apart from a standalone screener's. */
export function innerScope(scope?: string): string {
  return `battery${scope ? `:${scope}` : ''}`;
}
