import { conversionCounts } from '../../core/attribution';
import type { Viewer } from '../../core/auth';
import { groupLoader, rowLoader } from '../../core/loaders';
import * as data from './data';
import type { ItinerariesDb } from './data';
import { inquiries } from './schema';
import { packageVisibility } from './visibility';

export function createItineraryLoaders(db: ItinerariesDb, { viewer }: { viewer: Viewer }) {
  return {
    packageById: rowLoader(
      (ids) => data.packagesByIds(db, ids),
      (row) => row.id,
    ),
    inquiryById: rowLoader(
      (ids) => data.inquiriesByIds(db, ids),
      (row) => row.id,
    ),
    /** Each inquiry's history, oldest first. */
    eventsByInquiry: groupLoader(
      (ids) => data.eventsOf(db, ids),
      (row) => row.inquiryId,
    ),
    pricesByPackage: groupLoader(
      (ids) => data.pricesOf(db, ids),
      (row) => row.packageId,
    ),
    daysByPackage: groupLoader(
      (ids) => data.daysOf(db, ids),
      (row) => row.packageId,
    ),
    stepsByPackage: groupLoader(
      (ids) => data.stepsOf(db, ids),
      (row) => row.packageId,
    ),
    /** Only the packages the viewer may see: the cap counts those alone. */
    packagesByProvider: groupLoader(
      (ids) => data.packagesOfProviders(db, ids, packageVisibility.where(viewer)),
      (row) => row.providerId,
    ),
    /** Inquiries per campaign tracking code. */
    conversionsByCampaign: groupLoader(
      (codes) => conversionCounts(db, inquiries, inquiries, codes),
      (row) => row.code,
    ),
    rateByCurrency: rowLoader(
      (currencies) => data.latestRates(db, currencies),
      (row) => row.currency,
    ),
  };
}

export type ItineraryLoaders = ReturnType<typeof createItineraryLoaders>;
