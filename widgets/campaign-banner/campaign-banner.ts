import { defineOnce } from '../shared/define';
import { MtCampaignBanner } from './campaign-banner.component';

defineOnce('mt-campaign-banner', MtCampaignBanner);

declare global {
  interface HTMLElementTagNameMap {
    'mt-campaign-banner': MtCampaignBanner;
  }
}
