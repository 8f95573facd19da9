/**
 * Registers an element whose code is a file of its own only once the document has one: at once if it
 * is there already, else when one is added (parsed later, or put in by a framework). One only ever
 * inside another element's shadow root is not seen. If the file cannot be loaded, the tag is defined
 * as an element that says so (`unavailableElement`), in each such element now or added later.
 */
import { unavailableElement } from './unavailable-element.js';

export function defineOnDemand(tag: string, file: string, load: () => Promise<CustomElementConstructor>): void {
  if (customElements.get(tag)) return;
  // a copy of the library that did load (a module beside the script tag) may have defined it meanwhile
  const use = (element: CustomElementConstructor) => customElements.get(tag) || customElements.define(tag, element);
  const define = () => load().then(use, () => use(unavailableElement(file, 'the questionnaires cannot be shown')));
  if (document.querySelector(tag)) return void define();
  const has = (node: Node) => node instanceof Element && (node.localName === tag || node.querySelector(tag) !== null);
  const watch = new MutationObserver((records) => {
    if (!records.some((record) => [...record.addedNodes].some(has))) return;
    watch.disconnect();
    void define();
  });
  watch.observe(document, { childList: true, subtree: true });
}
