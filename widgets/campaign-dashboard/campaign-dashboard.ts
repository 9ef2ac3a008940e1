import { defineOnce } from '../shared/define';
import { MtCampaignDashboard } from './campaign-dashboard.component';

defineOnce('mt-campaign-dashboard', MtCampaignDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'mt-campaign-dashboard': MtCampaignDashboard;
  }
}
