import { css } from 'lit';

/**
 * What every client element's own screens share (the battery's too): "Leave this page" with its
 * keyboard hint, and the calm note about saving. Logical properties throughout, so the layout mirrors
 * under `dir="rtl"`.
 */
export const clientChromeStyles = css`
  .notice {
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: calc(var(--_space) * 0.75);
  }
  /* stays in view while the client scrolls through the widget (as GOV.UK's Exit this page), on its own
     surface so the questions do not show through it */
  .quick-exit {
    position: sticky;
    top: 0;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    margin-bottom: var(--_space);
    background: var(--_surface);
  }
  /* Shift three times needs a keyboard: the hint shows only where one is likely (a fine pointer that hovers) */
  .exit-hint {
    font-size: 0.875em;
    color: var(--_muted);
  }
  @media not all and (hover: hover) and (pointer: fine) {
    .exit-hint {
      display: none;
    }
  }
`;

/**
 * The screener's support panel (shown on any screen, as soon as a safety item is endorsed). Same tokens as the rest of the widget; the
 * support panel is a calm, distinct surface (never alarm red).
 */
export const clientScreensStyles = css`
  .safety {
    border: 2px solid var(--_accent);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    background: var(--_support-bg);
    padding: var(--_space);
    margin: 0 0 calc(var(--_space) * 1.5);
  }
  .safety :last-child {
    margin-bottom: 0;
  }
  .safety ul {
    margin: 0 0 var(--_space);
    padding-inline-start: 1.25rem;
  }
  .safety li + li {
    margin-top: calc(var(--_space) * 0.5);
  }
  /* every control of the panel is a 44 px target, as the answers are */
  .safety a {
    color: var(--_text);
    font-weight: 600;
    display: inline-flex;
    align-items: center;
    min-height: 44px;
  }

  @media (forced-colors: active) {
    .safety {
      border-color: CanvasText;
    }
  }
`;
