import { css } from 'lit';

export const bookingStyles = css`
  .root {
    padding: 0.75em;
    border: 1px solid var(--mt-color-border, #6b7280);
    border-radius: var(--mt-radius, 0.5em);
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.3;
    color: inherit;
  }
  h2 {
    font-size: 1.25em;
  }
  h3 {
    font-size: 1.05em;
    margin-block-end: 0.48em;
  }
  h2:focus-visible,
  h3:focus-visible,
  .notice:focus-visible,
  .question:focus-visible {
    outline: 3px solid var(--mt-color-focus, #f5a623);
    outline-offset: 2px;
  }
  .reference {
    margin-block: 0.25em 0.5em;
  }
  .booking-status {
    margin-block: 0 0.75em;
  }
  .booking-status .badge {
    font-size: 0.95em;
    font-weight: 600;
  }
  .decline-reason {
    margin-block: 0 0.75em;
  }
  .notice {
    margin-block: 0 1em;
    padding: 0.6em 0.8em;
    border-radius: var(--mt-radius, 0.5em);
  }
  .notice.success {
    background: var(--mt-color-success-surface, #e8f5ec);
    color: var(--mt-color-success, #155724);
  }
  .notice.problem {
    background: var(--mt-color-error-surface, #fdecec);
    color: var(--mt-color-error, #a4161a);
  }
  .details {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.15em 1em;
    margin: 0 0 0.75em;
  }
  .details dt {
    font-weight: 600;
  }
  .details dd {
    margin: 0 0 0.5em;
    display: flex;
    flex-wrap: wrap;
    gap: 0.15em 0.6em;
    align-items: baseline;
  }
  .details .zone {
    color: var(--mt-color-muted-text, #4b5563);
    font-size: 0.9em;
  }
  .details .moment + .zone {
    flex: 1 1 60%;
  }
  .changeable {
    margin-block: 0 0.5em;
    font-weight: 600;
  }
  .history {
    margin: 0 0 0.75em;
    padding: 0;
    list-style: none;
    color: var(--mt-color-muted-text, #4b5563);
    font-size: 0.9em;
  }
  .actions,
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .confirm {
    margin-block-start: 1em;
    padding: 0.75em;
    border: 1px solid var(--mt-color-border, #6b7280);
    border-radius: var(--mt-radius, 0.5em);
    background: var(--mt-color-muted-surface, #f3f5f9);
  }
  .confirm .question {
    margin-block: 0 0.75em;
    font-weight: 600;
  }
  .confirm .status.error {
    margin-block-end: 0.75em;
  }
  .confirm button.secondary {
    background: var(--mt-color-surface, #ffffff);
  }
  .times {
    margin-block-start: 1em;
  }
  .times > button {
    margin-block-start: 0.75em;
  }
  @media (min-width: 40em) {
    .root {
      padding: 1em 1.25em;
    }
    .details {
      grid-template-columns: max-content minmax(0, 1fr);
    }
  }
`;
