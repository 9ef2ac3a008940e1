import type { AppointmentRow } from './schema';

/** An appointment as resolvers return it; holdSlot's answer also carries the patient's cancellation secret. */
export type AppointmentModel = AppointmentRow & { cancelSecret?: string };
