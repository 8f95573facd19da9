/**
 * A text pack: wording a practice supplies for a built-in instrument's structure.
 *
 * - In the instrument's own language, it is the wording of an instrument whose licence forbids this
 *   library from shipping it (IES-R), supplied by a practice that holds permission.
 * - With a `language`, it is a licensed translation the practice holds (a Spanish PCL-5 or ITQ): it
 *   becomes the definition's translation for that language, used when the page's `locale` asks for it,
 *   and strings it does not give stay in the instrument's own language, marked so.
 *
 * Either way it carries words only, never structure or scoring: it is checked against the
 * instrument's structure (every item present, nothing extra, every labelled answer of an item given with
 * it, the instructions and every section's lead-in with the questions they frame) and merged in, so the
 * scores are exactly those of the built-in definition. A pack never replaces wording the library
 * ships in the same language: validated wording is not the practice's to change.
 */
import * as z from 'zod/mini';
import { AttuneError, problemsFromZod, type Problem } from './attune-error.js';
import type { InstrumentDefinition } from './instrument.js';
import { baseLanguage as base } from './language-tag.js';
import { LanguageTagSchema, translationProblems, type Translation, type WordingKey } from './translation.js';

const text = (what: string) => z.string().check(z.trim(), z.minLength(1, `${what} must not be empty`));

export const TextPackSchema = z.strictObject({
  /** Where an editor finds the JSON Schema of this format (`text-pack.schema.json`); ignored by the library. */
  $schema: z.optional(z.string()),
  /** The instrument this wording belongs to, e.g. `ies-r`. */
  instrument: z.string(),
  /** The structure version the pack was written for; when given, it must match the instrument's. */
  version: z.optional(z.string()),
  /**
   * The language of this wording (BCP 47, `es`, `es-MX`) when it is a translation; left out, the
   * instrument's own language. Used when the widget's `locale` has the same base language.
   */
  language: z.optional(LanguageTagSchema),
  /** Who granted the practice permission to use the wording, and when: kept with the definition. */
  permission: text('permission'),
  /** The translated title (a translation only; otherwise the instrument's title stays, marked with its language). */
  title: z.optional(text('title')),
  /** The form's own instructions, shown above the questions. */
  instructions: z.optional(text('instructions')),
  /** The sentence every item completes, shown above the questions (an instrument with one section). */
  stem: z.optional(text('stem')),
  /** Each section's lead-in, examples and stem by section id (an instrument with several, e.g. the ITQ's blocks). */
  sections: z.optional(z.record(z.string(), z.strictObject({ lead: z.optional(text('lead')), list: z.optional(z.array(text('list entry'))), stem: z.optional(text('stem')) }))),
  /** The period the questions ask about, as it reads after "The questions ask about". */
  timeframe: z.optional(text('timeframe')),
  /** Text the licence holder asks to be shown with the questionnaire. */
  attribution: z.optional(text('attribution')),
  /**
   * Each item's wording by item id: every item of the instrument, and no other. An item whose answers
   * differ from the rest (the PHQ-9's difficulty question) gives them with it: `{ text, options }`.
   */
  items: z.record(z.string(), z.union([text('item text'), z.strictObject({ text: text('item text'), options: z.optional(z.record(z.string(), text('label'))) })])),
  /** Response labels by option value (`"0": "Not at all"`), for every item that does not give its own; points without one are shown as numbers. */
  options: z.optional(z.record(z.string(), text('label'))),
});
export type TextPack = z.infer<typeof TextPackSchema>;

const itemText = (entry: TextPack['items'][string] | undefined) => (typeof entry === 'string' ? entry : entry?.text);
const itemOptions = (entry: TextPack['items'][string] | undefined) => (typeof entry === 'string' ? undefined : entry?.options);

function parsePack(input: unknown): TextPack {
  const parsed = TextPackSchema.safeParse(input);
  if (!parsed.success) throw new AttuneError('invalid-text-pack', 'The text pack is not valid.', problemsFromZod(parsed.error));
  return parsed.data;
}

/** What a pack of any kind must fit: the instrument, its version, its item ids and option values. */
function structureProblems(structure: InstrumentDefinition, pack: TextPack): Problem[] {
  const problems: Problem[] = [];
  if (pack.instrument !== structure.id) problems.push({ path: 'instrument', message: `expected "${structure.id}"` });
  if (pack.version !== undefined && pack.version !== structure.version)
    problems.push({ path: 'version', message: `written for version ${pack.version}; this is version ${structure.version} of ${structure.id}` });
  const ids = new Set(structure.items.map((item) => item.id));
  for (const id of ids) if (!Object.hasOwn(pack.items, id)) problems.push({ path: `items.${id}`, message: 'missing' });
  for (const id of Object.keys(pack.items)) if (!ids.has(id)) problems.push({ path: `items.${id}`, message: `no item with this id in ${structure.id}` });
  const values = new Set(structure.items.flatMap((item) => item.options.map((o) => String(o.value))));
  for (const value of Object.keys(pack.options ?? {})) if (!values.has(value)) problems.push({ path: `options.${value}`, message: `no option with this value in ${structure.id}` });
  return problems;
}

/**
 * Validates a text pack in the instrument's own language against its structure and returns the
 * definition with its wording filled in. Throws `AttuneError` (`invalid-text-pack`) naming every
 * problem by path (`items.7: missing`).
 */
export function applyTextPack(structure: InstrumentDefinition, input: unknown): InstrumentDefinition {
  return applyTextPacks(structure, [input]);
}

/**
 * Applies a practice's text packs to a built-in structure: at most one in the instrument's own
 * language (only where its wording does not ship), and any number of translations, one per language.
 * Every problem of every pack is named, by pack when there are several (`[1].items.7: missing`).
 */
export function applyTextPacks(structure: InstrumentDefinition, inputs: readonly unknown[]): InstrumentDefinition {
  const packs = inputs.map(parsePack);
  const own = structure.language ?? 'en';
  const problems: Problem[] = [];
  const at = (i: number, list: Problem[]) => (packs.length > 1 ? list.map((p) => ({ ...p, path: `[${i}].${p.path}` })) : list);
  const seen = new Set<string>();
  packs.forEach((pack, i) => {
    const lang = base(pack.language ?? own);
    if (seen.has(lang)) problems.push(...at(i, [{ path: 'language', message: `a second pack for "${lang}": give one pack per language` }]));
    seen.add(lang);
    problems.push(...at(i, structureProblems(structure, pack)));
  });
  if (problems.length) throw new AttuneError('invalid-text-pack', `The text pack does not fit ${structure.id}.`, problems);

  const ownPack = packs.findIndex((p) => base(p.language ?? own) === base(own));
  const wordless = structure.items.some((item) => item.text === undefined);
  if (ownPack >= 0 && !wordless)
    throw new AttuneError('invalid-text-pack', `The wording of ${structure.shortTitle} in ${own} ships with this library and is not replaced.`, [
      { path: packs.length > 1 ? `[${ownPack}].language` : 'language', message: `set "language" to the language of your translation (the instrument's own is "${own}")` },
    ]);
  if (wordless && ownPack < 0)
    throw new AttuneError('invalid-text-pack', `${structure.shortTitle} needs its wording in ${own} before any translation of it.`, [
      { path: 'language', message: `one pack without "language" (or with "${own}") gives the wording the library may not ship` },
    ]);
  let def = ownPack >= 0 ? fillWording(structure, packs[ownPack]!) : structure;
  packs.forEach((pack, i) => {
    if (i === ownPack) return;
    const translation = packTranslation(def, pack);
    const found = translationProblems(def, translation).map((p) => ({ path: p.path.join('.'), message: p.message }));
    if (found.length) throw new AttuneError('invalid-text-pack', `The ${pack.language} text pack does not fit ${structure.id}.`, at(i, found));
    // the practice's translation wins over any shipped for the same base language (es over es-US)
    const others = Object.entries(def.translations ?? {}).filter(([tag]) => base(tag) !== base(pack.language!));
    def = { ...def, translations: { ...Object.fromEntries(others), [pack.language!]: translation } };
  });
  return def;
}

/** The pack's wording in the structure (the instrument's own language). */
function fillWording(structure: InstrumentDefinition, pack: TextPack): InstrumentDefinition {
  const label = (value: number, own: string | undefined, item: string) => own ?? itemOptions(pack.items[item])?.[String(value)] ?? pack.options?.[String(value)];
  return {
    ...structure,
    timeframe: structure.timeframe ?? pack.timeframe,
    instructions: pack.instructions ? { text: pack.instructions, by: 'author' } : structure.instructions,
    attribution: pack.attribution ?? structure.attribution,
    licence: { ...structure.licence, note: `${structure.licence.note} Wording supplied by the practice: ${pack.permission}` },
    items: structure.items.map((item) => ({
      ...item,
      text: itemText(pack.items[item.id]),
      options: item.options.map((o) => {
        const l = label(o.value, o.label, item.id);
        return l === undefined ? { ...o } : { ...o, label: l };
      }),
    })),
    sections: pack.stem ? [{ id: 'items', stem: pack.stem, items: structure.items.map((item) => item.id) }] : structure.sections,
  };
}

/**
 * A translation pack as the definition's translation. The questions are translated whole, with the
 * instructions and section lead-ins that frame them (checked by `translationProblems`); the title,
 * description, time frame, attribution and result sentences, where the pack leaves them out, stay in
 * the instrument's own language, marked so.
 */
function packTranslation(def: InstrumentDefinition, pack: TextPack): Translation {
  const stemmed = (def.sections ?? []).filter((s) => s.stem);
  const sections = pack.sections ?? (pack.stem && stemmed.length === 1 ? { [stemmed[0]!.id]: { stem: pack.stem } } : undefined);
  const optional: WordingKey[] = ['title', 'description', 'timeframe', 'attribution', ...(def.rules ?? []).filter((r) => r.summary).map((r) => `rules.${r.id}` as const)];
  const t: Translation = {
    source: `Supplied by the practice: ${pack.permission}`,
    items: Object.fromEntries(
      def.items.map((item) => {
        const own = itemOptions(pack.items[item.id]);
        const labelled = item.options.filter((o) => o.label);
        const options = Object.fromEntries(
          labelled.flatMap((o) => {
            const l = own?.[String(o.value)] ?? pack.options?.[String(o.value)];
            return l === undefined ? [] : [[String(o.value), l]];
          }),
        );
        return [item.id, { text: itemText(pack.items[item.id])!, ...(labelled.length ? { options } : {}) }];
      }),
    ),
    ...(pack.title ? { title: pack.title } : {}),
    ...(pack.timeframe ? { timeframe: pack.timeframe } : {}),
    ...(pack.instructions ? { instructions: pack.instructions } : {}),
    ...(pack.attribution ? { attribution: pack.attribution } : {}),
    ...(sections ? { sections } : {}),
  };
  const untranslated = optional.filter((key) => (key.startsWith('rules.') ? true : t[key as 'title'] === undefined) && keyIsWorded(def, key));
  return untranslated.length ? { ...t, untranslated } : t;
}

const keyIsWorded = (def: InstrumentDefinition, key: WordingKey) =>
  key.startsWith('rules.') ? true : key === 'title' || key === 'description' ? true : def[key as 'timeframe' | 'attribution'] !== undefined;
