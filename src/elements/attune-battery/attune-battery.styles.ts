import { css } from 'lit';

/** What the battery adds to the screener's shared look (tokens, buttons, progress come from screenerStyles). */
export const batteryStyles = css`
  attune-screener {
    display: block;
  }
  [part~='instrument-list'] {
    padding-inline-start: 1.25rem;
  }
  [part~='instrument-list'] li + li {
    margin-top: calc(var(--_space) * 0.25);
  }
`;
