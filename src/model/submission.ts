/**
 * What the widget POSTs to a practice's `submit-url`: one completion (an `<attune-screener>`) or
 * one battery (an `<attune-battery>`), with the idempotency key the server deduplicates by.
 *
 * The schemas are for the receiving server (`attune-screeners/core`): a body from a browser is
 * untrusted, so validate it, then re-score `answers` with `score()` rather than trusting `result`.
 */
import * as z from 'zod/mini';
import { AnswersSchema } from './answers.js';
import { ResultSchema } from './result.js';

const InstrumentRef = z.strictObject({ id: z.string(), version: z.string() });

/** One instrument's completion as submitted: which instrument, when, the result the browser computed and the answers. */
export const SubmittedCompletionSchema = z.strictObject({
  instrument: InstrumentRef,
  /** ISO 8601 time the client finished. */
  completedAt: z.iso.datetime(),
  result: ResultSchema,
  answers: AnswersSchema,
});
export type SubmittedCompletion = z.infer<typeof SubmittedCompletionSchema>;

/** Body of the POST from `<attune-screener submit-url>`. */
export const ScreenerSubmissionSchema = z.strictObject({
  /** Same for one completion across every retry and reload; also sent as the `Idempotency-Key` header. */
  idempotencyKey: z.string().check(z.minLength(16)),
  ...SubmittedCompletionSchema.shape,
});
export type ScreenerSubmission = z.infer<typeof ScreenerSubmissionSchema>;

/** Body of the POST from `<attune-battery submit-url>`: every instrument asked, in order, and those skipped. */
export const BatterySubmissionSchema = z.strictObject({
  idempotencyKey: z.string().check(z.minLength(16)),
  /** ISO 8601 time the client finished the last instrument. */
  completedAt: z.iso.datetime(),
  battery: z.strictObject({ instruments: z.array(z.string()) }),
  completions: z.array(SubmittedCompletionSchema),
  /** Instruments not asked because a gating rule closed (e.g. the PCL-5 after a negative PC-PTSD-5). */
  skipped: z.array(z.strictObject({ instrument: z.string(), reason: z.string() })),
});
export type BatterySubmission = z.infer<typeof BatterySubmissionSchema>;

export const SubmissionSchema = z.union([ScreenerSubmissionSchema, BatterySubmissionSchema]);
export type Submission = z.infer<typeof SubmissionSchema>;
