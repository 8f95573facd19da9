/**
 * The script tag (`dist/attune.iife.js`) as a small classic script: it finds where it was loaded from,
 * hints every file the elements on the page will ask for, and imports the elements' ES modules from
 * beside itself, where they share one copy of Lit (so the battery, say, is a file that only a page
 * with a battery loads). Hinting first means an instrument's wording downloads alongside the elements'
 * code rather than after it has run.
 */
import { filesFor, type BesideFiles } from './script-tag-hints.js';
import { showUnavailable } from './unavailable-widget.js';

/** The tags whose attributes name files to hint. */
const TAGS = 'attune-screener, attune-battery';

/**
 * Runs the script tag. `entry` (relative to the script) registers the elements; it must have no
 * static imports of its own (the build checks), so hinting it and the page's files is all there is
 * to fetch before the first question.
 */
export function loadFromScriptTag(entry: string, files: BesideFiles): void {
  // set while a classic script runs, with or without defer or async; a bare import() would resolve
  // against the page instead of this folder
  const script = document.currentScript as HTMLScriptElement | null;
  const base = script?.src || document.baseURI;
  const hinted = new Set<string>();
  const hint = (file: string) => {
    const href = new URL(file, base).href;
    if (hinted.has(href)) return;
    hinted.add(href);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    (document.head ?? document.documentElement).append(link);
  };
  const hintElement = (element: Element) => filesFor(element, files).forEach(hint);

  // the page's own files (its wording, a few KB) asked for before the elements' code (about 20 KB):
  // they arrive first, so the screener, registered once its wording is here, is not held up by them
  document.querySelectorAll(TAGS).forEach(hintElement);
  import(new URL(entry, base).href).catch(() => {
    for (const tag of ['attune-screener', 'attune-battery']) showUnavailable(tag, entry, 'the questionnaire cannot be shown');
  });
  // before the elements (a script in <head>): hint each one as the parser adds it, not at the end
  if (document.readyState === 'loading') {
    const parsing = new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          if (node.matches(TAGS)) hintElement(node);
          node.querySelectorAll(TAGS).forEach(hintElement);
        }
    });
    parsing.observe(document, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', () => parsing.disconnect(), { once: true });
  }
}
