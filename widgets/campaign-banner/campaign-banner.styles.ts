import { css } from 'lit';

export const bannerStyles = css`
  .banner {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    overflow: hidden;
    border-radius: var(--mt-radius, 0.5em);
    background: var(--mt-banner-surface, #10213a);
    color: var(--mt-banner-text, #ffffff);
  }
  .banner img {
    width: 100%;
    height: 100%;
    min-height: 10em;
    object-fit: cover;
    display: block;
  }
  .copy {
    padding: 1.25em 1.5em;
    display: flex;
    flex-direction: column;
    gap: 0.6em;
  }
  .label {
    font-size: 0.75em;
    letter-spacing: 0.08em;
    text-transform: uppercase;
    opacity: 0.85;
  }
  h2 {
    margin: 0;
    font-size: 1.4em;
    line-height: 1.25;
    color: inherit;
  }
  p {
    margin: 0;
    color: inherit;
  }
  .cta {
    align-self: flex-start;
    background: var(--mt-banner-cta, #b0124f);
    border-color: var(--mt-banner-cta, #b0124f);
    color: var(--mt-banner-cta-text, #ffffff);
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.44em 1.11em;
    font-size: 0.9em;
  }
  ul a {
    color: var(--mt-banner-link, #cfe3ff);
  }
  @media (max-width: 36em) {
    .banner {
      grid-template-columns: 1fr;
    }
  }
`;
