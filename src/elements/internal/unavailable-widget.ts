/**
 * What a page shows when the code of an element itself did not load from beside the script (the
 * practice copied only part of dist/): the element can never upgrade, so its own problem view cannot
 * run. The same calm message and `attune-error` (code `unavailable`) as every other missing file,
 * built with the DOM alone so the script tag's loader can carry it without Lit. Nothing is styled: a
 * strict CSP forbids inline styles, and plain text in a heading and paragraphs reads well everywhere.
 */
import { en } from '../../i18n/en.js';
import type { AttuneErrorDetail } from '../../events.js';
import { missingFileMessage } from './missing-file.js';

/**
 * Shows the problem in each element named `tag` now in the document, and in each one parsed until the
 * document is loaded; each element reports it once.
 */
export function showUnavailable(tag: string, file: string, consequence: string): void {
  const message = missingFileMessage(file, consequence);
  const show = () => {
    for (const element of document.querySelectorAll(tag)) {
      // an element that already shows something (this message, or a copy of the library that did load) is left alone
      if (element.shadowRoot || customElements.get(tag)) continue;
      const box = part('div', 'problem');
      box.setAttribute('role', 'alert');
      const details = document.createElement('details');
      details.append(text('summary', en.problemDetails), text('p', message));
      box.append(text('h2', en.problemTitle), text('p', en.problemBody), details);
      element.attachShadow({ mode: 'open' }).append(box);
      const detail: AttuneErrorDetail = { code: 'unavailable', message, problems: [] };
      element.dispatchEvent(new CustomEvent('attune-error', { detail, bubbles: true, composed: true }));
    }
  };
  show();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show, { once: true });
}

function part(name: string, partName: string): HTMLElement {
  const element = document.createElement(name);
  element.setAttribute('part', partName);
  return element;
}

function text(name: string, content: string): HTMLElement {
  const element = document.createElement(name);
  element.textContent = content;
  return element;
}
