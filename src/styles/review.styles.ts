import { css } from 'lit';

/**
 * The "Check your answers" screen: its list, and "Change" as a link-like button. With the review and
 * results screens (finish-screens.ts), not in the first download: no first screen shows them.
 */
export const reviewStyles = css`
  .review-list {
    margin: 0 0 var(--_space);
  }
  .review-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: calc(var(--_space) * 0.25) var(--_space);
    padding: calc(var(--_space) * 0.75) 0;
    border-bottom: 1px solid var(--_border);
  }
  .review-row dt {
    grid-column: 1 / -1;
    font-weight: 600;
  }
  .review-row dd {
    margin: 0;
  }
  .review-change {
    justify-self: end;
  }
  button.link {
    border-color: transparent;
    background: transparent;
    color: var(--_accent);
    text-decoration: underline;
    padding-inline: calc(var(--_space) * 0.5);
  }

  @media (forced-colors: active) {
    button.link {
      border-color: ButtonText;
    }
  }
`;
