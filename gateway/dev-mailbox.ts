import { readdir, readFile, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import type { Settings } from '../core/config';
import { escapeHtml } from '../core/html';
import type { HttpRoute } from '../core/http';

const PREFIX = '/dev/mailbox';
/**
 * The names the development mailer writes (`<ISO time>-<outbox id>.eml`, core/mail.ts), and nothing else: no
 * separator, no leading dot, so a name can only ever be a file directly inside MAILBOX_DIR.
 */
const FILE_NAME = /^[0-9A-Za-z][0-9A-Za-z:._-]{0,150}\.eml$/;
/** The newest messages the list shows; a long-running development machine keeps every one it wrote. */
const LIST_LIMIT = 200;
/** Header the booking messages carry to say what they announce (subgraphs/providers/messages). */
const KIND_HEADER = 'x-message-kind';
const LINK = /https?:\/\/[^\s<>"']+/g;

/**
 * Nothing here may run or load anything: the messages hold patients' text, so the page gets no scripts, no
 * images, no frames, only its own inline styles; links open without a Referer.
 */
const PAGE_HEADERS = {
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

const STYLE = `body{font-family:system-ui,sans-serif;margin:24px;color:#1f2933}table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:6px 10px;border-bottom:1px solid #d9e2ec;vertical-align:top}
pre{white-space:pre-wrap;background:#f5f7fa;padding:16px;border-radius:6px}a{color:#0b5cad}`;

function send(response: ServerResponse, status: number, contentType: string, body: string | Buffer, extra = {}) {
  response.writeHead(status, {
    ...PAGE_HEADERS,
    'content-type': contentType,
    'content-length': Buffer.byteLength(body),
    ...extra,
  });
  response.end(body);
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>${STYLE}</style></head><body>${body}</body></html>`;
}

const addresses = (field: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(field) ? field : field ? [field] : []).map((entry) => entry.text).join(', ');

function kindOf(mail: ParsedMail): string {
  const kind = mail.headers.get(KIND_HEADER);
  return typeof kind === 'string' ? kind : '';
}

/** The text part escaped, its http(s) links made clickable (each link's text and address escaped too). */
function linkedText(text: string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    html += escapeHtml(text.slice(last, match.index));
    html += `<a href="${escapeHtml(match[0])}" rel="noreferrer noopener">${escapeHtml(match[0])}</a>`;
    last = match.index + match[0].length;
  }
  return html + escapeHtml(text.slice(last));
}

const calendarPart = (mail: ParsedMail) =>
  mail.attachments.find((part) => part.contentType === 'text/calendar' || part.contentType === 'application/ics');

async function listMessages(directory: string, response: ServerResponse) {
  const names = (await readdir(directory).catch(() => [])).filter((name) => FILE_NAME.test(name));
  // A file removed while the page is built is simply left out.
  const dated = await Promise.all(
    names.map(async (name) => ({ name, modified: (await stat(join(directory, name)).catch(() => null))?.mtimeMs })),
  );
  const present = dated.filter((entry): entry is { name: string; modified: number } => entry.modified !== undefined);
  present.sort((a, b) => b.modified - a.modified || b.name.localeCompare(a.name));
  const rows = await Promise.all(
    present.slice(0, LIST_LIMIT).map(async ({ name }) => {
      const mail = await simpleParser(await readFile(join(directory, name)));
      const href = `${PREFIX}/${encodeURIComponent(name)}`;
      return `<tr><td>${escapeHtml(mail.date?.toISOString() ?? '')}</td><td>${escapeHtml(addresses(mail.to))}</td>
<td><a href="${escapeHtml(href)}">${escapeHtml(mail.subject ?? '(no subject)')}</a></td><td>${escapeHtml(kindOf(mail))}</td></tr>`;
    }),
  );
  const table = rows.length
    ? `<table><thead><tr><th>date</th><th>to</th><th>subject</th><th>kind</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
    : '<p>No messages yet. Book a slot on a demo page and the booking messages appear here.</p>';
  send(
    response,
    200,
    'text/html; charset=utf-8',
    page('Development mailbox', `<h1>Development mailbox</h1><p>${escapeHtml(directory)}</p>${table}`),
  );
}

function showMessage(name: string, mail: ParsedMail, response: ServerResponse) {
  const base = `${PREFIX}/${encodeURIComponent(name)}`;
  const headers = [
    ['Date', mail.date?.toISOString() ?? ''],
    ['From', addresses(mail.from)],
    ['To', addresses(mail.to)],
    ['Subject', mail.subject ?? ''],
    ['Message-ID', mail.messageId ?? ''],
    ['Kind', kindOf(mail)],
  ]
    .map(([label, value]) => `<tr><th>${escapeHtml(label ?? '')}</th><td>${escapeHtml(value ?? '')}</td></tr>`)
    .join('');
  const invite = calendarPart(mail) ? `<a href="${escapeHtml(`${base}/invite.ics`)}">invite.ics</a> · ` : '';
  const body =
    `<p><a href="${PREFIX}">← all messages</a></p><h1>${escapeHtml(mail.subject ?? '(no subject)')}</h1>` +
    `<table>${headers}</table><p>${invite}<a href="${escapeHtml(`${base}/raw.eml`)}">raw .eml</a></p>` +
    `<pre>${linkedText(mail.text ?? '')}</pre>`;
  send(response, 200, 'text/html; charset=utf-8', page(mail.subject ?? name, body));
}

/** A path segment decoded; malformed percent-encoding is answered 400 here rather than failing the request. */
function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/**
 * The development mailbox at /dev/mailbox: the messages the development mailer wrote to MAILBOX_DIR, newest
 * first, each with its headers, its text (links clickable), the calendar invitation at `<file>/invite.ics` and the
 * raw message at `<file>/raw.eml`. Development only: in test and production the route does not exist (404).
 */
export function devMailboxRoutes(settings: Settings): HttpRoute[] {
  if (settings.NODE_ENV !== 'development') return [];
  const directory = settings.MAILBOX_DIR;
  return [
    {
      prefix: PREFIX,
      async handle(request, response, url) {
        if (request.method !== 'GET' && request.method !== 'HEAD') return false;
        if (url.pathname === PREFIX || url.pathname === `${PREFIX}/`) {
          await listMessages(directory, response);
          return true;
        }
        if (!url.pathname.startsWith(`${PREFIX}/`)) return false;
        const segments = url.pathname
          .slice(PREFIX.length + 1)
          .split('/')
          .map(decodeSegment);
        const [name, part, ...rest] = segments;
        if (segments.includes(null)) {
          send(response, 400, 'text/plain; charset=utf-8', 'The path has malformed percent-encoding');
          return true;
        }
        if (!name || !FILE_NAME.test(name) || rest.length > 0) return false;
        const raw = await readFile(join(directory, name)).catch(() => null);
        if (!raw) return false;
        if (part === 'raw.eml') {
          send(response, 200, 'text/plain; charset=utf-8', raw);
          return true;
        }
        const mail = await simpleParser(raw);
        if (part === undefined) {
          showMessage(name, mail, response);
          return true;
        }
        const calendar = part === 'invite.ics' ? calendarPart(mail) : undefined;
        if (!calendar) return false;
        send(response, 200, 'text/calendar; charset=utf-8', calendar.content, {
          'content-disposition': 'attachment; filename="invite.ics"',
        });
        return true;
      },
    },
  ];
}
