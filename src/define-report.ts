/**
 * Registers `<attune-report>`, the clinician's view of results. Kept out of the client-facing
 * script-tag bundle: a client's phone never needs the clinician report. Its own script-tag bundle
 * (`dist/attune-report.iife.js`) is built from this file; ES module users import
 * `attune-screeners/define-report`.
 */
import { AttuneReport } from './elements/attune-report/attune-report.js';

export { AttuneReport };

// A page may load the library twice (script tag and a module); defining a tag twice would throw.
if (!customElements.get('attune-report')) customElements.define('attune-report', AttuneReport);
