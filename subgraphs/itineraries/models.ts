import type { LocalizedText } from '../../core/locale';
import type { CampaignReference } from '../../core/models';
import type { Money } from '../../core/money';
import type { PackagePriceRow } from './schema';

export interface PriceLineModel {
  kind: PackagePriceRow['kind'];
  label: LocalizedText;
  amount: Money;
}

/** A campaign as the gateway brings it here: the stats' organisation, or the ids of the packages it links. */
export type CampaignModel = CampaignReference & { packageIds?: string[] };

/** A promotion event as the gateway brings it here: the ids of the packages it presents (@requires). */
export interface PromotionEventModel {
  id: string;
  packageIds?: string[];
  itineraryPackageId?: string | null;
}
