import { or, type SQL } from 'drizzle-orm';
import type { Viewer } from './auth';
import { allowed, reachOf, type Action, type Scope } from './policy';

/**
 * Who may see an entity, written once per entity and applied on every way in: root fields by id or slug, lists and
 * their counts, `__resolveReference` (so other subgraphs' references and peers' checks obey it) and nested fields.
 * A hidden entity behaves exactly as a missing one: null where the schema allows it, dropped from lists, not counted.
 *
 * The shape is shared here because every hidden state in this product is the same: a row is public once it is
 * published (or approved), and before that (or after it is withdrawn) only the staff whose permission (core/policy.ts)
 * reaches its owner see it: those who manage that owner, platform admins everyone's. Each subgraph declares its own entities' rules next to its tables
 * (`subgraphs/<name>/visibility.ts`), since no subgraph reads another's rows.
 *
 * Entities with a hidden state: packages (DRAFT, CLOSED) and campaigns (DRAFT). Providers, procedures, slots (a closed
 * slot is public and says so in `closedAt`) and promotion events have none. Appointments and inquiries are not public
 * entities: their personal fields are guarded field by field (requirePermission), which is authorisation, not visibility.
 */
export interface Visibility<Row> {
  /** Whether this viewer may see this row. */
  canSee(viewer: Viewer, row: Row): boolean;
  /** The same rule as a condition on the row's table, for lists and their counts; undefined when nothing is hidden. */
  where(viewer: Viewer): SQL | undefined;
}

export interface OwnedVisibilityRule<Row, Kind extends keyof Scope> {
  /** Published, approved: what everybody sees. */
  isPublic(row: Row): boolean;
  publicWhere: () => SQL;
  /** The permission that shows the rows that are not public. */
  action: Action;
  /** What kind of owner rows have (a region, an organisation …), and the one this row belongs to. */
  owner: Kind;
  ownerOf(row: Row): NonNullable<Scope[Kind]>;
  ownerWhere: (owner: NonNullable<Scope[Kind]>) => SQL;
}

/** Public rows, plus every row of the owners the viewer's permission reaches; platform admins see all. */
export function ownedVisibility<Row, Kind extends keyof Scope>(rule: OwnedVisibilityRule<Row, Kind>): Visibility<Row> {
  return {
    canSee(viewer, row) {
      if (rule.isPublic(row)) return true;
      const scope: Scope = { [rule.owner]: rule.ownerOf(row) };
      return allowed(viewer, rule.action, scope);
    },
    where(viewer) {
      const seen = reachOf(viewer, rule.action, rule.owner);
      if ('all' in seen) return undefined;
      return 'only' in seen ? (or(rule.publicWhere(), rule.ownerWhere(seen.only)) as SQL) : rule.publicWhere();
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
