/**
 * What a host receives when a client finishes, and what `score()` returns: plain, validated data.
 * A score that could not be computed is `null`, never a guess: the library does not prorate.
 */
import * as z from 'zod/mini';

export const ResultSchema = z.strictObject({
  instrument: z.strictObject({ id: z.string(), version: z.string() }),
  /** `complete` when every required item that was asked has an answer. */
  status: z.enum(['complete', 'incomplete']),
  /** Required items still unanswered, in form order. */
  missing: z.array(z.string()),
  /** Each scale's score, or null when any of its items is missing. */
  scales: z.record(z.string(), z.nullable(z.number())),
  /** Each rule's outcome, or null when the answers given cannot decide it. */
  rules: z.record(z.string(), z.nullable(z.boolean())),
  /** Each band's label for its scale's score, or null when the score is null. */
  bands: z.record(z.string(), z.nullable(z.string())),
  /** Safety flags raised by the answers (e.g. `self-harm`), raised whatever else is missing. */
  flags: z.array(z.string()),
  /** The settings the score was computed with (defaults filled in). */
  settings: z.record(z.string(), z.number()),
});
export type Result = z.infer<typeof ResultSchema>;
