/** `toQuestionnaire()`: an instrument definition as a FHIR R4 Questionnaire. */
import type { InstrumentDefinition, Item, ResponseOption, Scale } from '../model/instrument.js';
import { ATTUNE_CANONICAL_BASE, LOINC_SYSTEM, answerSystem, computableName, linkIds, questionnaireUrl, resourceId } from './canonical.js';
import { localizeDefinition } from '../model/localize-definition.js';
import type { Coding, Questionnaire, QuestionnaireItem, TranslatedElement } from './fhir-types.js';

export interface QuestionnaireOptions {
  /** Start of the canonical URLs; defaults to {@link ATTUNE_CANONICAL_BASE}. Give your own for your own instruments. */
  canonicalBase?: string;
}

/** FHIR R4 core extension: the number an answer scores. */
export const ORDINAL_VALUE_URL = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';

/** FHIR R4 core extension: a string's translation into one language. */
export const TRANSLATION_URL = 'http://hl7.org/fhir/StructureDefinition/translation';

/** Said wherever a rule outcome appears, in the export as in the widget. */
export const PROVISIONAL = 'provisional screening result, not a diagnosis';

/**
 * The instrument as a FHIR R4 Questionnaire: every question as a `choice` item with its published
 * wording and coded answers (LOINC where the definition carries codes, each with its score as an
 * `ordinalValue`), gates as `enableWhen`, and the results (scales, bands, rule outcomes, settings,
 * safety flags) as read-only items in a `group/results` group that a QuestionnaireResponse from
 * {@link toQuestionnaireResponse} fills in. Validated with a FHIR validator for every built-in
 * instrument (tests/unit/fhir.test.ts).
 *
 * @param definition a valid definition (a built-in from `instruments`, or one `parseDefinition` accepted)
 */
export function toQuestionnaire(definition: InstrumentDefinition, options: QuestionnaireOptions = {}): Questionnaire {
  const def = definition;
  const base = options.canonicalBase ?? ATTUNE_CANONICAL_BASE;
  const tr = translator(def);
  const description = [def.description, `Form: ${def.edition}.`, `Citation: ${def.citation}`].join('\n\n');
  const copyright = [def.attribution, `Licence (${def.licence.status}): ${def.licence.note}`].filter(Boolean).join('\n\n');
  return {
    resourceType: 'Questionnaire',
    id: resourceId(def.id),
    url: questionnaireUrl(def, base),
    version: def.version,
    name: computableName(def),
    title: def.title,
    ...tr('_title', (d) => d.title, def.title),
    status: 'active',
    subjectType: ['Patient'],
    description,
    copyright,
    ...(def.code ? { code: [{ system: LOINC_SYSTEM, code: def.code.code, display: def.code.display }] } : {}),
    item: [...questionItems(def, base, tr), ...resultsGroup(def)],
  };
}

type TranslationExtension = TranslatedElement['extension'][number];
type Translator = <K extends string>(key: K, pick: (localized: InstrumentDefinition) => string | undefined, original: string | undefined) => Partial<Record<K, TranslatedElement>>;

/**
 * The definition's translations as FHIR `translation` extensions: for one string (picked from the
 * definition in each language), an extension per language whose wording differs from the original;
 * nothing for a string no translation changes (those it leaves untranslated).
 */
function translator(def: InstrumentDefinition): Translator {
  const localized = Object.keys(def.translations ?? {}).map((tag) => [tag, localizeDefinition(def, tag).definition] as const);
  return (key, pick, original) => {
    const extension = localized.flatMap(([tag, d]): TranslationExtension[] => {
      const content = pick(d);
      return content === undefined || content === original
        ? []
        : [
            {
              url: TRANSLATION_URL,
              extension: [
                { url: 'lang', valueCode: tag },
                { url: 'content', valueString: content },
              ],
            },
          ];
    });
    return (extension.length ? { [key]: { extension } } : {}) as Partial<Record<typeof key, TranslatedElement>>;
  };
}

/** The Coding an answer is exported as: its external code where it has one, else the instrument's own. */
export function answerCoding(def: InstrumentDefinition, option: ResponseOption, base: string): Coding {
  return {
    extension: [{ url: ORDINAL_VALUE_URL, valueDecimal: option.value }],
    ...(option.code ? { system: LOINC_SYSTEM, code: option.code } : { system: answerSystem(def, base), code: String(option.value) }),
    // an unlabelled middle point of an agreement scale is named by its number, as the widget names it
    display: option.label ?? String(option.value),
  };
}

const sectionText = (section: { lead?: string | undefined; list?: string[] | undefined; stem?: string | undefined } | undefined) =>
  section && [section.lead, ...(section.list ?? []).map((entry) => `- ${entry}`), section.stem].filter(Boolean).join('\n');

function questionItems(def: InstrumentDefinition, base: string, tr: Translator): QuestionnaireItem[] {
  const out: QuestionnaireItem[] = [];
  if (def.instructions)
    out.push({ linkId: linkIds.instructions, type: 'display', text: def.instructions.text, ...tr('_text', (d) => d.instructions?.text, def.instructions.text) });
  const sectionStart = new Map((def.sections ?? []).map((s) => [s.items[0], s]));
  for (const item of def.items) {
    const section = sectionStart.get(item.id);
    const text = sectionText(section);
    if (section && text)
      out.push({ linkId: linkIds.section(section.id), type: 'display', text, ...tr('_text', (d) => sectionText(d.sections?.find((s) => s.id === section.id)), text) });
    out.push(questionItem(def, item, base, tr));
  }
  return out;
}

function questionItem(def: InstrumentDefinition, item: Item, base: string, tr: Translator): QuestionnaireItem {
  const inEach = (d: InstrumentDefinition) => d.items.find((i) => i.id === item.id)!;
  // A closed gate skips the item: it is enabled only while the gate's answer is none of `closeOn`.
  const gate = def.gates?.find((g) => g.skips.includes(item.id));
  const gateItem = gate && def.items.find((i) => i.id === gate.item);
  const enableWhen =
    gate && gateItem
      ? gate.closeOn.map((value) => ({
          question: gate.item,
          operator: '!=' as const,
          answerCoding: withoutExtension(answerCoding(def, gateItem.options.find((o) => o.value === value) ?? { value }, base)),
        }))
      : undefined;
  return {
    linkId: item.id,
    ...(/^\d+$/.test(item.id) ? { prefix: item.id } : {}),
    // a restricted instrument ships without wording; a practice that holds permission adds it
    ...(item.text ? { text: item.text, ...tr('_text', (d) => inEach(d).text, item.text) } : {}),
    type: 'choice',
    ...(item.code ? { code: [{ system: LOINC_SYSTEM, code: item.code }] } : {}),
    required: !item.optional,
    ...(enableWhen ? { enableWhen, ...(enableWhen.length > 1 ? { enableBehavior: 'all' as const } : {}) } : {}),
    answerOption: item.options.map((option) => ({
      valueCoding: { ...answerCoding(def, option, base), ...tr('_display', (d) => inEach(d).options.find((o) => o.value === option.value)!.label, option.label) },
    })),
  };
}

function withoutExtension({ extension: _, ...coding }: Coding): Coding {
  return coding;
}

/** Whether a scale's scores are whole numbers: sums of whole-numbered options. */
export function isWholeNumberScale(def: InstrumentDefinition, scale: Scale): boolean {
  return scale.method === 'sum' && scale.items.every((id) => def.items.find((i) => i.id === id)?.options.every((o) => Number.isInteger(o.value)));
}

/** The distinct safety flags a definition can raise, each with the items that raise it. */
export function safetyFlags(def: InstrumentDefinition): { flag: string; items: { item: string; valueAtLeast: number }[] }[] {
  const flags = new Map<string, { item: string; valueAtLeast: number }[]>();
  for (const s of def.safety ?? []) flags.set(s.flag, [...(flags.get(s.flag) ?? []), { item: s.item, valueAtLeast: s.valueAtLeast }]);
  return [...flags].map(([flag, items]) => ({ flag, items }));
}

function resultsGroup(def: InstrumentDefinition): QuestionnaireItem[] {
  const readOnly = true;
  const items: QuestionnaireItem[] = [
    ...def.scales.map((scale): QuestionnaireItem => {
      const code = scale.code;
      return {
        linkId: linkIds.scale(scale.id),
        text: scale.label,
        type: isWholeNumberScale(def, scale) ? 'integer' : 'decimal',
        ...(code ? { code: [{ system: LOINC_SYSTEM, code: code.code, display: code.display }] } : {}),
        readOnly,
      };
    }),
    ...(def.bands ?? []).map((band): QuestionnaireItem => ({
      linkId: linkIds.band(band.id),
      text: `${def.scales.find((s) => s.id === band.scale)?.label ?? band.scale}: band (${band.ranges.map((r) => `${r.label} ${r.from}-${r.to}`).join(', ')})`,
      type: 'string',
      readOnly,
    })),
    ...(def.rules ?? []).map((rule): QuestionnaireItem => ({ linkId: linkIds.rule(rule.id), text: `${rule.label} (${PROVISIONAL})`, type: 'boolean', readOnly })),
    ...(def.settings ?? []).map((setting): QuestionnaireItem => ({
      linkId: linkIds.setting(setting.id),
      text: `${setting.label} (setting used, ${setting.min}-${setting.max})`,
      type: [setting.min, setting.max, setting.default].every(Number.isInteger) ? 'integer' : 'decimal',
      readOnly,
    })),
    ...safetyFlags(def).map(({ flag, items }): QuestionnaireItem => ({
      linkId: linkIds.flag(flag),
      text: `Safety flag "${flag}": ${items.map((i) => `item ${i.item} answered ${i.valueAtLeast} or more`).join(', or ')}. Follow up promptly.`,
      type: 'boolean',
      readOnly,
    })),
  ];
  // FHIR allows no empty group
  return items.length ? [{ linkId: linkIds.results, text: 'Results, scored by Attune from the answers above', type: 'group', readOnly, item: items }] : [];
}
