// What the script tag hints for each element on the page, read from its attributes before the
// element's code has loaded (src/elements/internal/script-tag-hints.ts).
import { describe, expect, it } from 'vitest';
import { filesFor, type BesideFiles } from '../../src/elements/internal/script-tag-hints.js';
import { builtInIds } from '../../src/instruments/registry.js';
import { locales } from '../../src/i18n/locales.js';

const files: BesideFiles = {
  instruments: builtInIds,
  locales: locales.filter((l) => l !== 'en'),
  translations: ['phq-9.es'],
  battery: ['client/attune-battery.js', 'client/results-view.js'],
  paged: ['client/paged-screen.js'],
  saveResume: ['client/save-resume-work.js'],
  submission: ['client/submission-work.js', 'client/snapshot-store.js'],
};

/** An element as the loader sees it: a tag and its attributes. */
function element(localName: string, attributes: Record<string, string>) {
  return { localName, getAttribute: (name: string) => attributes[name] ?? null, hasAttribute: (name: string) => name in attributes };
}

describe('the files an element on the page will load', () => {
  it('a screener: its instrument’s wording', () => {
    expect(filesFor(element('attune-screener', { instrument: 'pcl-5' }), files)).toEqual(['instruments/pcl-5.js']);
  });

  it('a battery: its code, then each instrument it names', () => {
    expect(filesFor(element('attune-battery', { instruments: ' pc-ptsd-5  pcl-5 ' }), files)).toEqual([
      'client/attune-battery.js',
      'client/results-view.js',
      'instruments/pc-ptsd-5.js',
      'instruments/pcl-5.js',
    ]);
  });

  it('in Spanish (any regional tag): the Spanish strings, and the instrument’s Spanish wording where it ships', () => {
    expect(filesFor(element('attune-screener', { instrument: 'phq-9', locale: 'es-MX' }), files)).toEqual(['instruments/phq-9.js', 'instruments/phq-9.es.js', 'i18n/es.js']);
    expect(filesFor(element('attune-screener', { instrument: 'pcl-5', locale: 'ES' }), files)).toEqual(['instruments/pcl-5.js', 'i18n/es.js']);
    expect(filesFor(element('attune-battery', { instruments: 'phq-9 gad-7', locale: 'es' }), files)).toEqual([
      'client/attune-battery.js',
      'client/results-view.js',
      'instruments/phq-9.js',
      'instruments/phq-9.es.js',
      'instruments/gad-7.js',
      'i18n/es.js',
    ]);
  });

  it('a practice’s own definition or text pack: the validator; saving answers: save and resume’s work and the storage work', () => {
    expect(filesFor(element('attune-screener', { src: '/forms/checkin.json' }), files)).toEqual(['attune-validate.js']);
    expect(filesFor(element('attune-screener', { instrument: 'ies-r', 'text-pack-src': '/p.json', persist: 'local' }), files)).toEqual([
      'instruments/ies-r.js',
      'attune-validate.js',
      'attune-persist.js',
      'client/save-resume-work.js',
    ]);
    expect(filesFor(element('attune-screener', { instrument: 'pcl-5', persist: 'session' }), files)).toEqual([
      'instruments/pcl-5.js',
      'attune-persist.js',
      'client/save-resume-work.js',
    ]);
    expect(filesFor(element('attune-battery', { instruments: 'pcl-5', persist: 'local' }), files)).toEqual([
      'client/attune-battery.js',
      'client/results-view.js',
      'instruments/pcl-5.js',
      'attune-persist.js',
      'client/save-resume-work.js',
    ]);
    expect(filesFor(element('attune-screener', { instrument: 'pcl-5', persist: 'none' }), files)).toEqual(['instruments/pcl-5.js']);
  });

  it('paged mode (a screener’s, or a battery’s for each screener it runs): its screen; page mode or no mode: nothing more', () => {
    expect(filesFor(element('attune-screener', { instrument: 'pcl-5', mode: 'paged' }), files)).toEqual(['instruments/pcl-5.js', 'client/paged-screen.js']);
    expect(filesFor(element('attune-battery', { instruments: 'pcl-5', mode: 'paged' }), files)).toEqual([
      'client/attune-battery.js',
      'client/results-view.js',
      'instruments/pcl-5.js',
      'client/paged-screen.js',
    ]);
    expect(filesFor(element('attune-screener', { instrument: 'pcl-5', mode: 'page' }), files)).toEqual(['instruments/pcl-5.js']);
  });

  it('an endpoint (a screener’s or a battery’s submit-url): the work of submitting; none: nothing more', () => {
    expect(filesFor(element('attune-screener', { instrument: 'pcl-5', 'submit-url': '/intake' }), files)).toEqual([
      'instruments/pcl-5.js',
      'client/submission-work.js',
      'client/snapshot-store.js',
    ]);
    expect(filesFor(element('attune-battery', { instruments: 'pcl-5', 'submit-url': '/intake' }), files)).toEqual([
      'client/attune-battery.js',
      'client/results-view.js',
      'instruments/pcl-5.js',
      'client/submission-work.js',
      'client/snapshot-store.js',
    ]);
  });

  it('nothing for what is not shipped: an unknown id or language, no attribute at all', () => {
    expect(filesFor(element('attune-screener', { instrument: 'pcl-6', locale: 'fr' }), files)).toEqual([]);
    expect(filesFor(element('attune-screener', { instrument: 'constructor' }), files)).toEqual([]);
    expect(filesFor(element('attune-screener', {}), files)).toEqual([]);
    expect(filesFor(element('attune-battery', {}), files)).toEqual(['client/attune-battery.js', 'client/results-view.js']);
  });
});
