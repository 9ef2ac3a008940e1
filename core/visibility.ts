import { or, type SQL } from 'drizzle-orm';
import type { Staff, Viewer } from './auth';

/**
 * Who may see an entity, written once per entity and applied on every way in: root fields by id or slug, lists and
 * their counts, `__resolveReference` (so other subgraphs' references and peers' checks obey it) and nested fields.
 * A hidden entity behaves exactly as a missing one: null where the schema allows it, dropped from lists, not counted.
 *
 * The shape is shared here because every hidden state in this product is the same: a row is public once it is
 * published (or approved), and before that (or after it is withdrawn) only the staff who manage its owner see it,
 * platform admins everyone's. Each subgraph declares its own entities' rules next to its tables
 * (`subgraphs/<name>/visibility.ts`), since no subgraph reads another's rows.
 *
 * Entities with a hidden state: packages (DRAFT, CLOSED) and campaigns (DRAFT). Providers, procedures, slots (a closed
 * slot is public and says so in `closedAt`) and promotion events have none. Appointments and inquiries are not public
 * entities: their personal fields are guarded field by field (requireStaff), which is authorisation, not visibility.
 */
export interface Visibility<Row> {
  /** Whether this viewer may see this row. */
  canSee(viewer: Viewer, row: Row): boolean;
  /** The same rule as a condition on the row's table, for lists and their counts; undefined when nothing is hidden. */
  where(viewer: Viewer): SQL | undefined;
}

export interface OwnedVisibilityRule<Row, Owner extends string> {
  /** Published, approved: what everybody sees. */
  isPublic(row: Row): boolean;
  publicWhere: () => SQL;
  /** The region, organisation … the row belongs to. */
  ownerOf(row: Row): Owner;
  ownerWhere: (owner: Owner) => SQL;
  /** What a staff member manages (their region, their organisation), or null when their role manages none. */
  managedBy(staff: Staff): Owner | null;
}

/** Public rows, plus every row of what the viewer manages; platform admins see all. */
export function ownedVisibility<Row, Owner extends string>(rule: OwnedVisibilityRule<Row, Owner>): Visibility<Row> {
  const scope = (viewer: Viewer): { all: true } | { owner: Owner | null } => {
    if (viewer.kind !== 'staff') return { owner: null };
    if (viewer.role === 'platform-admin') return { all: true };
    return { owner: rule.managedBy(viewer) };
  };
  return {
    canSee(viewer, row) {
      if (rule.isPublic(row)) return true;
      const seen = scope(viewer);
      return 'all' in seen || (seen.owner !== null && seen.owner === rule.ownerOf(row));
    },
    where(viewer) {
      const seen = scope(viewer);
      if ('all' in seen) return undefined;
      return seen.owner === null ? rule.publicWhere() : (or(rule.publicWhere(), rule.ownerWhere(seen.owner)) as SQL);
    },
  };
}

/** The rows this viewer may see, in the order given, the others (and missing ones) dropped. */
export function visibleOnly<Row>(visibility: Visibility<Row>, viewer: Viewer, rows: readonly (Row | null)[]): Row[] {
  return rows.filter((row): row is Row => row !== null && visibility.canSee(viewer, row));
}

/** The row if this viewer may see it, else null, as if it did not exist. */
export function visibleOrNull<Row>(visibility: Visibility<Row>, viewer: Viewer, row: Row | null): Row | null {
  return row !== null && visibility.canSee(viewer, row) ? row : null;
}
