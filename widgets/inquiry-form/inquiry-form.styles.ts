import { css } from 'lit';

export const inquiryStyles = css`
  .root {
    padding: 1rem;
    border: 1px solid var(--mt-color-border, #6b7280);
    border-radius: var(--mt-radius, 0.5rem);
  }
  h2 {
    margin: 0;
    font-size: 1.25rem;
    line-height: 1.3;
    color: inherit;
  }
  .package {
    margin-block: 0.25rem 1rem;
    font-weight: 600;
  }
  form {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: 1rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.3rem;
    min-width: 0;
  }
  .field:has(textarea),
  .consent,
  .form-message,
  form > .status,
  form > button {
    grid-column: 1 / -1;
  }
  label {
    font-weight: 600;
  }
  input,
  select,
  textarea {
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--mt-color-border, #6b7280);
    border-radius: var(--mt-radius, 0.5rem);
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
    font-size: 0.875rem;
    color: var(--mt-color-muted-text, #4a5568);
  }
  .field-error {
    font-size: 0.875rem;
    color: var(--mt-color-error, #a4161a);
  }
  .consent {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: start;
    column-gap: 0.6rem;
  }
  .consent input {
    width: 1.25rem;
    height: 1.25rem;
    min-height: 0;
    margin: 0.15rem 0 0;
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
    padding: 0.6rem 0.8rem;
    border-radius: var(--mt-radius, 0.5rem);
    background: var(--mt-color-error-surface, #fdecec);
    color: var(--mt-color-error, #a4161a);
  }
  form > button {
    justify-self: start;
    min-width: 8rem;
  }
  .confirmation {
    padding: 1rem;
    border-radius: var(--mt-radius, 0.5rem);
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
