import type { Viewer } from '../../core/auth';
import { groupLoader, rowLoader } from '../../core/loaders';
import * as data from './data';
import { promotionProviderLinksOf } from './promotion-events';
import { rejectionsOf } from './stats';
import type { CampaignsDb } from './data';
import { campaignVisibility } from './visibility';

export function createCampaignLoaders(db: CampaignsDb, { now, viewer }: { now: Date; viewer: Viewer }) {
  return {
    promotionEventById: rowLoader(
      (ids) => data.promotionEventsByIds(db, ids),
      (row) => row.id,
    ),
    campaignById: rowLoader(
      (ids) => data.campaignsByIds(db, ids),
      (row) => row.id,
    ),
    creativesByCampaign: groupLoader(
      (ids) => data.creativesOf(db, ids),
      (row) => row.campaignId,
    ),
    packageLinksByCampaign: groupLoader(
      (ids) => data.packageLinksOf(db, ids),
      (row) => row.campaignId,
    ),
    providerLinksByCampaign: groupLoader(
      (ids) => data.providerLinksOf(db, ids),
      (row) => row.campaignId,
    ),
    /** Only the campaigns the viewer may see: the cap counts those alone. */
    activeCampaignsByPackage: groupLoader(
      (ids) => data.activeCampaignsOfPackages(db, ids, now, campaignVisibility.where(viewer)),
      (row) => row.packageId,
    ),
    trafficByCampaign: groupLoader(
      (ids) => data.trafficOf(db, ids),
      (row) => row.campaignId,
    ),
    rejectionsByCampaign: groupLoader(
      (ids) => rejectionsOf(db, ids),
      (row) => row.campaignId,
    ),
    providerLinksByPromotionEvent: groupLoader(
      (ids) => promotionProviderLinksOf(db, ids),
      (row) => row.promotionEventId,
    ),
    packageLinksByPromotionEvent: groupLoader(
      (ids) => data.promotionPackageLinksOf(db, ids),
      (row) => row.promotionEventId,
    ),
  };
}

export type CampaignLoaders = ReturnType<typeof createCampaignLoaders>;
