import { eq } from 'drizzle-orm';
import { escapeHtml } from '../../../core/html';
import { FALLBACKS, localize, type LocaleCode } from '../../../core/locale';
import type { OutgoingMail } from '../../../core/mail';
import { direction, intlTag } from '../../providers/messages/catalogue';
import type { ItinerariesDb } from '../data';
import { inquiries, inquiryEvents, packages, regionContacts, replyOutbox, type ReplyOutboxRow } from '../schema';
import { messages as en, type ReplyCatalogue } from './locales/en';
import { messages as ja } from './locales/ja';
import { messages as ko } from './locales/ko';
import { messages as zh } from './locales/zh';

/** The languages replies are framed in; the others read the first of their fallbacks that is here (core/locale.ts). */
const CATALOGUES: Partial<Record<LocaleCode, ReplyCatalogue>> = { EN: en, KO: ko, ZH: zh, JA: ja };

/** The catalogue a reader of `locale` reads best, and the locale it is in (for lang and dir). */
export function replyCatalogue(locale: LocaleCode): { locale: LocaleCode; text: ReplyCatalogue } {
  for (const candidate of [locale, ...FALLBACKS[locale]]) {
    const text = CATALOGUES[candidate];
    if (text) return { locale: candidate, text };
  }
  return { locale: 'EN', text: en };
}

/** What the worker needs to send one reply: the reply's text, the inquiry's patient, package and region's address. */
async function loadReply(db: ItinerariesDb, row: ReplyOutboxRow) {
  const [loaded] = await db
    .select({
      text: inquiryEvents.text,
      inquiry: {
        reference: inquiries.reference,
        locale: inquiries.locale,
        name: inquiries.contactName,
        email: inquiries.contactEmail,
      },
      packageTitle: packages.title,
      replyTo: regionContacts.replyTo,
    })
    .from(replyOutbox)
    .innerJoin(inquiryEvents, eq(inquiryEvents.id, replyOutbox.eventId))
    .innerJoin(inquiries, eq(inquiries.id, inquiryEvents.inquiryId))
    .innerJoin(packages, eq(packages.id, inquiries.packageId))
    .leftJoin(regionContacts, eq(regionContacts.region, packages.region))
    .where(eq(replyOutbox.id, row.id));
  if (!loaded?.text) throw new Error(`reply ${row.id} has no text`);
  return { ...loaded, text: loaded.text };
}

/** The staff's text as HTML paragraphs: each blank-line-separated block one paragraph, its line breaks kept. */
function paragraphsHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((block) => `<p style="margin:0 0 12px;">${escapeHtml(block).replace(/\r?\n/g, '<br>')}</p>`)
    .join('');
}

/**
 * The e-mail of one reply, composed when it is sent: framed in the patient's language (greeting, the package's
 * title in that language, how to answer), the staff's text as they wrote it, as plain text and escaped in the HTML
 * part. Patients answer to the region's own address when it has one (region_contacts), else to MAIL_FROM. The
 * address stays in the inquiry row; nothing is copied into the outbox.
 */
export async function composeReply(
  db: ItinerariesDb,
  row: ReplyOutboxRow,
  options: { mailFrom: string },
): Promise<OutgoingMail> {
  const reply = await loadReply(db, row);
  const framed = replyCatalogue(reply.inquiry.locale);
  const { text } = framed;
  const title = localize(reply.packageTitle, reply.inquiry.locale);
  const lines = [
    { label: text.package, value: title },
    { label: text.reference, value: reply.inquiry.reference },
  ];
  const plain = [
    text.greeting(reply.inquiry.name),
    text.intro(title),
    reply.text,
    lines.map((line) => `${line.label}: ${line.value}`).join('\n'),
    text.howToAnswer,
    `${text.closing}\n${text.signature}`,
  ].join('\n\n');
  const dir = direction(framed.locale);
  const align = dir === 'rtl' ? 'right' : 'left';
  const cell = `padding:6px 12px;vertical-align:top;text-align:${align};`;
  const rows = lines
    .map(
      (line) =>
        `<tr><th scope="row" style="${cell}font-weight:normal;color:#52606d;">${escapeHtml(line.label)}</th>` +
        `<td style="${cell}">${escapeHtml(line.value)}</td></tr>`,
    )
    .join('');
  const html =
    `<!doctype html><html lang="${escapeHtml(intlTag(framed.locale))}" dir="${dir}"><head><meta charset="utf-8"></head>` +
    `<body style="margin:0;padding:24px;background:#f5f7fa;">` +
    `<div dir="${dir}" style="font-family:Arial,Helvetica,sans-serif;color:#1f2933;max-width:600px;margin:0 auto;` +
    `background:#ffffff;padding:24px;border-radius:8px;text-align:${align};line-height:1.5;">` +
    `<p style="margin:0 0 16px;">${escapeHtml(text.greeting(reply.inquiry.name))}</p>` +
    `<p style="margin:0 0 12px;">${escapeHtml(text.intro(title))}</p>` +
    `<div style="margin:0 0 12px;padding:0 12px;border-${align}:3px solid #0b5cad;">${paragraphsHtml(reply.text)}</div>` +
    `<table style="border-collapse:collapse;margin:16px 0;">${rows}</table>` +
    `<p style="margin:0 0 12px;font-size:13px;color:#52606d;">${escapeHtml(text.howToAnswer)}</p>` +
    `<p style="margin:24px 0 0;">${escapeHtml(text.closing)}<br>${escapeHtml(text.signature)}</p>` +
    `</div></body></html>`;
  return {
    to: reply.inquiry.email,
    subject: text.subject(title, reply.inquiry.reference),
    text: `${plain}\n`,
    html,
    replyTo: reply.replyTo ?? options.mailFrom,
    headers: { 'X-Message-Kind': 'INQUIRY_REPLY' },
  };
}
