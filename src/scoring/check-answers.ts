/** Answers from outside (a form post, a stored session) are checked before anything is scored. */
import { AnswersSchema, type Answers } from '../model/answers.js';
import { AttuneError, problemsFromZod, type Problem } from '../model/attune-error.js';
import type { InstrumentDefinition } from '../model/instrument.js';

/** Throws `invalid-answers` naming each unknown item id and each value that is not one of the item's options. */
export function checkAnswers(def: InstrumentDefinition, answers: unknown): Answers {
  const parsed = AnswersSchema.safeParse(answers);
  if (!parsed.success) throw new AttuneError('invalid-answers', 'The answers are not valid.', problemsFromZod(parsed.error));
  const problems: Problem[] = [];
  const items = new Map(def.items.map((item) => [item.id, item]));
  for (const [id, value] of Object.entries(parsed.data)) {
    const item = items.get(id);
    if (!item) problems.push({ path: id, message: `no item with this id in ${def.id}` });
    else if (!item.options.some((o) => o.value === value))
      problems.push({ path: id, message: `expected one of ${item.options.map((o) => o.value).join(', ')}` });
  }
  if (problems.length) throw new AttuneError('invalid-answers', `The answers do not fit ${def.id}.`, problems);
  return parsed.data;
}
