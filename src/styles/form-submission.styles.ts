import { css } from 'lit';

/**
 * Styles of what form association and submission add to an element (shared by <attune-screener>
 * and <attune-battery>). Uses the private `--_*` variables the element's own styles define from
 * the `--attune-*` tokens.
 */
export const formSubmissionStyles = css`
  /* wraps the whole widget while disabled, so every input and button is natively disabled */
  fieldset.form-disabled {
    display: contents;
  }
  fieldset.form-disabled:disabled > * {
    opacity: 0.7;
  }
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
