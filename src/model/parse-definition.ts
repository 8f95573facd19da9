/** Validation of an untrusted definition (a practice's JSON), with every problem located by path. */
import { AttuneError, problemsFromZod } from './attune-error.js';
import { InstrumentSchema, type InstrumentDefinition } from './instrument.js';

/** Parses a definition, throwing an `AttuneError` (`invalid-definition`) that lists every problem. */
export function parseDefinition(input: unknown): InstrumentDefinition {
  const parsed = InstrumentSchema.safeParse(input);
  if (!parsed.success) throw new AttuneError('invalid-definition', 'The instrument definition is not valid.', problemsFromZod(parsed.error));
  return parsed.data;
}
