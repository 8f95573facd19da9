import { css } from 'lit';

/**
 * Styles of what form association adds to an element (shared by <attune-screener> and
 * <attune-battery>).
 */
export const formSubmissionStyles = css`
  /* wraps the whole widget while disabled, so every input and button is natively disabled */
  fieldset.form-disabled {
    display: contents;
  }
  fieldset.form-disabled:disabled > * {
    opacity: 0.7;
  }
`;
