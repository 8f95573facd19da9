/**
 * The PHQ-9 in Spanish: the Pfizer "Spanish for USA" form, word for word from
 * ../shared/instruments/phq9.es.json (stem, response options, items 1-9, the difficulty question and its
 * options, the title and the form's footer). Ids, values, LOINC codes, scoring and the item 9 safety
 * rule are the English definition's (phq-9.ts): this module changes words only, and
 * tests/unit/translation-fidelity.test.ts holds every string to the reference and the whole to the
 * English definition. The description, time frame and result sentences are the library's own words
 * (as they are in English), in the UI's voice.
 */
import type { InstrumentTranslation } from '../model/translation.js';

const HOW_OFTEN = { '0': 'Ningún día', '1': 'Varios días', '2': 'Más de la mitad de los días', '3': 'Casi todos los días' };

const STEM = 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?';

export const phq9Es: InstrumentTranslation = {
  instrument: 'phq-9',
  language: 'es-US',
  translation: {
    source: 'Pfizer PHQ-9, Spanish for USA (the phqscreeners.com translation), as printed on the Spanish form',
    version: 'Spanish for USA',
    wordingStatus: 'Every string read on a copy of the printed Spanish form and compared with other copies (most strings in several); the title was seen on one copy only.',
    title: 'CUESTIONARIO SOBRE LA SALUD DEL PACIENTE - 9 (PHQ-9)',
    description: 'Estas preguntas tratan sobre tu estado de ánimo y sobre problemas que suelen acompañarlo, como el sueño, la energía y la concentración.',
    timeframe: 'las últimas 2 semanas',
    instructions: STEM,
    attribution:
      'Elaborado por los doctores Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke y colegas, mediante una subvención educativa otorgada por Pfizer Inc. No se requiere permiso para reproducir, traducir, presentar o distribuir.',
    sections: { symptoms: { stem: STEM } },
    items: {
      '1': { text: 'Poco interés o placer en hacer cosas', options: HOW_OFTEN },
      '2': { text: 'Se ha sentido decaído(a), deprimido(a) o sin esperanzas', options: HOW_OFTEN },
      '3': { text: 'Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado', options: HOW_OFTEN },
      '4': { text: 'Se ha sentido cansado(a) o con poca energía', options: HOW_OFTEN },
      '5': { text: 'Sin apetito o ha comido en exceso', options: HOW_OFTEN },
      '6': { text: 'Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia', options: HOW_OFTEN },
      '7': { text: 'Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión', options: HOW_OFTEN },
      '8': {
        text: '¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal',
        options: HOW_OFTEN,
      },
      '9': { text: 'Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera', options: HOW_OFTEN },
      difficulty: {
        text: 'Si marcó cualquiera de los problemas, ¿qué tanta dificultad le han dado estos problemas para hacer su trabajo, encargarse de las tareas del hogar, o llevarse bien con otras personas?',
        options: { '0': 'No ha sido difícil', '1': 'Un poco difícil', '2': 'Muy difícil', '3': 'Extremadamente difícil' },
      },
    },
    rules: {
      'above-cutoff': {
        met: 'Tus respuestas indican que los problemas de los que trata este cuestionario te han afectado a menudo en las últimas 2 semanas. Es algo frecuente, y tu terapeuta puede hablar contigo sobre el apoyo que puede ayudarte.',
        notMet:
          'Tus respuestas indican que, en conjunto, los problemas de los que trata este cuestionario te han afectado con menos frecuencia que el nivel a partir del cual este cuestionario sugiere mirarlos más de cerca. Tu terapeuta puede revisar tus respuestas contigo.',
      },
    },
    writtenBy: { description: 'library', timeframe: 'library', 'rules.above-cutoff': 'library' },
  },
};
