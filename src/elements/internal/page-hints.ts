/**
 * The script tag's first act: it hints every file the elements on the page will ask for (their
 * instruments' wording first), as each element is parsed, so that those files download while the
 * script's own code is still being run rather than after it has registered the elements. A module of
 * its own, imported first by src/script-tag.ts: an import's code runs in import order, so the hints go
 * out before any of the elements' code is evaluated.
 */
import { besideFiles } from 'attune:beside-files';
import { filesFor, type BesideFiles } from './script-tag-hints.js';

/** The tags whose attributes name files to hint. */
const TAGS = 'attune-screener, attune-battery';

/**
 * Hints, with `<link rel="modulepreload">`, the files (relative to `folder`, the script tag's) of each
 * element now in the document and of each one parsed until the document has loaded.
 */
export function hintPageFiles(folder: string, files: BesideFiles): void {
  const hinted = new Set<string>();
  const hint = (file: string) => {
    const href = new URL(file, folder).href;
    if (hinted.has(href)) return;
    hinted.add(href);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    (document.head ?? document.documentElement).append(link);
  };
  const hintElement = (element: Element) => filesFor(element, files).forEach(hint);

  document.querySelectorAll(TAGS).forEach(hintElement);
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

/**
 * The folder of the script tag and its files: its code runs as if it were dist/client/attune.js
 * (tools/build/script-tag-entry.mjs), one folder below them.
 */
export const scriptFolder = new URL('../', import.meta.url).href;

hintPageFiles(scriptFolder, besideFiles);
