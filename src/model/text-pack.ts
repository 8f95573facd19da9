/**
 * A text pack: the wording of an instrument whose licence forbids this library from shipping it
 * (IES-R), supplied by a practice that holds permission. It carries words only, never structure or
 * scoring: it is checked against the instrument's structure (every item present, nothing extra) and
 * merged into it, so the scores are exactly those of the built-in definition.
 */
import * as z from 'zod/mini';
import { AttuneError, problemsFromZod, type Problem } from './attune-error.js';
import type { InstrumentDefinition } from './instrument.js';

const text = (what: string) => z.string().check(z.trim(), z.minLength(1, `${what} must not be empty`));

export const TextPackSchema = z.strictObject({
  /** Where an editor finds the JSON Schema of this format (`text-pack.schema.json`); ignored by the library. */
  $schema: z.optional(z.string()),
  /** The instrument this wording belongs to, e.g. `ies-r`. */
  instrument: z.string(),
  /** The structure version the pack was written for; when given, it must match the instrument's. */
  version: z.optional(z.string()),
  /** Who granted the practice permission to use the wording, and when: kept with the definition. */
  permission: text('permission'),
  /** The form's own instructions, shown above the questions. */
  instructions: z.optional(text('instructions')),
  /** The sentence every item completes, shown above the questions. */
  stem: z.optional(text('stem')),
  /** The period the questions ask about, as it reads after "The questions ask about". */
  timeframe: z.optional(text('timeframe')),
  /** Text the licence holder asks to be shown with the questionnaire. */
  attribution: z.optional(text('attribution')),
  /** Each item's wording by item id: every item of the instrument, and no other. */
  items: z.record(z.string(), text('item text')),
  /** Response labels by option value (`"0": "Not at all"`); points without one are shown as numbers. */
  options: z.optional(z.record(z.string(), text('label'))),
});
export type TextPack = z.infer<typeof TextPackSchema>;

/**
 * Validates a text pack against an instrument's structure and returns the definition with its wording
 * filled in. Throws `AttuneError` (`invalid-text-pack`) naming every problem by path (`items.7: missing`).
 */
export function applyTextPack(structure: InstrumentDefinition, input: unknown): InstrumentDefinition {
  const parsed = TextPackSchema.safeParse(input);
  if (!parsed.success) throw new AttuneError('invalid-text-pack', 'The text pack is not valid.', problemsFromZod(parsed.error));
  const pack = parsed.data;
  const problems: Problem[] = [];
  if (pack.instrument !== structure.id) problems.push({ path: 'instrument', message: `expected "${structure.id}"` });
  if (pack.version !== undefined && pack.version !== structure.version)
    problems.push({ path: 'version', message: `written for version ${pack.version}; this is version ${structure.version} of ${structure.id}` });
  const ids = new Set(structure.items.map((item) => item.id));
  for (const id of ids) if (!Object.hasOwn(pack.items, id)) problems.push({ path: `items.${id}`, message: 'missing' });
  for (const id of Object.keys(pack.items)) if (!ids.has(id)) problems.push({ path: `items.${id}`, message: `no item with this id in ${structure.id}` });
  const values = new Set(structure.items.flatMap((item) => item.options.map((o) => String(o.value))));
  for (const value of Object.keys(pack.options ?? {})) if (!values.has(value)) problems.push({ path: `options.${value}`, message: `no option with this value in ${structure.id}` });
  if (problems.length) throw new AttuneError('invalid-text-pack', `The text pack does not fit ${structure.id}.`, problems);

  const label = (value: number, own: string | undefined) => own ?? pack.options?.[String(value)];
  return {
    ...structure,
    timeframe: structure.timeframe ?? pack.timeframe,
    instructions: pack.instructions ? { text: pack.instructions, by: 'author' } : structure.instructions,
    attribution: pack.attribution ?? structure.attribution,
    licence: { ...structure.licence, note: `${structure.licence.note} Wording supplied by the practice: ${pack.permission}` },
    items: structure.items.map((item) => ({
      ...item,
      text: pack.items[item.id],
      options: item.options.map((o) => {
        const l = label(o.value, o.label);
        return l === undefined ? { ...o } : { ...o, label: l };
      }),
    })),
    sections: pack.stem ? [{ id: 'items', stem: pack.stem, items: structure.items.map((item) => item.id) }] : structure.sections,
  };
}
