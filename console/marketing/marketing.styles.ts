import { css } from 'lit';

/** The marketing section's own layout on top of consoleStyles: panels, the month grid, the editor beside its preview. */
export const sectionStyles = css`
  .panel {
    margin: 1rem 0;
    padding: 1rem 1.25rem;
    border: 1px solid var(--_line);
    border-radius: 8px;
  }
  .placeholder {
    min-height: 12rem;
    margin: 0;
    padding: 1rem;
    color: var(--_muted);
  }
  .calendar-placeholder {
    min-height: 34rem;
  }
  .two-columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    column-gap: 1rem;
  }
  button.link {
    min-height: 44px;
    padding: 0.25rem 0;
    border: none;
    background: none;
    color: var(--_accent);
    text-align: start;
    text-decoration: underline;
  }
  .status {
    display: inline-block;
    padding: 0.1rem 0.6rem;
    border-radius: 999px;
    background: #f3f4f6;
    font-weight: 600;
  }
  .status-active {
    background: #dcfce7;
    color: #14532d;
  }
  .status-scheduled {
    background: #dbeafe;
    color: #1e3a8a;
  }
  .status-paused {
    background: #fef3c7;
    color: #78350f;
  }
  .status-ended {
    background: #e5e7eb;
    color: #374151;
  }
  .creative-layout {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr));
    gap: 1.5rem;
    align-items: start;
  }
  .preview h4 {
    margin-top: 0;
  }
  .calendar-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .calendar-head h3 {
    margin: 0 0.5rem;
    min-width: 10rem;
    text-align: center;
  }
  table.month {
    table-layout: fixed;
  }
  table.month th {
    text-align: center;
  }
  table.month td {
    height: 5.5rem;
    padding: 0.25rem;
    border: 1px solid var(--_line);
    cursor: pointer;
    overflow: hidden;
  }
  table.month td.outside {
    color: var(--_muted);
    background: #f9fafb;
  }
  table.month td[aria-selected='true'] {
    box-shadow: inset 0 0 0 3px var(--_accent);
  }
  table.month td.today .day-number {
    display: inline-block;
    min-width: 1.75rem;
    border-radius: 999px;
    background: var(--_accent);
    color: #fff;
    text-align: center;
  }
  .day-events {
    margin: 0.25rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.75rem;
  }
  .day-events li {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    border-inline-start: 3px solid var(--_accent);
    padding-inline-start: 0.25rem;
    margin-bottom: 0.125rem;
  }
  .event-list {
    padding-inline-start: 1.25rem;
  }
  .event-list li {
    margin-bottom: 0.5rem;
  }
  .event-list .muted {
    display: block;
  }
`;
