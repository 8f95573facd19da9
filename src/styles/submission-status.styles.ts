import { css } from 'lit';

/**
 * The calm line saying whether the answers reached `submit-url` (shared by <attune-screener>, which
 * adds it with its finish screens, and <attune-battery>). Uses the private `--_*` variables the
 * element's own styles define from the `--attune-*` tokens.
 */
export const submissionStatusStyles = css`
  .submission-status {
    border-inline-start: 4px solid var(--_accent);
    padding: calc(var(--_space) * 0.5) var(--_space);
    margin-block: var(--_space);
    background: var(--_subtle);
    border-radius: var(--_radius);
  }
  .submission-status[data-state='retrying'],
  .submission-status[data-state='rejected'],
  .submission-status[data-state='stopped'],
  .submission-status[data-state='unsealed'] {
    border-inline-start-color: var(--_attention);
    background: var(--_attention-bg);
  }
  @media (forced-colors: active) {
    .submission-status {
      border: 1px solid CanvasText;
      border-inline-start-width: 4px;
    }
  }
`;
