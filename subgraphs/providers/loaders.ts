import { ne } from 'drizzle-orm';
import { conversionCounts } from '../../core/attribution';
import { groupLoader, groupLoaderWithArgs, rowLoader } from '../../core/loaders';
import { calendarFeedsOf } from './calendar-feeds';
import * as data from './data';
import type { ProvidersDb, AvailabilityQuery, SlotRange } from './data';
import { appointments } from './schema';

/** Per-request batching: every lookup by id, and every list under a provider, is one statement per request. */
export function createProviderLoaders(db: ProvidersDb, { now }: { now: Date }) {
  return {
    providerById: rowLoader(
      (ids) => data.providersByIds(db, ids),
      (row) => row.id,
    ),
    procedureById: rowLoader(
      (ids) => data.proceduresByIds(db, ids),
      (row) => row.id,
    ),
    slotById: rowLoader(
      (ids) => data.slotsByIds(db, ids),
      (row) => row.id,
    ),
    designationsByProvider: groupLoader(
      (ids) => data.designationsOf(db, ids),
      (row) => row.providerId,
    ),
    coordinatorsByProvider: groupLoader(
      (ids) => data.coordinatorsOf(db, ids),
      (row) => row.providerId,
    ),
    proceduresByProvider: groupLoader(
      (ids) => data.proceduresOf(db, ids),
      (row) => row.providerId,
    ),
    /** Bookings not cancelled, per campaign tracking code. */
    conversionsByCampaign: groupLoader(
      (codes) => conversionCounts(db, appointments, appointments, codes, ne(appointments.status, 'CANCELLED')),
      (row) => row.code,
    ),
    /** Appointments holding places, per slot: the staff's "who booked". */
    bookingsBySlot: groupLoader(
      (ids) => data.bookingsOfSlots(db, ids),
      (row) => row.slotId,
    ),
    calendarFeedsByProvider: groupLoader(
      (ids) => calendarFeedsOf(db, ids),
      (row) => row.providerId,
    ),
    slotsByProvider: groupLoaderWithArgs<SlotRange, Awaited<ReturnType<typeof data.slotsOfProviders>>[number]>(
      (ids, range) => data.slotsOfProviders(db, ids, range),
      (row) => row.providerId,
    ),
    openSlotsByProvider: groupLoaderWithArgs<AvailabilityQuery, Awaited<ReturnType<typeof data.openSlotsOf>>[number]>(
      (ids, query) => data.openSlotsOf(db, ids, query, now),
      (row) => row.providerId,
    ),
  };
}

export type ProviderLoaders = ReturnType<typeof createProviderLoaders>;
