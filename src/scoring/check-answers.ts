/** Answers are checked against the definition before anything is scored: no guess is ever made. */
import type { Answers } from '../model/answers.js';
import { AttuneError, type Problem } from '../model/attune-error.js';
import type { InstrumentDefinition } from '../model/instrument.js';

/** Throws `invalid-answers` naming each unknown item id and each value that is not one of the item's options. */
export function checkAnswers(def: InstrumentDefinition, answers: unknown): Answers {
  if (answers === null || typeof answers !== 'object' || Array.isArray(answers))
    throw new AttuneError('invalid-answers', 'The answers must be an object of option values keyed by item id.');
  const problems: Problem[] = [];
  const items = new Map(def.items.map((item) => [item.id, item]));
  for (const [id, value] of Object.entries(answers)) {
    const item = items.get(id);
    if (!item) problems.push({ path: id, message: `no item with this id in ${def.id}` });
    else if (!item.options.some((o) => o.value === value)) problems.push({ path: id, message: `expected one of ${item.options.map((o) => o.value).join(', ')}` });
  }
  if (problems.length) throw new AttuneError('invalid-answers', `The answers do not fit ${def.id}.`, problems);
  return answers as Answers;
}
