/**
 * What the script tag (`dist/attune.iife.js`, src/script-tag.ts) runs once it has hinted the page's
 * files: registers `<attune-screener>` (once the wording of the page's screeners has arrived, see
 * page-wording.ts) and `<attune-battery>` only on a page that has one, so a page with a single
 * screener never downloads the battery's code. ES module users import `attune-screeners/define`
 * instead, which registers both at once (and is the way for a page whose battery is only ever inside
 * another element's shadow root, which is not seen here).
 */
import { AttuneScreener } from './elements/attune-screener/attune-screener.js';
import { defineOnDemand } from './elements/internal/define-on-demand.js';
import { pageWording } from './elements/internal/page-wording.js';
import { filesBesideScriptAt } from './elements/internal/missing-file.js';
import { scriptFolder } from './elements/internal/page-hints.js';

filesBesideScriptAt(scriptFolder);

// registered once the page's wording is here (it was hinted with this file), so the first render shows the introduction
void pageWording().then(() => {
  // A page may load the library twice (script tag and a module); defining a tag twice would throw.
  if (!customElements.get('attune-screener')) customElements.define('attune-screener', AttuneScreener);
  // <attune-battery> runs an <attune-screener> per instrument, so it is registered after it
  defineOnDemand('attune-battery', 'client/attune-battery.js', () => import('./elements/attune-battery/attune-battery.js').then((m) => m.AttuneBattery));
});
