import { css } from 'lit';

export const availabilityStyles = css`
  .root {
    padding: 0.75rem;
    border: 1px solid var(--mt-color-border, #6b7280);
    border-radius: var(--mt-radius, 0.5rem);
  }
  h2,
  h4 {
    margin: 0;
    line-height: 1.3;
    color: inherit;
  }
  h2 {
    font-size: 1.25rem;
  }
  h4 {
    font-size: 1rem;
  }
  h2:focus-visible,
  h4:focus-visible,
  .notice:focus-visible {
    outline: 3px solid var(--mt-color-focus, #f5a623);
    outline-offset: 2px;
  }
  .provider {
    margin-block: 0.25rem 0.5rem;
    font-weight: 600;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem 1.5rem;
    margin-block-end: 0.75rem;
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
    margin-block-end: 0.3rem;
  }
  .modes {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .mode-option {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 2.75rem;
    font-weight: 400;
    cursor: pointer;
  }
  .mode-option input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--mt-color-accent, #0b5cad);
  }
  .procedure-filter {
    display: flex;
    flex-direction: column;
    gap: 0.3rem;
    min-width: min(100%, 14rem);
    flex: 1 1 14rem;
  }
  .notice {
    margin-block: 0 1rem;
    padding: 0.6rem 0.8rem;
    border-radius: var(--mt-radius, 0.5rem);
    background: var(--mt-color-error-surface, #fdecec);
    color: var(--mt-color-error, #a4161a);
  }
  .calendar[aria-busy='true'] {
    opacity: 0.7;
  }
  form {
    margin-block-start: 1rem;
    padding: 1rem;
    border-radius: var(--mt-radius, 0.5rem);
    border: 2px solid var(--mt-color-accent, #0b5cad);
    background: var(--mt-color-surface, #ffffff);
  }
  form > h4,
  .selected-detail,
  .actions {
    grid-column: 1 / -1;
  }
  .selected-detail {
    margin: -0.5rem 0 0;
    color: var(--mt-color-muted-text, #4a5568);
    font-size: 0.9rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  .actions button {
    min-width: 8rem;
  }
  .confirmation {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.6rem;
  }
  .confirmation .reference {
    font-weight: 700;
  }
  .confirmation button.secondary {
    background: var(--mt-color-surface, #ffffff);
  }
  @media (min-width: 40rem) {
    .root {
      padding: 1rem 1.25rem;
    }
  }
`;
