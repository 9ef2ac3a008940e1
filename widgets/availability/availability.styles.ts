import { css } from 'lit';

export const availabilityStyles = css`
  .root {
    padding: 0.75em;
    border: 1px solid var(--mt-color-border, #6b7280);
    border-radius: var(--mt-radius, 0.5em);
  }
  h2,
  h4 {
    margin: 0;
    line-height: 1.3;
    color: inherit;
  }
  h2 {
    font-size: 1.25em;
  }
  h4 {
    font-size: 1em;
  }
  h2:focus-visible,
  h4:focus-visible,
  .notice:focus-visible {
    outline: 3px solid var(--mt-color-focus, #f5a623);
    outline-offset: 2px;
  }
  .provider {
    margin-block: 0.25em 0.5em;
    font-weight: 600;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em 1.5em;
    margin-block-end: 0.75em;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    font-weight: 600;
    margin-block-end: 0.3em;
  }
  .modes {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .mode-option {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.75em;
    font-weight: 400;
    cursor: pointer;
  }
  .mode-option input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--mt-color-accent, #0b5cad);
  }
  .procedure-filter {
    display: flex;
    flex-direction: column;
    gap: 0.3em;
    min-width: min(100%, 14em);
    flex: 1 1 14em;
  }
  .notice {
    margin-block: 0 1em;
    padding: 0.6em 0.8em;
    border-radius: var(--mt-radius, 0.5em);
    background: var(--mt-color-error-surface, #fdecec);
    color: var(--mt-color-error, #a4161a);
  }
  .calendar[aria-busy='true'] {
    opacity: 0.7;
  }
  form {
    margin-block-start: 1em;
    padding: 1em;
    border-radius: var(--mt-radius, 0.5em);
    border: 2px solid var(--mt-color-accent, #0b5cad);
    background: var(--mt-color-surface, #ffffff);
  }
  form > h4,
  .selected-detail,
  .actions {
    grid-column: 1 / -1;
  }
  .selected-detail {
    margin: -0.56em 0 0;
    color: var(--mt-color-muted-text, #4a5568);
    font-size: 0.9em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  .actions button {
    min-width: 8em;
  }
  .confirmation {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.6em;
  }
  .confirmation .reference {
    font-weight: 700;
  }
  .confirmation button.secondary {
    background: var(--mt-color-surface, #ffffff);
  }
  @media (min-width: 40em) {
    .root {
      padding: 1em 1.25em;
    }
  }
`;
