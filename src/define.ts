/**
 * Registers the elements a client meets: `<attune-screener>` and `<attune-battery>`. The script-tag
 * bundle (`dist/attune.iife.js`) is built from this file; ES module users import
 * `attune-screeners/define` once. The clinician's `<attune-report>` registers from `define-report.ts`
 * (its own script, `dist/attune-report.iife.js`). Everything else is exported from `attune-screeners`
 * (elements and scoring) and `attune-screeners/core` (scoring only, no DOM).
 */
import { AttuneScreener } from './elements/attune-screener/attune-screener.js';
import { AttuneBattery } from './elements/attune-battery/attune-battery.js';

export { AttuneScreener, AttuneBattery };

// A page may load the library twice (script tag and a module); defining a tag twice would throw.
if (!customElements.get('attune-screener')) customElements.define('attune-screener', AttuneScreener);
// <attune-battery> runs an <attune-screener> per instrument, so it is registered after it
if (!customElements.get('attune-battery')) customElements.define('attune-battery', AttuneBattery);
