import { css } from 'lit';
import { hostStyles } from '../../styles/host.styles.js';
import { paletteStyles } from '../../styles/palette.styles.js';

/**
 * Every colour, size and font comes from an `--attune-*` custom property with a default here (colours,
 * light and dark, in the shared palette), so a practice can restyle the widget from its own
 * stylesheet. Fonts inherit from the host page. Attention is shown in a calm amber, never alarm red.
 */
export const screenerStyles = css`
  ${paletteStyles}
  ${hostStyles}
  :host {
    max-width: var(--attune-max-width, 42rem);
  }
  h2,
  h3 {
    font-size: var(--attune-heading-size, 1.375em);
    line-height: 1.25;
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  h3 {
    font-size: 1.125em;
  }
  p {
    margin: 0 0 var(--_space);
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  .muted {
    color: var(--_muted);
  }

  fieldset {
    border: 0;
    margin: 0 0 calc(var(--_space) * 1.5);
    padding: 0;
    min-width: 0;
  }

  legend {
    padding: 0;
    margin-bottom: calc(var(--_space) * 0.5);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  legend:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 4px;
  }
  .stem {
    font-weight: 600;
    color: var(--_muted);
  }
  .question[data-invalid] {
    border-left: 4px solid var(--_attention);
    padding-left: calc(var(--_space) * 0.75);
  }
  .item-error {
    color: var(--_attention);
    font-weight: 600;
    margin: 0 0 calc(var(--_space) * 0.5);
  }

  .option {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
    min-height: 2.75rem;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  /* the answers sit straight in the fieldset, spaced by margins: block flow lays out a page of them
     in half the time a grid takes */
  .option + .option {
    margin-top: calc(var(--_space) * 0.5);
  }
  .option:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    background: var(--_subtle);
  }
  .option:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  input[type='radio'] {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  input[type='radio']:focus-visible {
    outline: none;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75);
    margin-top: var(--_space);
  }
  button {
    font: inherit;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 1.25);
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  button:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 3px;
  }

  .progress {
    margin-bottom: var(--_space);
    color: var(--_muted);
  }
  progress {
    display: block;
    width: 100%;
    height: 0.5rem;
    accent-color: var(--_accent);
  }

  .error-summary {
    border: 3px solid var(--_attention);
    border-radius: var(--_radius);
    background: var(--_attention-bg);
    padding: var(--_space);
    margin-bottom: calc(var(--_space) * 1.5);
  }
  .error-summary:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 3px;
  }
  .error-summary ul {
    margin: 0;
    padding-left: 1.25rem;
  }
  .error-summary li + li {
    margin-top: calc(var(--_space) * 0.5);
  }
  .error-summary a {
    color: var(--_text);
    font-weight: 600;
  }

  .attribution {
    margin-top: calc(var(--_space) * 1.5);
    font-size: 0.875em;
    color: var(--_muted);
  }
  .problem {
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    .option:has(input:checked) {
      border: 3px solid Highlight;
    }
    .question[data-invalid],
    .error-summary {
      border-color: CanvasText;
    }
    button.primary {
      border-color: ButtonText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
