/**
 * Finishing: scoring the answers given and the step that finishes a pass. A file of its own, with the
 * scoring it imports, so the script tag's first download carries none of it: an element loads it
 * with its review and results screens (finish-screens.ts) while the client answers.
 */
import type { Settings } from '../model/answers.js';
import { askedItemIds } from '../scoring/gates.js';
import { scoreDefinition } from '../scoring/score-definition.js';
import type { Intent, Step } from './navigation.js';
import { unfinishedStep } from './question-steps.js';
import { askedItems, needsAnswer, type Mode, type Session } from './session.js';

/**
 * Finishes when every question asked has an answer, scoring with the practice's settings and
 * recording the language of the wording the client answered in; otherwise lists the unanswered
 * questions and stays. Throws only for invalid settings.
 */
export function finish(s: Session, settings?: Settings, language?: string): Session {
  const unanswered = needsAnswer(s, askedItems(s));
  if (unanswered.length) return { ...s, unanswered };
  // answers to questions a closed gate skipped are not part of what the client submits
  const asked = new Set(askedItemIds(s.definition, s.answers));
  const answers = Object.fromEntries(Object.entries(s.answers).filter(([id]) => asked.has(id)));
  // scoring sees only the answers; the pass adds what the client was shown on the way (support)
  const scored = scoreDefinition(s.definition, answers, settings);
  const result = { ...scored, ...(s.raised.length ? { supportShown: [...s.raised] } : {}), ...(language ? { language } : {}) };
  return { ...s, answers, stage: 'done', unanswered: [], result };
}

/** The step of `finish`: the results once every question asked is answered, else `unfinishedStep`'s. */
export function finishStep(s: Session, intent: Extract<Intent, { type: 'finish' }>, mode: Mode): Step {
  const unfinished = unfinishedStep(s, mode);
  if (unfinished) return unfinished;
  return { session: finish(s, intent.settings, intent.language), focus: 'title', announce: { kind: 'clear' }, completed: true };
}
