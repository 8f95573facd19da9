/** Answers keyed by item id ("1"…"20", "exposure"); the value is the chosen option's `value`. */
import * as z from 'zod/mini';

export const AnswersSchema = z.record(z.string(), z.number());
export type Answers = z.infer<typeof AnswersSchema>;

/** Chosen values of a definition's settings by setting id, e.g. `{ cutoff: 32 }`. */
export const SettingsSchema = z.record(z.string(), z.number());
export type Settings = z.infer<typeof SettingsSchema>;
