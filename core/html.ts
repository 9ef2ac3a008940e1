/**
 * Text made safe to place in HTML, in element content and in quoted attribute values alike: the five characters
 * that can end a text or an attribute are replaced by their entities. Used for every value of a message or page
 * the services write as HTML themselves (booking e-mails, the development mailbox).
 */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
