/**
 * Validation of the untrusted text read from storage. Loaded lazily, only when persistence is on,
 * because zod is larger than Lit itself: it is part of the validator entry (src/validate.ts).
 */
import * as z from 'zod/mini';
import type { InstrumentDefinition } from '../model/instrument.js';
import { AnswersSchema } from '../model/answers.js';
import { LanguageTagSchema } from '../model/translation.js';
import { problemsFromZod, describeProblem } from '../model/attune-error.js';
import { SNAPSHOT_FORMAT, restoreSession, type RestoreOutcome, type RestoreProblem } from './snapshot.js';
import { BATTERY_SNAPSHOT_FORMAT, restoreBattery, type BatteryRestoreOutcome } from './battery-snapshot.js';
import type { Settings } from '../model/answers.js';

/** Any stored object that says which format it is, so a later format is told apart from garbage. */
const VersionedSchema = z.object({ format: z.number() });

export const SnapshotSchema = z.strictObject({
  format: z.literal(SNAPSHOT_FORMAT),
  instrument: z.strictObject({ id: z.string(), version: z.string() }),
  stage: z.enum(['questions', 'review']),
  index: z.int().check(z.minimum(0)),
  answers: AnswersSchema,
  raised: z.array(z.string()),
});

type Failure = { ok: false; problem: RestoreProblem; detail: string };

/** Stored text parsed and shaped as `schema` says, or why it is not: not JSON, another format, another shape. */
function parseStored<T>(text: string, schema: z.ZodMiniType<T>, format: number, what: string): { ok: true; data: T } | Failure {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'corrupt', detail: 'The saved answers are not valid JSON.' };
  }
  const versioned = VersionedSchema.safeParse(data);
  if (versioned.success && versioned.data.format !== format)
    return { ok: false, problem: 'other-version', detail: `The saved answers use ${what} format ${versioned.data.format}; this version of the library reads format ${format}.` };
  const parsed = schema.safeParse(data);
  if (!parsed.success)
    return { ok: false, problem: 'corrupt', detail: `The saved answers are not in the expected shape: ${problemsFromZod(parsed.error).map(describeProblem).join('; ')}` };
  return { ok: true, data: parsed.data };
}

/** Reads stored text into a whole session for this definition, or says why it cannot. Never throws. */
export function readSnapshot(def: InstrumentDefinition, text: string): RestoreOutcome {
  const stored = parseStored(text, SnapshotSchema, SNAPSHOT_FORMAT, 'snapshot');
  return stored.ok ? restoreSession(def, stored.data) : stored;
}

export const BatterySnapshotSchema = z.strictObject({
  format: z.literal(BATTERY_SNAPSHOT_FORMAT),
  instruments: z.array(z.string()),
  finished: z.array(
    z.strictObject({
      instrument: z.strictObject({ id: z.string(), version: z.string() }),
      answers: AnswersSchema,
      completedAt: z.string(),
      language: z.optional(LanguageTagSchema),
    }),
  ),
});

/** Reads a battery's stored text into its finished instruments, each re-scored, or says why it cannot. Never throws. */
export function readBatterySnapshot(definitions: readonly InstrumentDefinition[], text: string, settingsFor: (id: string) => Settings): BatteryRestoreOutcome {
  const stored = parseStored(text, BatterySnapshotSchema, BATTERY_SNAPSHOT_FORMAT, 'battery');
  return stored.ok ? restoreBattery(definitions, stored.data, settingsFor) : stored;
}
