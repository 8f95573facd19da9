import { css } from 'lit';

/**
 * The look of a table in the client's screens (the attachment plot's table of the same numbers, in the
 * full results): with the results' code, not the first screens', which show no table.
 */
export const tableStyles = css`
  table {
    border-collapse: collapse;
    width: 100%;
    margin-bottom: var(--_space);
  }
  th,
  td {
    text-align: start;
    padding: calc(var(--_space) * 0.5);
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
`;
