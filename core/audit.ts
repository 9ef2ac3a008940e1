import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import { check, index, jsonb, text, timestamp, uuid, type PgSchema } from 'drizzle-orm/pg-core';
import type { Staff } from './auth';
import { olderThan, pageRequest, toConnection, type Connection } from './connection';
import type { Database } from './db';
import { MAX_AUDIT_CHANGES } from './list-caps';
import type { Scope } from './policy';

/**
 * The audit trail of one subgraph: every staff change to what it owns, who made it, when, and the values before
 * and after. Append-only: the migration that creates it adds a trigger refusing UPDATE and DELETE (see
 * APPEND_ONLY_SQL), so not even a bug in this code can rewrite history. Exactly one of provider, region and
 * organisation names the owner, which is what `audit:read` is checked against.
 */
export function auditTrailTable(schema: PgSchema) {
  return schema.table(
    'audit_trail',
    {
      id: uuid('id').primaryKey().defaultRandom(),
      // Milliseconds, as the cursors carry them: entries of the same millisecond are ordered by id on both sides.
      at: timestamp('at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
      /** The staff member's subject at their issuer (the seeded accounts' e-mail address). */
      actorId: text('actor_id').notNull(),
      actorRole: text('actor_role').notNull(),
      /** What was done, `<thing>.<verb>`: `slot.publish`, `package.update`, `campaign.pause` … */
      action: text('action').notNull(),
      entityType: text('entity_type').notNull(),
      entityId: text('entity_id').notNull(),
      provider: text('provider'),
      region: text('region'),
      organisation: text('organisation'),
      /** The thing as it was (null when created) and as it became (null when removed), without personal data. */
      before: jsonb('before').$type<AuditValues>(),
      after: jsonb('after').$type<AuditValues>(),
    },
    (table) => [
      check('audit_trail_one_owner', sql`num_nonnulls(${table.provider}, ${table.region}, ${table.organisation}) = 1`),
      check('audit_trail_action', sql`${table.action} ~ '^[a-z-]+\\.[a-z-]+$'`),
      index('audit_trail_provider_idx').on(table.provider, table.at),
      index('audit_trail_region_idx').on(table.region, table.at),
      index('audit_trail_organisation_idx').on(table.organisation, table.at),
    ],
  );
}

export type AuditTrailTable = ReturnType<typeof auditTrailTable>;
export type AuditValues = Record<string, unknown>;
export type AuditRow = AuditTrailTable['$inferSelect'];

/**
 * The SQL a subgraph's custom migration adds after creating its audit_trail (`drizzle-kit generate --custom`),
 * with `<schema>` replaced by the subgraph's Postgres schema.
 */
export const APPEND_ONLY_SQL = `CREATE FUNCTION "<schema>".audit_trail_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_trail_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "<schema>"."audit_trail"
  FOR EACH STATEMENT EXECUTE FUNCTION "<schema>".audit_trail_append_only();`;

export interface AuditChangeInput {
  action: string;
  entityType: string;
  entityId: string;
  /** The owner the change concerns: exactly one of provider (slug), region, organisation. */
  owner: Required<Pick<Scope, 'provider'>> | Required<Pick<Scope, 'region'>> | Required<Pick<Scope, 'organisation'>>;
  before: AuditValues | null;
  after: AuditValues | null;
}

/** The row of one entry by `staff`. Dates become ISO strings as jsonb stores them. */
function auditRow(staff: Staff, change: AuditChangeInput): AuditTrailTable['$inferInsert'] {
  const owner = change.owner as Scope;
  return {
    actorId: staff.id,
    actorRole: staff.role,
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    provider: owner.provider ?? null,
    region: owner.region ?? null,
    organisation: owner.organisation ?? null,
    before: change.before && jsonSafe(change.before),
    after: change.after && jsonSafe(change.after),
  };
}

/**
 * Appends one entry, inside the transaction that makes the change, so a change is never stored without its entry
 * nor an entry without its change.
 */
export async function recordAudit<TSchema extends Record<string, unknown>>(
  tx: Database<TSchema>,
  table: AuditTrailTable,
  staff: Staff,
  change: AuditChangeInput,
): Promise<void> {
  await tx.insert(table).values(auditRow(staff, change));
}

/** Appends the entries of one staff action that changes many things (a weekly pattern's slots) in one INSERT. */
export async function recordAudits<TSchema extends Record<string, unknown>>(
  tx: Database<TSchema>,
  table: AuditTrailTable,
  staff: Staff,
  changes: readonly AuditChangeInput[],
): Promise<void> {
  if (changes.length === 0) return;
  await tx.insert(table).values(changes.map((change) => auditRow(staff, change)));
}

function jsonSafe(values: AuditValues): AuditValues {
  return JSON.parse(JSON.stringify(values)) as AuditValues;
}

/** One changed value, field by field: nested objects become dotted paths, values JSON text (null when absent). */
export interface AuditChange {
  field: string;
  before: string | null;
  after: string | null;
}

function flatten(values: AuditValues | null, prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(values ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      flatten(value as AuditValues, path, into);
    } else if (value !== undefined && value !== null) {
      into.set(path, JSON.stringify(value));
    }
  }
  return into;
}

/** Every field an entry changed, computed when it is read: the fields whose values differ, in a stable order. */
function allChanges(row: Pick<AuditRow, 'before' | 'after'>): AuditChange[] {
  const before = flatten(row.before);
  const after = flatten(row.after);
  const fields = [...new Set([...before.keys(), ...after.keys()])].sort();
  return fields.flatMap((field) => {
    const was = before.get(field) ?? null;
    const is = after.get(field) ?? null;
    return was === is ? [] : [{ field, before: was, after: is }];
  });
}

/** The first MAX_AUDIT_CHANGES of them, as AuditEntry.changes lists them. */
export function auditChanges(row: Pick<AuditRow, 'before' | 'after'>): AuditChange[] {
  return allChanges(row).slice(0, MAX_AUDIT_CHANGES);
}

export type AuditEntryModel = AuditRow;

/**
 * The entries about one owner, newest first, as a connection. `owner` says which column names it; the caller has
 * checked `audit:read` for it (requirePermission with the same scope).
 */
export async function readAuditTrail<TSchema extends Record<string, unknown>>(
  db: Database<TSchema>,
  table: AuditTrailTable,
  owner: { column: 'provider' | 'region' | 'organisation'; value: string },
  args: { first?: number | null; after?: string | null; entityId?: string | null },
): Promise<Connection<AuditRow>> {
  const page = pageRequest(args);
  const conditions: SQL[] = [eq(table[owner.column], owner.value)];
  if (args.entityId) conditions.push(eq(table.entityId, args.entityId));
  const [rows, [counted]] = await Promise.all([
    db
      .select()
      .from(table)
      .where(and(...conditions, ...olderThan(page, table.at, table.id)))
      .orderBy(desc(table.at), desc(table.id))
      .limit(page.first + 1),
    db
      .select({ count: sql<number>`count(*)::int` })
      .from(table)
      .where(and(...conditions)),
  ]);
  return toConnection(rows, page, (row) => `${row.at.toISOString()}|${row.id}`, counted?.count ?? 0);
}

/** AuditEntry's fields that are not columns, the same in every subgraph. */
export const auditEntryResolvers = {
  actor: (row: AuditRow) => row.actorId,
  changes: (row: AuditRow) => auditChanges(row),
  changeCount: (row: AuditRow) => allChanges(row).length,
};
