import { css } from 'lit';

export const availabilityStyles = css`
  .root {
    padding: 0.75rem;
    border: 1px solid var(--mt-color-border, #6b7280);
    border-radius: var(--mt-radius, 0.5rem);
  }
  h2,
  h3,
  h4 {
    margin: 0;
    line-height: 1.3;
    color: inherit;
  }
  h2 {
    font-size: 1.25rem;
  }
  h3 {
    font-size: 1.05rem;
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
    margin-block: 0.25rem 0.75rem;
    font-weight: 600;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75rem 1.5rem;
    margin-block-end: 1rem;
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
  .days,
  .slots {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .days {
    display: flex;
    flex-direction: column;
    gap: 1.25rem;
  }
  .days[aria-busy='true'] {
    opacity: 0.7;
  }
  .day h3 {
    padding-block-end: 0.3rem;
    margin-block-end: 0.5rem;
    border-block-end: 1px solid var(--mt-color-border, #6b7280);
  }
  .slots {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 11rem), 1fr));
    gap: 0.5rem;
  }
  button.slot {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    justify-content: flex-start;
    gap: 0.15rem;
    width: 100%;
    height: 100%;
    padding: 0.5rem 0.75rem;
    text-align: start;
    border: 1px solid var(--mt-color-border, #6b7280);
    background: var(--mt-color-surface, #ffffff);
    color: var(--mt-color-text, #1d2433);
    line-height: 1.3;
  }
  button.slot:hover:not(:disabled) {
    border-color: var(--mt-color-accent, #0b5cad);
  }
  button.slot[aria-pressed='true'] {
    border: 2px solid var(--mt-color-accent, #0b5cad);
    background: var(--mt-color-accent, #0b5cad);
    color: var(--mt-color-on-accent, #ffffff);
  }
  .slot .clock {
    font-size: 1.1rem;
    font-weight: 700;
  }
  .slot .local .clock {
    font-size: 0.95rem;
    font-weight: 600;
  }
  .slot .zone,
  .slot .what,
  .slot .interpreter {
    font-size: 0.85rem;
  }
  .slot .zone,
  .slot .interpreter {
    color: var(--mt-color-muted-text, #4a5568);
  }
  .slot[aria-pressed='true'] .zone,
  .slot[aria-pressed='true'] .interpreter {
    color: inherit;
  }
  .slot .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    margin-block-start: 0.2rem;
  }
  .slot .places {
    font-size: 0.85rem;
    font-weight: 600;
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
