/**
 * One client's pass through an instrument as it leaves the widget: the result, the answers it was
 * scored from, and when it was finished. The `detail` of `attune-complete` is one (without the time);
 * `<attune-report>` shows a list of them and `toQuestionnaireResponse()` exports one.
 */
import * as z from 'zod/mini';
import { AnswersSchema } from './answers.js';
import { ResultSchema } from './result.js';

export const CompletionSchema = z.object({
  result: ResultSchema,
  answers: AnswersSchema,
  /** When the client finished: an ISO 8601 date-time with a time zone (`2025-03-01T09:30:00Z`), or a Date. */
  completedAt: z.optional(z.union([z.string(), z.date()])),
});
export type Completion = z.infer<typeof CompletionSchema>;
