import { css } from 'lit';

/**
 * What every Attune element's box shares: the spacing and radius tokens, text that inherits the page's
 * font, and border-box sizing. Each element adds its own widest size (`--attune-max-width`).
 */
export const hostStyles = css`
  :host {
    --_radius: var(--attune-radius, 0.5rem);
    --_space: var(--attune-space, 1rem);

    display: block;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--attune-font-family, inherit);
    font-size: var(--attune-font-size, 1rem);
    line-height: var(--attune-line-height, 1.5);
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h2,
  h3 {
    font-family: var(--attune-heading-font-family, inherit);
  }
`;
