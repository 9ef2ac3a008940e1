import { css } from 'lit';

export const inquiryStyles = css`
  .root {
    padding: 1em;
    border: 1px solid var(--mt-color-border, #6b7280);
    border-radius: var(--mt-radius, 0.5em);
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
    color: inherit;
  }
  .package {
    margin-block: 0.25em 1em;
    font-weight: 600;
  }
  .field:has(textarea),
  form > button {
    grid-column: 1 / -1;
  }
  form > button {
    justify-self: start;
    min-width: 8em;
  }
`;
