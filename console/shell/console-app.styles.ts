import { css } from 'lit';

export const consoleAppStyles = css`
  :host {
    min-height: 100vh;
    background: var(--mt-console-page, #f3f4f6);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1.5rem;
    align-items: center;
    justify-content: space-between;
    padding: 0.75rem 1.5rem;
    background: var(--_surface);
    border-bottom: 1px solid var(--_line);
  }
  header h1 {
    font-size: 1.125rem;
    margin: 0;
  }
  .who {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
  }
  .languages {
    display: inline-flex;
    gap: 0;
  }
  .languages button {
    border-radius: 0;
  }
  .languages button:first-of-type {
    border-radius: 6px 0 0 6px;
  }
  .languages button:last-of-type {
    border-radius: 0 6px 6px 0;
  }
  .languages button[aria-pressed='true'] {
    background: var(--_accent);
    color: #fff;
  }
  main {
    max-width: 80rem;
    margin: 0 auto;
    padding: 1.5rem;
  }
  .card {
    max-width: 36rem;
    margin: 4rem auto;
    padding: 2rem;
    background: var(--_surface);
    border: 1px solid var(--_line);
    border-radius: 12px;
  }
  .owner {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    align-items: end;
  }
`;
