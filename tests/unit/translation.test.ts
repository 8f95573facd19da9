import { describe, expect, it } from 'vitest';
import { parseDefinition, score, type InstrumentDefinition } from '../../src/core.js';
import { localizeDefinition } from '../../src/model/localize-definition.js';
import { loadMessages, locales, resolveLocale } from '../../src/i18n/locales.js';
import { en } from '../../src/i18n/en.js';
import { enFinish } from '../../src/i18n/en-finish.js';
import type { Messages } from '../../src/i18n/messages.js';
import { es } from '../../src/i18n/es.js';
import { customInstrument } from './fixtures.js';

const spanish = {
  source: 'Example Practice, reviewed translation (2024)',
  title: 'Revisión semanal',
  description: 'Tres preguntas sobre cómo ha ido tu semana.',
  timeframe: 'la última semana',
  items: {
    sleep: { text: 'Dormí mal.', options: { '0': 'Nunca', '1': 'A veces', '2': 'A menudo' } },
    calm: { text: 'Me sentí en calma.', options: { '0': 'Nunca', '1': 'A veces', '2': 'A menudo' } },
    alone: { text: 'Me sentí solo o sola.', options: { '0': 'Nunca', '1': 'A veces', '2': 'A menudo' } },
  },
};

const withSpanish = (): InstrumentDefinition => ({ ...customInstrument(), translations: { es: spanish } });

describe('definition translations', () => {
  it('a complete translation passes the schema', () => {
    expect(parseDefinition(withSpanish()).translations?.es?.title).toBe('Revisión semanal');
  });

  it('a translation that leaves out an item, an option label or names an unknown item is refused, each problem by path', () => {
    const t = structuredClone(spanish) as typeof spanish & { items: Record<string, unknown> };
    delete (t.items as Record<string, unknown>).alone;
    delete (t.items.calm.options as Record<string, string>)['2'];
    t.items.nope = { text: 'x' };
    let message = '';
    try {
      parseDefinition({ ...customInstrument(), translations: { es: t } });
    } catch (error) {
      message = String((error as Error).message);
    }
    expect(message).toContain('translations.es.items: missing item "alone"');
    expect(message).toContain('translations.es.items.calm.options: missing the label of option 2');
    expect(message).toContain('translations.es.items.nope: no item with id "nope"');
  });

  it('a string with no sourced translation is named in untranslated: it stays in the original language, marked so', () => {
    const { title: _t, ...t } = structuredClone(spanish);
    const { items: _i, ...rest } = t;
    const items = { ...t.items } as Record<string, unknown>;
    delete items.alone;
    const def = parseDefinition({ ...customInstrument(), translations: { es: { ...rest, items, untranslated: ['title', 'items.alone'] } } });
    const es = localizeDefinition(def, 'es');
    expect(es.definition.title).toBe('Weekly check-in');
    expect(es.definition.items.map((i) => i.text)).toEqual(['Dormí mal.', 'Me sentí en calma.', customInstrument().items[2]!.text]);
    expect(es.definition.items[2]!.options).toEqual(customInstrument().items[2]!.options);
    expect([es.languageOf('title'), es.languageOf('items.alone'), es.languageOf('items.sleep'), es.languageOf('description'), es.languageOf('labels')]).toEqual([
      'en',
      'en',
      'es',
      'es',
      'en',
    ]);
  });

  it('refuses an untranslated name that the definition does not word, or that the translation also gives, and a writtenBy for a string it does not give', () => {
    let message = '';
    try {
      parseDefinition({ ...customInstrument(), translations: { es: { ...spanish, untranslated: ['items.nope', 'title'], writtenBy: { instructions: 'library' } } } });
    } catch (error) {
      message = String((error as Error).message);
    }
    expect(message).toContain('translations.es.untranslated: "items.nope" is not a string of this definition\'s wording');
    expect(message).toContain('translations.es.untranslated: "title" is both translated and named untranslated');
    expect(message).toContain('translations.es.writtenBy.instructions: "instructions" is not a string this translation gives');
  });

  it('refuses a language tag that is not one', () => {
    expect(() => parseDefinition({ ...customInstrument(), translations: { 'not a tag': spanish } })).toThrow(/language tag/);
  });

  it('localising swaps the wording and keeps ids, values and scoring', () => {
    const def = withSpanish();
    const { definition, language } = localizeDefinition(def, 'es');
    expect(language).toBe('es');
    expect(definition.title).toBe('Revisión semanal');
    expect(definition.items.map((i) => i.text)).toEqual(['Dormí mal.', 'Me sentí en calma.', 'Me sentí solo o sola.']);
    expect(definition.items[1]!.options).toEqual([
      { value: 0, label: 'Nunca' },
      { value: 1, label: 'A veces' },
      { value: 2, label: 'A menudo' },
    ]);
    expect(definition.items[1]!.reverse).toBe(true);
    const answers = { sleep: 2, calm: 0, alone: 1 };
    expect(score(definition, answers)).toEqual(score(def, answers));
  });

  it("a regional locale uses the base language's translation; a language without one keeps the original wording", () => {
    expect(localizeDefinition(withSpanish(), 'es-MX').language).toBe('es');
    const fr = localizeDefinition(withSpanish(), 'fr');
    expect(fr.language).toBe('en');
    expect(fr.definition.title).toBe('Weekly check-in');
    expect(localizeDefinition(customInstrument(), 'es').definition.title).toBe('Weekly check-in');
  });
});

describe('UI locales', () => {
  it('English and Spanish are shipped; regional tags choose the base language', async () => {
    expect(resolveLocale(undefined)).toEqual({ locale: 'en', known: true });
    expect(resolveLocale('es')).toEqual({ locale: 'es', known: true });
    expect(await loadMessages(resolveLocale('es-MX').locale)).toBe(es);
    expect(await loadMessages(resolveLocale('EN-gb').locale)).toBe(en);
    expect(locales).toEqual(['en', 'es']);
  });

  it('an unknown locale falls back to English and says so', async () => {
    expect(resolveLocale('xx')).toEqual({ locale: 'en', known: false });
    expect(await loadMessages('xx')).toBe(en);
  });

  it('every Spanish string differs from the English one (nothing left untranslated), except a few that are the same in both', () => {
    const same = new Set(['settingUsed']);
    // every English string: the first screens' (en.ts) and the later screens' (en-finish.ts, loaded with them)
    const english: Messages = { ...en, ...enFinish };
    for (const key of Object.keys(english) as (keyof Messages)[]) {
      if (same.has(key)) continue;
      const e = english[key];
      const s = es[key];
      expect(typeof s, key).toBe(typeof e);
      if (typeof e === 'string') expect(s, key).not.toBe(e);
    }
    expect(Object.keys(es).sort()).toEqual(Object.keys(english).sort());
    // the two English files share no string, so neither hides one of the other's
    expect(Object.keys(en).filter((key) => key in enFinish)).toEqual([]);
  });
});
