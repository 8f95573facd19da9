/**
 * The GAD-7 in Spanish, as the Pfizer "Spanish for USA" form is reproduced: stem, response options
 * and items 1-7, word for word from ../shared/instruments/gad7.es.json. Many independent copies agree
 * on every string, but the form itself was not read (its `wordingStatus` says so, in the report and
 * README). The form's title, its difficulty question and its footer have no sourced Spanish wording:
 * they stay in English, marked `lang="en"` (`untranslated`), rather than being translated by anyone
 * here. Ids, values, LOINC codes and scoring are the English definition's (gad-7.ts); the description,
 * time frame and result sentences are the library's own words, in the UI's voice.
 */
import type { InstrumentTranslation } from '../model/translation.js';

const HOW_OFTEN = { '0': 'Ningún día', '1': 'Varios días', '2': 'Más de la mitad de los días', '3': 'Casi todos los días' };

const STEM = 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?';

export const gad7Es: InstrumentTranslation = {
  instrument: 'gad-7',
  language: 'es-US',
  translation: {
    source: 'Pfizer GAD-7, Spanish for USA (the phqscreeners.com translation), as independent copies reproduce it',
    version: 'Spanish for USA',
    wordingStatus:
      'Many independent copies agree word for word on every string shipped; the form itself was not read. The title, the difficulty question and the footer have no sourced Spanish wording and are shown in English.',
    description: 'Estas preguntas tratan sobre la preocupación, los nervios y sentimientos parecidos.',
    timeframe: 'las últimas 2 semanas',
    instructions: STEM,
    sections: { symptoms: { stem: STEM } },
    items: {
      '1': { text: 'Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta', options: HOW_OFTEN },
      '2': { text: 'No ha sido capaz de parar o controlar su preocupación', options: HOW_OFTEN },
      '3': { text: 'Se ha preocupado demasiado por motivos diferentes', options: HOW_OFTEN },
      '4': { text: 'Ha tenido dificultad para relajarse', options: HOW_OFTEN },
      '5': { text: 'Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a)', options: HOW_OFTEN },
      '6': { text: 'Se ha molestado o irritado fácilmente', options: HOW_OFTEN },
      '7': { text: 'Ha tenido miedo de que algo terrible fuera a pasar', options: HOW_OFTEN },
    },
    rules: {
      'above-cutoff': {
        met: 'Tus respuestas indican que la preocupación, los nervios o sentimientos parecidos te han afectado a menudo en las últimas 2 semanas. Es algo frecuente, y tu terapeuta puede hablar contigo sobre el apoyo que puede ayudarte.',
        notMet:
          'Tus respuestas indican que, en conjunto, la preocupación, los nervios y sentimientos parecidos te han afectado con menos frecuencia que el nivel a partir del cual este cuestionario sugiere mirarlo más de cerca. Tu terapeuta puede revisar tus respuestas contigo.',
      },
    },
    untranslated: ['title', 'attribution', 'items.difficulty'],
    writtenBy: { description: 'library', timeframe: 'library', 'rules.above-cutoff': 'library' },
  },
};
