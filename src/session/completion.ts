/**
 * One finished instrument as it leaves the widget (submission body, form value, battery detail):
 * the result, the answers it was scored from (so a server can re-score), and when the client finished.
 */
import type { Answers, Settings } from '../model/answers.js';
import type { InstrumentDefinition } from '../model/instrument.js';
import type { Result } from '../model/result.js';
import type { SubmittedCompletion } from '../model/submission.js';
import { LANGUAGE_TAG } from '../model/language-tag.js';
import { finish } from './finish.js';
import { begin, startSession, type Session } from './session.js';

export function toCompletion(result: Result, answers: Answers, at: Date = new Date()): SubmittedCompletion {
  return { instrument: { ...result.instrument }, completedAt: at.toISOString(), result, answers: { ...answers } };
}

/**
 * The same answers to the same instrument version are the same completion: finishing again (a
 * repeated click, a framework re-dispatching) must not become a second submission.
 */
export function completionFingerprint(completions: readonly Pick<SubmittedCompletion, 'instrument' | 'answers'>[]): string {
  return JSON.stringify(completions.map((c) => [c.instrument.id, c.instrument.version, Object.entries(c.answers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]));
}

/**
 * The finished session a browser's form-state restore (back/forward) brings back: the answers are
 * re-scored, never the stored result trusted, and state for another instrument or version, or
 * answers that do not fit, restore nothing.
 */
export function restoreFinished(definition: InstrumentDefinition, state: string, settings?: Settings): Session | undefined {
  try {
    const saved = JSON.parse(state) as Partial<SubmittedCompletion> | null;
    if (saved?.instrument?.id !== definition.id || saved.instrument.version !== definition.version) return undefined;
    const answers = saved.answers;
    if (typeof answers !== 'object' || answers === null || !Object.values(answers).every((v) => typeof v === 'number')) return undefined;
    const language = typeof saved.result?.language === 'string' && LANGUAGE_TAG.test(saved.result.language) ? saved.result.language : undefined;
    const s = finish(begin(startSession(definition, answers)), settings, language);
    return s.stage === 'done' ? s : undefined;
  } catch {
    return undefined;
  }
}
