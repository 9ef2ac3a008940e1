import { ne } from 'drizzle-orm';
import { conversionCounts } from '../../core/attribution';
import { groupLoader, groupLoaderWithArgs, rowLoader } from '../../core/loaders';
import * as data from './data';
import type { ProvidersDb, AvailabilityQuery } from './data';
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
    openSlotsByProvider: groupLoaderWithArgs<AvailabilityQuery, Awaited<ReturnType<typeof data.openSlotsOf>>[number]>(
      (ids, query) => data.openSlotsOf(db, ids, query, now),
      (row) => row.providerId,
    ),
  };
}

export type ProviderLoaders = ReturnType<typeof createProviderLoaders>;
