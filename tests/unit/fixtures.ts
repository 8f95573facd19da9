// A small, complete custom instrument as a practice might write it: the same shape README documents.
import type { InstrumentDefinition } from '../../src/core.js';

const often = [
  { value: 0, label: 'Never' },
  { value: 1, label: 'Sometimes' },
  { value: 2, label: 'Often' },
];

export function customInstrument(): InstrumentDefinition {
  return {
    id: 'practice-checkin',
    version: '2024.1',
    title: 'Weekly check-in',
    shortTitle: 'Check-in',
    edition: 'Practice form, 2024',
    description: 'Three questions about how your week has been.',
    timeframe: 'the past week',
    minutes: 1,
    citation: 'Example Practice (2024). Weekly check-in.',
    licence: { status: 'free', note: 'Written by the practice for its own clients.' },
    sources: ['Example Practice'],
    items: [
      { id: 'sleep', text: 'I slept badly.', options: often },
      { id: 'calm', text: 'I felt calm.', options: often, reverse: true },
      { id: 'alone', text: 'I felt alone.', options: often },
    ],
    scales: [{ id: 'total', label: 'Total', method: 'sum', items: ['sleep', 'calm', 'alone'] }],
    settings: [{ id: 'cutoff', label: 'Follow-up at', default: 4, min: 3, max: 6 }],
    rules: [{ id: 'follow-up', label: 'Follow up', when: { type: 'scale', scale: 'total', atLeast: { setting: 'cutoff' } } }],
    bands: [
      {
        id: 'level',
        scale: 'total',
        ranges: [
          { from: 0, to: 2, label: 'low' },
          { from: 3, to: 6, label: 'high' },
        ],
      },
    ],
  };
}

const iesIds = Array.from({ length: 22 }, (_, i) => String(i + 1));

/** A text pack as a practice with permission would write it; the words here are the practice's, not the IES-R's. */
export function practiceTextPack(): Record<string, unknown> {
  return {
    instrument: 'ies-r',
    version: '1.0.0',
    permission: 'Test Practice: permission letter on file, 2026',
    timeframe: 'the past week',
    instructions: 'Practice-supplied instructions.',
    items: Object.fromEntries(iesIds.map((id) => [id, `Practice-supplied wording of item ${id}.`])),
    options: { 0: 'Label 0', 1: 'Label 1', 2: 'Label 2', 3: 'Label 3', 4: 'Label 4' },
  };
}

/**
 * A practice's licensed Spanish translation of the PCL-5, as a text pack. The wording is test data
 * (the library ships no Spanish PCL-5: no translation with a stated licence was found), shaped exactly
 * like a real one: every item, every answer label, the instructions and the stem.
 */
export function spanishPcl5Pack(): Record<string, unknown> {
  return {
    instrument: 'pcl-5',
    language: 'es',
    permission: 'Test Practice: licensed Spanish translation, permission on file, 2026',
    title: 'Lista de verificación de prueba',
    instructions: 'Instrucciones de prueba de la práctica.',
    stem: 'Enunciado de prueba:',
    items: Object.fromEntries(Array.from({ length: 20 }, (_, i) => [String(i + 1), `Texto de prueba del ítem ${i + 1}.`])),
    options: { 0: 'Etiqueta 0', 1: 'Etiqueta 1', 2: 'Etiqueta 2', 3: 'Etiqueta 3', 4: 'Etiqueta 4' },
  };
}
