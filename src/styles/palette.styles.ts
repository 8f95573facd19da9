import { css } from 'lit';

/**
 * The colour palette of every element, light and dark. Each colour is read from its `--attune-*` token
 * into a private `--_*` variable the rest of the styles use; the value after the comma is the default
 * when the page sets no token.
 *
 * Dark defaults apply when the client's system prefers dark (`prefers-color-scheme`), unless the
 * practice sets `color-scheme="light"` on the element; `color-scheme="dark"` forces them. A token the
 * practice sets always wins, in both schemes (to vary one by scheme, set it inside the practice's own
 * `@media (prefers-color-scheme: dark)`, or as `light-dark(…, …)`, which follows the element's scheme).
 * `color-scheme` itself is set too, so native radios, progress bars and scrollbars match.
 *
 * Every dark pair is AA: text at least 4.5:1 on each surface it sits on, borders and focus at least 3:1.
 */
const light = css`
  color-scheme: light;
  --_text: var(--attune-color-text, #1f2933);
  --_muted: var(--attune-color-text-muted, #4a5563);
  --_surface: var(--attune-color-surface, #ffffff);
  --_subtle: var(--attune-color-surface-subtle, #f4f6f8);
  --_border: var(--attune-color-border, #7b8794);
  --_accent: var(--attune-color-accent, #2f5d8a);
  --_on-accent: var(--attune-color-on-accent, #ffffff);
  --_focus: var(--attune-color-focus, #1a4d80);
  --_attention: var(--attune-color-attention, #8a4b08);
  --_attention-bg: var(--attune-color-attention-surface, #fdf6ec);
  --_support-bg: var(--attune-color-support-surface, #eef4f9);
`;

const dark = css`
  color-scheme: dark;
  --_text: var(--attune-color-text, #e4e9ee);
  --_muted: var(--attune-color-text-muted, #b3beca);
  --_surface: var(--attune-color-surface, #161b22);
  --_subtle: var(--attune-color-surface-subtle, #212a34);
  --_border: var(--attune-color-border, #8593a3);
  --_accent: var(--attune-color-accent, #8dbdeb);
  --_on-accent: var(--attune-color-on-accent, #0e1621);
  --_focus: var(--attune-color-focus, #b7d7f7);
  --_attention: var(--attune-color-attention, #f2b66d);
  --_attention-bg: var(--attune-color-attention-surface, #2d2214);
  --_support-bg: var(--attune-color-support-surface, #172a3c);
`;

export const paletteStyles = css`
  :host {
    ${light}
  }
  :host([color-scheme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([color-scheme='light'])) {
      ${dark}
    }
  }
  /* paper is white: print in the light palette whatever the screen shows */
  @media print {
    :host,
    :host([color-scheme]) {
      ${light}
    }
  }
`;
