/**
 * The instrument definition: everything the library knows about one questionnaire, as data.
 *
 * Built-in instruments and a practice's own JSON pass this same schema, so a custom instrument
 * renders and scores exactly like a built-in one. Scoring is declarative (sums, means, reverse
 * keying, counts of items at or above a threshold, all/any/not, cutoffs held in settings), so
 * nothing is ever evaluated from a string and the library runs under a strict CSP.
 *
 * Written with `zod/mini`: the full zod API would add more to the script-tag bundle than Lit itself.
 */
import * as z from 'zod/mini';
import { crossReferenceChecks } from './instrument-references.js';
import { LanguageTagSchema, TranslationsSchema, translationChecks } from './translation.js';

const nonEmpty = (what: string) => z.string().check(z.trim(), z.minLength(1, `${what} must not be empty`));

/** Ids are the instrument's own item numbers as strings ("1"…"20"), or a short descriptive id ("exposure"). */
const Id = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'letters, digits, "-", "_" or "." (no spaces)'));

/**
 * A LOINC code (system `http://loinc.org`) with its display name, as the instrument reference gives
 * them. Carried by the definition itself, so a practice's own instrument can carry its codes too; the
 * FHIR export writes them as they are.
 */
export const LoincCodeSchema = z.strictObject({
  code: nonEmpty('code'),
  display: nonEmpty('display'),
});
export type LoincCode = z.infer<typeof LoincCodeSchema>;

export const ResponseOptionSchema = z.strictObject({
  /** The number scored for this answer. */
  value: z.number(),
  /** The published label. Omitted for the unlabelled middle points of an agreement scale. */
  label: z.optional(nonEmpty('label')),
  /** A code for the answer in an external terminology (LOINC answer code). */
  code: z.optional(z.string()),
});
export type ResponseOption = z.infer<typeof ResponseOptionSchema>;

export const ItemSchema = z.strictObject({
  id: Id,
  /**
   * Exact published wording. Left out only where the licence forbids shipping it (`licence.status`
   * `restricted`): a practice that holds permission then supplies it in a text pack.
   */
  text: z.optional(nonEmpty('text')),
  /** The answers offered, in the order shown. */
  options: z.array(ResponseOptionSchema).check(z.minLength(2, 'at least 2 options')),
  /** Scored as (lowest + highest option value) − answer. */
  reverse: z.optional(z.boolean()),
  /** Not needed for the instrument to be complete (e.g. PHQ-9's unscored difficulty question). */
  optional: z.optional(z.boolean()),
  /** A code for the item in an external terminology (LOINC question code). */
  code: z.optional(z.string()),
});
export type Item = z.infer<typeof ItemSchema>;

/** A run of consecutive items sharing an introduction and a stem, as printed on the form. */
export const SectionSchema = z.strictObject({
  id: Id,
  /** Text shown once before the section (e.g. the form's lead-in sentence). */
  lead: z.optional(nonEmpty('lead')),
  /** A bulleted list shown after the lead (e.g. the PC-PTSD-5's examples of events). */
  list: z.optional(z.array(nonEmpty('list entry'))),
  /** The sentence each item completes ("In the past month, how much were you bothered by:"). */
  stem: z.optional(nonEmpty('stem')),
  /**
   * Who wrote the lead and stem: the instrument's author (when left out), or the library where the
   * form's own words were not found (the ITQ's block lead-ins), so that the wording's status is on record.
   */
  by: z.optional(z.enum(['author', 'library'])),
  /** Item ids, in form order. */
  items: z.array(Id).check(z.minLength(1, 'at least 1 item')),
});
export type Section = z.infer<typeof SectionSchema>;

/**
 * A question that decides whether others are asked. When the gate item's answer is one of
 * `closeOn`, the items in `skips` are not asked and score as `skippedValue`; while the gate
 * itself is unanswered, the skipped items cannot be scored.
 */
export const GateSchema = z.strictObject({
  item: Id,
  closeOn: z.array(z.number()).check(z.minLength(1, 'at least 1 answer')),
  skips: z.array(Id).check(z.minLength(1, 'at least 1 item')),
  skippedValue: z.number(),
});
export type Gate = z.infer<typeof GateSchema>;

export const ScaleSchema = z.strictObject({
  id: Id,
  label: nonEmpty('label'),
  method: z.enum(['sum', 'mean']),
  items: z.array(Id).check(z.minLength(1, 'at least 1 item')),
  /** The LOINC code of this score, where one is published (the PHQ-9 total: 44261-6). */
  code: z.optional(LoincCodeSchema),
});
export type Scale = z.infer<typeof ScaleSchema>;

/** A threshold given as a number, or taken from a setting so a practice can choose it. */
export const ThresholdSchema = z.union([z.number(), z.strictObject({ setting: Id })]);
export type Threshold = z.infer<typeof ThresholdSchema>;

/**
 * A condition is decided with three values: true, false, or null when the answers given so far
 * cannot settle it. A rule that can already be decided is decided, even with items missing.
 */
export type Condition =
  | { type: 'count'; items: string[]; valueAtLeast: number; countAtLeast: number }
  | { type: 'scale'; scale: string; atLeast: Threshold }
  | { type: 'rule'; rule: string }
  | { type: 'all'; of: Condition[] }
  | { type: 'any'; of: Condition[] }
  | { type: 'not'; of: Condition };

export const ConditionSchema: z.ZodMiniType<Condition> = z.discriminatedUnion('type', [
  /** True when at least `countAtLeast` of `items` are answered at `valueAtLeast` or more. */
  z.strictObject({
    type: z.literal('count'),
    items: z.array(Id).check(z.minLength(1, 'at least 1 item')),
    valueAtLeast: z.number(),
    countAtLeast: z.int().check(z.minimum(1, 'at least 1')),
  }),
  /** True when the scale's score is at or above the threshold. */
  z.strictObject({ type: z.literal('scale'), scale: Id, atLeast: ThresholdSchema }),
  /** The outcome of a rule declared earlier in `rules`. */
  z.strictObject({ type: z.literal('rule'), rule: Id }),
  z.strictObject({
    type: z.literal('all'),
    get of() {
      return z.array(ConditionSchema).check(z.minLength(1, 'at least 1 condition'));
    },
  }),
  z.strictObject({
    type: z.literal('any'),
    get of() {
      return z.array(ConditionSchema).check(z.minLength(1, 'at least 1 condition'));
    },
  }),
  z.strictObject({
    type: z.literal('not'),
    get of() {
      return ConditionSchema;
    },
  }),
]);

export const RuleSchema = z.strictObject({
  id: Id,
  label: nonEmpty('label'),
  when: ConditionSchema,
  /**
   * Plain-language sentences for the client's summary view, written by the library, never by the
   * instrument's author: what the outcome means, without alarm and without a diagnosis.
   */
  summary: z.optional(z.strictObject({ met: nonEmpty('met'), notMet: nonEmpty('notMet') })),
});
export type Rule = z.infer<typeof RuleSchema>;

export const BandSchema = z.strictObject({
  id: Id,
  scale: Id,
  /** Contiguous ranges, lowest first, covering every possible score of the scale. */
  ranges: z.array(z.strictObject({ from: z.number(), to: z.number(), label: Id })).check(z.minLength(1, 'at least 1 range')),
});
export type Band = z.infer<typeof BandSchema>;

/**
 * Two mean scales shown together as a point on a plane (ECR: anxiety against avoidance), in the full
 * results and the clinician report. Both continuous dimensions, never a category or style label.
 */
export const PlotSchema = z.strictObject({
  id: Id,
  label: nonEmpty('label'),
  /** The scale along the horizontal axis. */
  x: Id,
  /** The scale along the vertical axis. */
  y: Id,
});
export type Plot = z.infer<typeof PlotSchema>;

/** A number the practice may choose within a published range, such as a cutoff. */
export const SettingSchema = z.strictObject({
  id: Id,
  label: nonEmpty('label'),
  default: z.number(),
  min: z.number(),
  max: z.number(),
  /** Why this range and default: the published source. */
  note: z.optional(z.string()),
});
export type Setting = z.infer<typeof SettingSchema>;

/** An answer that must reach a person quickly, whatever else is missing (PHQ-9 item 9). */
export const SafetyItemSchema = z.strictObject({
  item: Id,
  valueAtLeast: z.number(),
  flag: Id,
});
export type SafetyItem = z.infer<typeof SafetyItemSchema>;

export const LicenceSchema = z.strictObject({
  /**
   * `public-domain`: not copyrighted. `free`: the copyright holder grants reproduction without
   * permission. `author-distributed`: shared freely by the author without a written licence.
   * `restricted`: wording may not be redistributed; a practice supplies it.
   */
  status: z.enum(['public-domain', 'free', 'author-distributed', 'restricted']),
  /** What the licence says and where it was read. */
  note: nonEmpty('note'),
});
export type Licence = z.infer<typeof LicenceSchema>;

export const InstrumentSchema = z
  .strictObject({
    /** Where an editor finds the JSON Schema of this format (`instrument.schema.json`); ignored by the library. */
    $schema: z.optional(z.string()),
    /** Short name in lower case: `pcl-5`, `pc-ptsd-5`. */
    id: Id,
    /** Version of this definition; changes whenever wording, options or scoring change. */
    version: nonEmpty('version'),
    title: nonEmpty('title'),
    shortTitle: nonEmpty('shortTitle'),
    /** Which published form this definition reproduces (edition, time frame, adaptation). */
    edition: nonEmpty('edition'),
    /** One plain sentence for the client on what the questions are about. Written by the library. */
    description: nonEmpty('description'),
    /**
     * The period the questions ask about, as it reads after "The questions ask about": "the past month".
     * Left out only where it is part of restricted wording (a text pack then supplies it).
     */
    timeframe: z.optional(nonEmpty('timeframe')),
    /** Typical minutes to complete, for the introduction. */
    minutes: z.int().check(z.minimum(1, 'at least 1')),
    /** The form's own instructions, shown above the questions. */
    instructions: z.optional(z.strictObject({ text: nonEmpty('text'), by: z.enum(['author', 'library']) })),
    citation: nonEmpty('citation'),
    /** Text the licence asks to be shown with the questionnaire. */
    attribution: z.optional(nonEmpty('attribution')),
    licence: LicenceSchema,
    /** Where the wording and scoring were read. */
    sources: z.array(nonEmpty('source')).check(z.minLength(1, 'at least 1 source')),
    items: z.array(ItemSchema).check(z.minLength(1, 'at least 1 item')),
    sections: z.optional(z.array(SectionSchema).check(z.minLength(1, 'at least 1 section'))),
    gates: z.optional(z.array(GateSchema)),
    scales: z.array(ScaleSchema),
    rules: z.optional(z.array(RuleSchema)),
    bands: z.optional(z.array(BandSchema)),
    settings: z.optional(z.array(SettingSchema)),
    safety: z.optional(z.array(SafetyItemSchema)),
    /** The language of this definition's wording (BCP 47); English when left out. */
    language: z.optional(LanguageTagSchema),
    /**
     * Translations of the wording by language tag, each complete (see translation.ts). The widget uses
     * one when its `locale` matches; otherwise the wording stays in `language`.
     */
    translations: z.optional(TranslationsSchema),
    plots: z.optional(z.array(PlotSchema)),
    /** The LOINC code of the whole instrument (its panel), where one is published (the PHQ-9: 44249-1). */
    code: z.optional(LoincCodeSchema),
  })
  .check(z.superRefine(crossReferenceChecks), z.superRefine(translationChecks));

/** A validated instrument definition. */
export type InstrumentDefinition = z.infer<typeof InstrumentSchema>;
