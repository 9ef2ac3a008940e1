import '../shared/elements';
import { defineOnce } from '../../widgets/shared/define';
import { MtHospitalCalendar } from './calendar.component';
import { MtHospitalFeeds } from './feeds.component';
import { MtConsoleHospital } from './hospital.component';
import { MtHospitalHistory } from './history.component';
import { MtHospitalInbox } from './inbox.component';
import { MtHospitalPattern } from './pattern.component';
import { MtHospitalSettings } from './settings.component';
import { MtHospitalSlot } from './slot.component';

defineOnce('mt-console-hospital', MtConsoleHospital);
defineOnce('mt-hospital-calendar', MtHospitalCalendar);
defineOnce('mt-hospital-pattern', MtHospitalPattern);
defineOnce('mt-hospital-slot', MtHospitalSlot);
defineOnce('mt-hospital-inbox', MtHospitalInbox);
defineOnce('mt-hospital-settings', MtHospitalSettings);
defineOnce('mt-hospital-feeds', MtHospitalFeeds);
defineOnce('mt-hospital-history', MtHospitalHistory);

declare global {
  interface HTMLElementTagNameMap {
    'mt-console-hospital': MtConsoleHospital;
    'mt-hospital-calendar': MtHospitalCalendar;
    'mt-hospital-pattern': MtHospitalPattern;
    'mt-hospital-slot': MtHospitalSlot;
    'mt-hospital-inbox': MtHospitalInbox;
    'mt-hospital-settings': MtHospitalSettings;
    'mt-hospital-feeds': MtHospitalFeeds;
    'mt-hospital-history': MtHospitalHistory;
  }
}
