import type { CSSResult } from 'lit';

/**
 * Adds styles to an element's shadow root after it has rendered, for screens whose code (and look)
 * arrives in a file of its own later: appended after the element's own styles, as Lit adopts them
 * (a constructed sheet, which a page's CSP does not block; a `<style>` where a browser cannot adopt
 * one, with Lit's nonce when the page set one).
 */
export function addStyles(root: ShadowRoot, styles: readonly CSSResult[]): void {
  const sheets = styles.map((s) => s.styleSheet);
  if (sheets.every((sheet) => sheet !== undefined)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets.filter((sheet) => !root.adoptedStyleSheets.includes(sheet))];
    return;
  }
  for (const s of styles) {
    const style = document.createElement('style');
    const nonce = (globalThis as { litNonce?: string }).litNonce;
    if (nonce !== undefined) style.setAttribute('nonce', nonce);
    style.textContent = s.cssText;
    root.appendChild(style);
  }
}
