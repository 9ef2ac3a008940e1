import { css } from 'lit';

/**
 * The look of the fields made by contact-form.ts, with their errors and the message shown once sent. Comes
 * before a widget's own styles, so a widget can add to the form or confirmation box without out-ranking these.
 */
export const formStyles = css`
  form {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16em), 1fr));
    /* Rows are spaced by each field's reserved message line. */
    gap: 0.25em 1em;
  }
  .consent,
  .form-message,
  form > .status {
    grid-column: 1 / -1;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.3em;
    min-width: 0;
  }
  label {
    font-weight: 600;
  }
  input,
  select,
  textarea {
    width: 100%;
    min-height: 2.75em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--mt-color-border, #6b7280);
    border-radius: var(--mt-radius, 0.5em);
    background: var(--mt-color-surface, #ffffff);
    color: var(--mt-color-text, #1d2433);
    font: inherit;
  }
  textarea {
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--mt-color-error, #a4161a);
    border-width: 2px;
  }
  .hint {
    font-size: 0.875em;
    color: var(--mt-color-muted-text, #4a5568);
  }
  .field-error {
    font-size: 0.875em;
    line-height: 1.5;
    min-height: 1.5em;
    color: var(--mt-color-error, #a4161a);
  }
  /* After .field: the consent row is both, and lays its checkbox beside the label rather than above it. */
  .consent {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: start;
    column-gap: 0.6em;
  }
  .consent input {
    width: 1.25em;
    height: 1.25em;
    min-height: 0;
    margin: 0.15em 0 0;
    padding: 0;
    accent-color: var(--mt-color-accent, #0b5cad);
  }
  .consent label {
    font-weight: 400;
  }
  .consent .field-error {
    grid-column: 2;
  }
  .form-message {
    margin: 0;
    padding: 0.6em 0.8em;
    border-radius: var(--mt-radius, 0.5em);
    background: var(--mt-color-error-surface, #fdecec);
    color: var(--mt-color-error, #a4161a);
  }
  .confirmation {
    padding: 1em;
    border-radius: var(--mt-radius, 0.5em);
    background: var(--mt-color-success-surface, #e8f5ec);
    color: var(--mt-color-success, #155724);
  }
  .confirmation p {
    margin: 0;
  }
  .confirmation:focus-visible {
    outline: 3px solid var(--mt-color-focus, #f5a623);
    outline-offset: 2px;
  }
`;
