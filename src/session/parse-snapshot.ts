/**
 * Validation of the untrusted text read from storage. Loaded lazily, only when persistence is on,
 * because zod is larger than Lit itself: it is part of the validator entry (src/validate.ts).
 */
import * as z from 'zod/mini';
import type { InstrumentDefinition } from '../model/instrument.js';
import { AnswersSchema } from '../model/answers.js';
import { problemsFromZod, describeProblem } from '../model/attune-error.js';
import { SNAPSHOT_FORMAT, restoreSession, type RestoreOutcome } from './snapshot.js';
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

/** Reads stored text into a whole session for this definition, or says why it cannot. Never throws. */
export function readSnapshot(def: InstrumentDefinition, text: string): RestoreOutcome {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'corrupt', detail: 'The saved answers are not valid JSON.' };
  }
  const versioned = VersionedSchema.safeParse(data);
  if (versioned.success && versioned.data.format !== SNAPSHOT_FORMAT)
    return {
      ok: false,
      problem: 'other-version',
      detail: `The saved answers use snapshot format ${versioned.data.format}; this version of the library reads format ${SNAPSHOT_FORMAT}.`,
    };
  const parsed = SnapshotSchema.safeParse(data);
  if (!parsed.success)
    return { ok: false, problem: 'corrupt', detail: `The saved answers are not in the expected shape: ${problemsFromZod(parsed.error).map(describeProblem).join('; ')}` };
  return restoreSession(def, parsed.data);
}

export const BatterySnapshotSchema = z.strictObject({
  format: z.literal(BATTERY_SNAPSHOT_FORMAT),
  instruments: z.array(z.string()),
  finished: z.array(z.strictObject({ instrument: z.strictObject({ id: z.string(), version: z.string() }), answers: AnswersSchema, completedAt: z.string() })),
});

/** Reads a battery's stored text into its finished instruments, each re-scored, or says why it cannot. Never throws. */
export function readBatterySnapshot(definitions: readonly InstrumentDefinition[], text: string, settingsFor: (id: string) => Settings): BatteryRestoreOutcome {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'corrupt', detail: 'The saved answers are not valid JSON.' };
  }
  const versioned = VersionedSchema.safeParse(data);
  if (versioned.success && versioned.data.format !== BATTERY_SNAPSHOT_FORMAT)
    return {
      ok: false,
      problem: 'other-version',
      detail: `The saved answers use battery format ${versioned.data.format}; this version of the library reads format ${BATTERY_SNAPSHOT_FORMAT}.`,
    };
  const parsed = BatterySnapshotSchema.safeParse(data);
  if (!parsed.success)
    return { ok: false, problem: 'corrupt', detail: `The saved answers are not in the expected shape: ${problemsFromZod(parsed.error).map(describeProblem).join('; ')}` };
  return restoreBattery(definitions, parsed.data, settingsFor);
}
