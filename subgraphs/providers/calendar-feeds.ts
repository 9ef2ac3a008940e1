import { createHash, randomBytes } from 'node:crypto';
import { MAX_CALENDAR_FEEDS_LISTED } from '../../core/list-caps';
import { and, asc, desc, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import { createEvents, type EventAttributes } from 'ics';
import { z } from 'zod';
import { recordAudit } from '../../core/audit';
import type { Staff } from '../../core/auth';
import { localize } from '../../core/locale';
import { calendarSequence, calendarUid, eventStatus } from './calendar';
import type { ProvidersDb } from './data';
import { STAFF_CATALOGUES } from './messages/staff';
import {
  appointments,
  auditTrail,
  calendarFeeds,
  procedures,
  providers,
  slots,
  type CalendarFeedRow,
  type ProviderRow,
} from './schema';

const DAY_MS = 86_400_000;
/** What a feed shows: the last month (what just happened) and the coming year (what slots may be offered for). */
const FEED_PAST_DAYS = 30;
const FEED_FUTURE_DAYS = 366;
/** A feed is a calendar, not an export: the earliest this many appointments of its window. */
const MAX_FEED_EVENTS = 5_000;
/** The secret in the address: 32 random bytes, base64url, as createCalendarFeed writes it (43 characters). */
const SECRET = /^[A-Za-z0-9_-]{43}$/;
/** The path the gateway serves feeds at (gateway/calendar-feed.ts): `/calendar/<secret>.ics`. */
const CALENDAR_FEED_PATH = '/calendar/';

export const feedLabelSchema = z
  .string()
  .trim()
  .min(1, 'give the feed a name, e.g. whose calendar it is for')
  .max(100, 'must be at most 100 characters');

/** What is stored of a secret: its SHA-256, so the database alone opens no feed. */
function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

export function calendarFeedUrl(publicUrl: string, secret: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${CALENDAR_FEED_PATH}${secret}.ics`;
}

/** Issues a new feed: the secret leaves this function once, in the answer, and is never stored or recorded. */
export async function createCalendarFeed(
  db: ProvidersDb,
  staff: Staff,
  provider: ProviderRow,
  label: string,
): Promise<{ feed: CalendarFeedRow; secret: string }> {
  const secret = randomBytes(32).toString('base64url');
  const feed = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(calendarFeeds)
      .values({ providerId: provider.id, label, secretHash: secretHash(secret), createdBy: staff.id })
      .returning();
    if (!created) throw new Error('calendar feed was not stored');
    await recordAudit(tx, auditTrail, staff, {
      action: 'calendar-feed.create',
      entityType: 'CalendarFeed',
      entityId: created.id,
      owner: { provider: provider.slug },
      before: null,
      after: { label: created.label },
    });
    return created;
  });
  return { feed, secret };
}

export async function calendarFeedById(db: ProvidersDb, id: string): Promise<CalendarFeedRow | null> {
  const [row] = await db.select().from(calendarFeeds).where(eq(calendarFeeds.id, id));
  return row ?? null;
}

/** Revokes a feed once; revoking again answers it as it is and records nothing. */
export function revokeCalendarFeed(
  db: ProvidersDb,
  staff: Staff,
  provider: ProviderRow,
  feed: CalendarFeedRow,
  now: Date,
): Promise<CalendarFeedRow> {
  return db.transaction(async (tx) => {
    const [revoked] = await tx
      .update(calendarFeeds)
      .set({ revokedAt: now })
      .where(and(eq(calendarFeeds.id, feed.id), isNull(calendarFeeds.revokedAt)))
      .returning();
    if (!revoked) return (await calendarFeedById(tx, feed.id)) ?? feed;
    await recordAudit(tx, auditTrail, staff, {
      action: 'calendar-feed.revoke',
      entityType: 'CalendarFeed',
      entityId: feed.id,
      owner: { provider: provider.slug },
      before: { label: feed.label, revokedAt: null },
      after: { label: revoked.label, revokedAt: revoked.revokedAt },
    });
    return revoked;
  });
}

/** The newest feeds of each provider, revoked ones included, in one statement for the batch. */
export function calendarFeedsOf(db: ProvidersDb, providerIds: readonly string[]) {
  const ranked = db
    .select({
      id: calendarFeeds.id,
      rank: sql<number>`row_number() over (partition by ${calendarFeeds.providerId} order by ${calendarFeeds.createdAt} desc, ${calendarFeeds.id} desc)`.as(
        'rank',
      ),
    })
    .from(calendarFeeds)
    .where(inArray(calendarFeeds.providerId, [...providerIds]))
    .as('ranked');
  return db
    .select({ feed: calendarFeeds })
    .from(calendarFeeds)
    .innerJoin(ranked, eq(ranked.id, calendarFeeds.id))
    .where(lte(ranked.rank, MAX_CALENDAR_FEEDS_LISTED))
    .orderBy(desc(calendarFeeds.createdAt), desc(calendarFeeds.id))
    .then((rows) => rows.map((row) => row.feed));
}

/**
 * The calendar a feed's address opens, or null when the secret opens none (unknown, malformed or revoked); the
 * fetch is recorded. Every requested or confirmed appointment of the provider from a month ago to a year ahead,
 * one VEVENT each with the UID and SEQUENCE the patient's own invitations carry, in UTC, summarised in the staff's
 * language as "treatment · reference · party". No patient's name, address or number: the address is a bearer secret
 * that ends up in third-party calendar apps; the console shows who booked.
 */
export async function readCalendarFeed(db: ProvidersDb, secret: string, now: Date): Promise<string | null> {
  if (!SECRET.test(secret)) return null;
  const [opened] = await db
    .update(calendarFeeds)
    .set({ lastFetchedAt: now })
    .where(and(eq(calendarFeeds.secretHash, secretHash(secret)), isNull(calendarFeeds.revokedAt)))
    .returning({ providerId: calendarFeeds.providerId, label: calendarFeeds.label });
  if (!opened) return null;
  const [provider] = await db.select().from(providers).where(eq(providers.id, opened.providerId));
  if (!provider) return null;
  const rows = await db
    .select({ appointment: appointments, slot: slots, procedure: procedures })
    .from(appointments)
    .innerJoin(slots, eq(slots.id, appointments.slotId))
    .leftJoin(procedures, eq(procedures.id, slots.procedureId))
    .where(
      and(
        eq(slots.providerId, provider.id),
        inArray(appointments.status, ['HELD', 'CONFIRMED']),
        gte(slots.startsAt, new Date(now.getTime() - FEED_PAST_DAYS * DAY_MS)),
        lte(slots.startsAt, new Date(now.getTime() + FEED_FUTURE_DAYS * DAY_MS)),
      ),
    )
    .orderBy(asc(slots.startsAt), asc(appointments.id))
    .limit(MAX_FEED_EVENTS);
  const locale = provider.staffLocale === 'EN' ? 'EN' : 'KO';
  const text = STAFF_CATALOGUES[locale];
  const events = rows.map(({ appointment, slot, procedure }): EventAttributes => ({
    uid: calendarUid(appointment.id),
    sequence: calendarSequence(appointment),
    start: slot.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: slot.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: [
      procedure ? localize(procedure.name, locale) : text.generalConsultation,
      appointment.reference,
      text.people(appointment.partySize),
    ].join(' · '),
    status: eventStatus(appointment.status),
  }));
  const { error, value } = createEvents(events, {
    productId: '-//Korea Medical Tourism//Appointments feed//EN',
    method: 'PUBLISH',
    calName: `${localize(provider.name, locale)} · ${opened.label}`,
  });
  if (error || !value) throw new Error(`calendar feed of provider ${provider.id}: ${error?.message ?? 'empty'}`);
  return value;
}
