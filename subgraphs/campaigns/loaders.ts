import { groupLoader, rowLoader } from '../../core/loaders';
import * as data from './data';
import { promotionProviderLinksOf } from './promotion-events';
import type { CampaignsDb } from './data';

export function createCampaignLoaders(db: CampaignsDb, now: Date) {
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
    activeCampaignsByPackage: groupLoader(
      (ids) => data.activeCampaignsOfPackages(db, ids, now),
      (row) => row.packageId,
    ),
    trafficByCampaign: groupLoader(
      (ids) => data.trafficOf(db, ids),
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
