import type { Staff } from '../../core/auth';

/** Who makes a change, at what time, and the version they read (null: an API client that sends none, last save wins). */
export interface StaffChange {
  staff: Staff;
  expectedVersion: number | null;
  now: Date;
}

/** Ids as Postgres stores and returns them (lowercase), each once: an id given twice, in any case, is linked once. */
export const distinctIds = (ids: string[]) => [...new Set(ids.map((id) => id.toLowerCase()))];
