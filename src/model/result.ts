/**
 * What a host receives when a client finishes, and what `score()` returns: plain, validated data.
 * A score that could not be computed is `null`, never a guess: the library does not prorate.
 */
import * as z from 'zod/mini';
import { LanguageTagSchema } from './translation.js';

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
  /**
   * Safety flags whose support panel the client was shown at any point in this pass, even when the
   * answer was changed back before finishing (so `flags` no longer has it). Set by the widget's session
   * when a pass finishes and support was shown; absent when none was. `score()` alone never sets it:
   * it sees only the answers, not what the client saw on the way.
   */
  supportShown: z.optional(z.array(z.string())),
  /**
   * The language of the wording the client answered in (BCP 47: `en`, or `es-US` for the published
   * Spanish form), so the clinician reads the questions as the client saw them. Set by the widget when
   * a pass finishes; absent from `score()` alone, which sees only the answers.
   */
  language: z.optional(LanguageTagSchema),
});
export type Result = z.infer<typeof ResultSchema>;
