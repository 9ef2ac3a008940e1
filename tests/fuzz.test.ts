import { readFileSync } from 'node:fs';
import { is, sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLOutputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Staff } from '../core/auth';
import { issueDevToken } from '../core/oidc';
import type { RunningServer } from '../core/http';
import { repoPath } from '../core/subgraph-sdl';
import { startGateway } from '../gateway/gateway';
import * as campaignTables from '../subgraphs/campaigns/schema';
import * as itineraryTables from '../subgraphs/itineraries/schema';
import * as providerTables from '../subgraphs/providers/schema';
import { databaseTargets } from './support/databases';
import { startStack, type Stack } from './support/stack';
import { testSettings } from './support/subgraph';

// Schema-driven fuzzing of the public graph: for every root query field and mutation, fast-check builds
// arguments from the field's types (shaped like what a client would send, or hostile), writes them inline or as
// variables, sends them through a real gateway and subgraphs, and checks the answer: never a 5xx, never an
// INTERNAL_SERVER_ERROR, and nothing stored when the request was refused.

const schema = buildSchema(readFileSync(repoPath('gateway/schema.graphql'), 'utf8'));
/** Fixed, so a failure names a run that can be replayed; each field gets its own stream from it. */
const SEED = 20_261_201;
const RUNS_PER_FIELD = 10;
const platformAdmin: Staff = { kind: 'staff', id: 'fuzz-admin', role: 'platform-admin' };
/** Union members that mean the mutation refused: it must have stored nothing. */
const REFUSALS = new Set(['InvalidInput', 'NotFound', 'SlotFull', 'Throttled', 'InvalidTransition', 'StaleVersion']);

const rootFields = (['query', 'mutation'] as const).flatMap((operation) => {
  const root = operation === 'query' ? schema.getQueryType() : schema.getMutationType();
  return Object.values(root?.getFields() ?? {}).map((field) => ({
    operation,
    field,
    name: `${root?.name}.${field.name}`,
  }));
});

// ---------------------------------------------------------------------------------------------------------------
// Values

/** Real ids, slugs, cursors … read from the running stack, so valid-shaped requests reach the data. */
interface Known {
  ids: string[];
  slugs: string[];
  cursors: string[];
  trackingCodes: string[];
}

interface Mode {
  /** Hostile runs turn one value of an otherwise valid-shaped request hostile, so it is the one to get past. */
  hostile: boolean;
  asVariables: boolean;
  asAdmin: boolean;
}

const HOSTILE_STRINGS = [
  '',
  ' ',
  'x'.repeat(3_000),
  "'; drop table providers.slots; --",
  '%00',
  '\u202Egnp.exe',
  '😀'.repeat(200),
  '../../etc/passwd',
  '<script>alert(1)</script>',
  'null',
  '0000-01-01T00:00:00Z',
  '\uFEFF',
];
const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const GARBAGE_CURSORS = [
  base64url('mt1:0000-01-01T00:00:00.000Z|00000000-0000-4000-8000-000000000000'),
  base64url('mt1:9999-12-31T23:59:59.999Z|00000000-0000-4000-8000-000000000000'),
  base64url('mt1:-000001-01-01T00:00:00.000Z|x'),
  base64url('mt1:2026-02-30T00:00:00.000Z|a'),
  base64url('mt1:'),
  base64url('mt1:a\u0000b'),
  base64url("mt1:'; select 1; --"),
  base64url('mt1:12345|x'),
  base64url('something else'),
  '!!!not-base64!!!',
  'bXQxOg',
];
const HOSTILE_DATE_TIMES = [
  '2026-11-25T10:00:00',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '9999-12-31T23:59:59-01:00',
  '2026-13-01T00:00:00Z',
  '2026-02-30T10:00:00+09:00',
  '2026-01-01T24:00:00Z',
  '2026-01-01T00:00:00+25:00',
  '+275760-09-13T00:00:00.000Z',
  '1899-12-31T23:59:59Z',
  'yesterday',
  '2026-11-25T10:00:00\u0000+09:00',
];
const HOSTILE_DATES = ['0000-01-01', '9999-12-31', '2026-02-30', '2026-13-01', '26-1-1', '2026-01-01T00:00:00Z'];
/** As variables the out-of-range ones are refused by graphql-js; written in the query they fail validation. */
const HOSTILE_INTS = [-1, 0, -2_147_483_648, 2_147_483_647, 2_147_483_648, 1e20, 1.5, -0.5];

const DAY_MS = 86_400_000;
const isoAt = (days: number, hour: number, zone: 'Z' | '+09:00') => {
  const instant = new Date(Date.UTC(2026, 0, 1) + days * DAY_MS + hour * 3_600_000);
  return zone === 'Z'
    ? instant.toISOString()
    : `${new Date(instant.getTime() + 9 * 3_600_000).toISOString().slice(0, 19)}+09:00`;
};
const validDateTime = fc
  .tuple(
    fc.integer({ min: 300, max: 420 }),
    fc.integer({ min: 0, max: 23 }),
    fc.constantFrom('Z' as const, '+09:00' as const),
  )
  .map(([days, hour, zone]) => isoAt(days, hour, zone));

/** Values shaped like what a client sends for an argument or field of this name. */
function validString(name: string, known: Known): fc.Arbitrary<string> {
  const lower = name.toLowerCase();
  if (lower === 'id' || lower.endsWith('id') || lower.endsWith('ids'))
    return fc.oneof(fc.constantFrom(...known.ids), fc.uuid());
  if (lower === 'slug')
    return fc.oneof(fc.constantFrom(...known.slugs), fc.stringMatching(/^[a-z0-9]{3,8}(-[a-z0-9]{2,6})?$/));
  if (lower === 'after') return fc.constantFrom(...known.cursors);
  if (lower === 'email') return fc.oneof(fc.emailAddress(), fc.constant('hana@example.jp'));
  if (lower === 'currency') return fc.constantFrom('KRW', 'USD', 'MNT', 'VND', 'JPY', 'EUR', 'XYZ');
  if (/country|countries|nationality/.test(lower)) return fc.constantFrom('JP', 'MN', 'VN', 'CN', 'US', 'kr', 'ZZ');
  if (/sitekey|^key$/.test(lower)) return fc.constantFrom('demo-site', 'lumiere-clinic-site', 'no-such-site');
  if (lower === 'idempotencykey') return fc.stringMatching(/^fuzz-[a-z0-9]{8,16}$/);
  if (/campaigncode|trackingcode/.test(lower)) return fc.constantFrom(...known.trackingCodes, 'NOPE123');
  if (/placement/.test(lower)) return fc.constantFrom('hero', 'sidebar', 'footer');
  if (lower === 'phone') return fc.constantFrom('+82 10 1234 5678', '090-1234-5678');
  if (/url/.test(lower)) return fc.constantFrom('https://example.kr/landing', '/packages/seoul', 'javascript:alert(1)');
  return fc.oneof(
    fc.stringMatching(/^[A-Z][a-z]{2,12}( [A-Z][a-z]{2,12})?$/),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
  );
}

function validInt(name: string): fc.Arbitrary<number> {
  const lower = name.toLowerCase();
  if (lower === 'first') return fc.integer({ min: 1, max: 10 });
  if (/amountkrw|maxprice/.test(lower)) return fc.integer({ min: 0, max: 2_000_000_000 });
  if (lower === 'durationminutes') return fc.constantFrom(30, 60, 90);
  if (/partysize|capacity|durationdays|nights/.test(lower)) return fc.integer({ min: 1, max: 3 });
  return fc.integer({ min: 0, max: 12 });
}

/** A valid-shaped value of an input type; nullable positions are sometimes left out or null. */
function validValue(
  type: GraphQLInputType,
  name: string,
  known: Known,
  depth = 0,
  nullable = true,
): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return validValue(type.ofType, name, known, depth, false);
  const optional = (arbitrary: fc.Arbitrary<unknown>) =>
    nullable
      ? fc.oneof({ weight: 1, arbitrary: fc.constantFrom(undefined, null) }, { weight: 3, arbitrary })
      : arbitrary;
  if (depth > 6) return fc.constant(undefined);
  if (isListType(type)) return optional(fc.array(validValue(type.ofType, name, known, depth + 1), { maxLength: 3 }));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    // Left-out fields are absent, as a client would send them (undefined never reaches JSON).
    return optional(
      fc
        .record(
          Object.fromEntries(fields.map((field) => [field.name, validValue(field.type, field.name, known, depth + 1)])),
        )
        .map((value) => Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined))),
    );
  }
  if (isEnumType(type)) return optional(fc.constantFrom(...type.getValues().map((value) => value.name)));
  switch (type.name) {
    case 'Int':
      return optional(validInt(name));
    case 'Float':
      return optional(fc.double({ min: 0, max: 10_000, noNaN: true }));
    case 'Boolean':
      return optional(fc.boolean());
    case 'DateTime':
      return optional(validDateTime);
    case 'Date':
      return optional(validDateTime.map((iso) => iso.slice(0, 10)));
    default:
      return optional(validString(name, known));
  }
}

/** What a hostile client puts where a value of this type goes. Mostly the NUL byte for text: Postgres refuses it. */
function hostileValue(type: GraphQLInputType, name: string, known: Known): fc.Arbitrary<unknown> {
  const named = getNamedType(type);
  const wrongShape = fc.constantFrom(null, 'not an object', 42, [], {});
  if (isListType(isNonNullType(type) ? type.ofType : type) || isInputObjectType(named)) return wrongShape;
  if (isEnumType(named)) {
    const first = named.getValues()[0]?.name ?? 'A';
    return fc.constantFrom('WITCHCRAFT', first.toLowerCase(), `${first}\u0000`, '', null);
  }
  switch (named.name) {
    case 'Int':
      return fc.constantFrom(...HOSTILE_INTS, '12', null);
    case 'Float':
      return fc.constantFrom(-1, 1e308, 'NaN', null);
    case 'Boolean':
      return fc.constantFrom('true', 1, null);
    case 'DateTime':
      return fc.oneof(
        fc.constantFrom(...HOSTILE_DATE_TIMES),
        fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
      );
    case 'Date':
      return fc.constantFrom(...HOSTILE_DATES);
    default: {
      const valid = validString(name, known);
      return fc.oneof(
        { weight: 4, arbitrary: valid.map((text) => `${text.slice(0, 2)}\u0000${text.slice(2)}`) },
        {
          weight: 2,
          arbitrary: fc
            .tuple(valid, fc.constantFrom('\u0001', '\u0007', '\u000B', '\u001B', '\u001F', '\uD800', '\uDFFF'))
            .map(([text, control]) => text.slice(0, 2) + control + text.slice(2)),
        },
        { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
        { weight: 1, arbitrary: fc.constantFrom(...GARBAGE_CURSORS) },
        {
          weight: 1,
          arbitrary: fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.integer(), fc.constant(null)),
        },
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Operations

interface Selection {
  field: GraphQLField<unknown, unknown>;
  args: { arg: GraphQLArgument; value: unknown }[];
  /** null for a leaf; otherwise the sub-selection, with a type condition for union and interface members. */
  children: { on: string | null; selections: Selection[] } | null;
}

/** Up to three fields per level, `levels` levels deep: enough to reach nested resolvers within the shape limits. */
function childrenArb(type: GraphQLOutputType, levels: number, known: Known): fc.Arbitrary<Selection['children']> {
  const named = getNamedType(type);
  if (isLeafType(named)) return fc.constant(null);
  const members: readonly GraphQLObjectType[] = isObjectType(named) ? [named] : schema.getPossibleTypes(named);
  return fc.constantFrom(...members).chain((member) => {
    const fields = Object.values(member.getFields()).filter(
      (field) => levels > 0 || isLeafType(getNamedType(field.type)),
    );
    const on = isObjectType(named) ? null : member.name;
    if (fields.length === 0) return fc.constant({ on, selections: [] });
    return fc
      .subarray(fields, { minLength: 1, maxLength: Math.min(3, fields.length) })
      .chain((chosen) => fc.tuple(...chosen.map((field) => selectionArb(field, levels - 1, known))))
      .map((selections) => ({ on, selections }));
  });
}

function selectionArb(field: GraphQLField<unknown, unknown>, levels: number, known: Known): fc.Arbitrary<Selection> {
  const args = fc.tuple(
    ...field.args.map((arg) => validValue(arg.type, arg.name, known).map((value) => ({ arg, value }))),
  );
  return fc
    .tuple(args, childrenArb(field.type, levels, known))
    .map(([values, children]) => ({ field, args: values, children }));
}

/** A place in an operation's arguments where a value goes: an argument, or a field or item inside one. */
interface Spot {
  selection: Selection;
  argIndex: number;
  path: (string | number)[];
  type: GraphQLInputType;
  name: string;
}

function spotsIn(value: unknown, type: GraphQLInputType, name: string, at: Omit<Spot, 'type' | 'name'>): Spot[] {
  const here: Spot = { ...at, type, name };
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner) && Array.isArray(value))
    return [
      here,
      ...value.flatMap((item, index) => spotsIn(item, inner.ofType, name, { ...at, path: [...at.path, index] })),
    ];
  if (isInputObjectType(inner) && value && typeof value === 'object') {
    // Every field, also those left out: a hostile client may add any of them.
    return [
      here,
      ...Object.values(inner.getFields()).flatMap((field) =>
        spotsIn((value as Record<string, unknown>)[field.name], field.type, field.name, {
          ...at,
          path: [...at.path, field.name],
        }),
      ),
    ];
  }
  return [here];
}

function spotsOf(selection: Selection): Spot[] {
  return [
    ...selection.args.flatMap(({ arg, value }, argIndex) =>
      spotsIn(value, arg.type, arg.name, { selection, argIndex, path: [] }),
    ),
    ...(selection.children?.selections.flatMap(spotsOf) ?? []),
  ];
}

function replaceAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  if (Array.isArray(value))
    return value.map((item, index) => (index === head ? replaceAt(item, rest, replacement) : item));
  const record = (value ?? {}) as Record<string, unknown>;
  return { ...record, [head]: replaceAt(record[head], rest, replacement) };
}

function withValue(selection: Selection, spot: Spot, replacement: unknown): Selection {
  return {
    ...selection,
    args: selection.args.map((entry, index) =>
      selection === spot.selection && index === spot.argIndex
        ? { arg: entry.arg, value: replaceAt(entry.value, spot.path, replacement) }
        : entry,
    ),
    children: selection.children && {
      ...selection.children,
      selections: selection.children.selections.map((child) => withValue(child, spot, replacement)),
    },
  };
}

/** A valid-shaped operation on the field; in a hostile run, one of its values (any, at any depth) made hostile. */
function operationArb(field: GraphQLField<unknown, unknown>, mode: Mode, known: Known): fc.Arbitrary<Selection> {
  const valid = selectionArb(field, 2, known);
  if (!mode.hostile) return valid;
  return valid.chain((selection) => {
    const spots = spotsOf(selection);
    if (spots.length === 0) return fc.constant(selection);
    return fc
      .constantFrom(...spots)
      .chain((spot) => hostileValue(spot.type, spot.name, known).map((value) => withValue(selection, spot, value)));
  });
}

/** A value written in the query text, following its type where it fits (enum values bare). */
function literal(value: unknown, type: GraphQLInputType | null): string {
  const inner = type && isNonNullType(type) ? type.ofType : type;
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value))
    return `[${value.map((item) => literal(item, inner && isListType(inner) ? inner.ofType : null)).join(', ')}]`;
  if (typeof value === 'object') {
    const fields = inner && isInputObjectType(inner) ? inner.getFields() : {};
    return `{ ${Object.entries(value)
      .map(([name, field]) => `${name}: ${literal(field, fields[name]?.type ?? null)}`)
      .join(', ')} }`;
  }
  if (typeof value === 'string' && inner && isEnumType(inner) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value)) return value;
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function render(operation: 'query' | 'mutation', root: Selection, asVariables: boolean) {
  const definitions: string[] = [];
  const variables: Record<string, unknown> = {};
  const print = (selection: Selection): string => {
    const args = selection.args
      .filter(({ value }) => value !== undefined)
      .map(({ arg, value }) => {
        if (!asVariables) return `${arg.name}: ${literal(value, arg.type)}`;
        const name = `v${definitions.length + 1}`;
        definitions.push(`$${name}: ${String(arg.type)}`);
        variables[name] = value;
        return `${arg.name}: $${name}`;
      });
    const head = `${selection.field.name}${args.length ? `(${args.join(', ')})` : ''}`;
    if (!selection.children) return head;
    const inner = selection.children.selections.map(print).join(' ');
    return selection.children.on
      ? `${head} { __typename ... on ${selection.children.on} { __typename ${inner} } }`
      : `${head} { __typename ${inner} }`;
  };
  const body = print(root);
  return {
    query: `${operation} Fuzz${definitions.length ? `(${definitions.join(', ')})` : ''} { ${body} }`,
    variables,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Stored data

const TABLES = [
  ['providers', providerTables],
  ['itineraries', itineraryTables],
  ['campaigns', campaignTables],
] as const;

/**
 * What is stored, per table: the row count and the newest row version. Every committed insert or update writes
 * a row version with a newer transaction id (xmin) and every delete lowers the count, so any stored change
 * shows, while a rolled-back write leaves both as they were. Cheaper than hashing every row after each request.
 */
async function storedState(stack: Stack): Promise<Record<string, string>> {
  const state: Record<string, string> = {};
  for (const [name, tables] of TABLES) {
    const selects = Object.values(tables)
      .filter((value): value is PgTable => is(value, PgTable))
      .map((table) => {
        const { schema: tableSchema, name: tableName } = getTableConfig(table);
        return `select '${tableName}' as name, count(*) || ':' || coalesce(max(xmin::text::bigint), 0) as state
          from "${tableSchema ?? 'public'}"."${tableName}"`;
      });
    const result = await stack.subgraphs[name].database.db.execute(sql.raw(selects.join(' union all ')));
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
      name: string;
      state: string;
    }[];
    for (const row of rows) state[`${name}.${row.name}`] = row.state;
  }
  return state;
}

// ---------------------------------------------------------------------------------------------------------------

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

describe.each(databaseTargets())('the public graph under generated input, on $name', (target) => {
  const run = target.skipReason ? it.skip : it;
  let stack: Stack;
  let gateway: RunningServer;
  let known: Known;
  let stored: Record<string, string>;

  async function send(request: { query: string; variables: Record<string, unknown> }, asAdmin: boolean) {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(asAdmin && {
          authorization: `Bearer ${await issueDevToken(platformAdmin, { settings: testSettings, lifetimeSeconds: 600 })}`,
        }),
      },
      body: JSON.stringify(request),
    });
    return { status: response.status, text: await response.text() };
  }

  beforeAll(async () => {
    if (target.skipReason) return;
    stack = await startStack(await target.create());
    // Hundreds of requests from one address: this gateway has no per-address limit (tests/rate-limit covers it).
    gateway = await startGateway(
      { ...testSettings, RATE_LIMIT_PER_IP_PER_MINUTE: 0 },
      {
        port: 0,
        subgraphUrls: {
          providers: stack.subgraphs.providers.graphqlUrl,
          itineraries: stack.subgraphs.itineraries.graphqlUrl,
          campaigns: stack.subgraphs.campaigns.graphqlUrl,
        },
      },
    );
    type Node = {
      id: string;
      slug: string;
      trackingCode?: string;
      procedures?: { id: string }[];
      availability?: { id: string }[];
    };
    type Edges = { edges: { cursor: string; node: Node }[] };
    const seen = await stack.query<{ packages: Edges; providers: Edges; campaigns: Edges; promotionEvents: Edges }>(
      `query($from: DateTime!, $to: DateTime!) {
         packages(first: 3) { edges { cursor node { id slug } } }
         providers(first: 3) { edges { cursor node { id slug procedures { id } availability(from: $from, to: $to) { id } } } }
         campaigns(first: 3) { edges { cursor node { id slug trackingCode } } }
         promotionEvents(first: 3) { edges { cursor node { id slug } } } }`,
      { from: new Date().toISOString(), to: new Date(Date.now() + 30 * DAY_MS).toISOString() },
      platformAdmin,
    );
    expect(seen.errors).toBeUndefined();
    const edges = Object.values(seen.data ?? {}).flatMap((connection) => connection.edges);
    const nested = edges.flatMap(({ node }) => [...(node.procedures ?? []), ...(node.availability ?? []).slice(0, 3)]);
    known = {
      ids: [...edges.map((edge) => edge.node.id), ...nested.map((entity) => entity.id)],
      slugs: edges.map((edge) => edge.node.slug),
      cursors: edges.map((edge) => edge.cursor),
      trackingCodes: edges.flatMap((edge) => (edge.node.trackingCode ? [edge.node.trackingCode] : [])),
    };
    expect(known.ids.length).toBeGreaterThanOrEqual(10);
    stored = await storedState(stack);
  });
  afterAll(async () => {
    await gateway?.close();
    await stack?.stop();
  });

  run('covers every root query field and mutation of the public schema', () => {
    expect(rootFields.length).toBe(
      Object.keys(schema.getQueryType()?.getFields() ?? {}).length +
        Object.keys(schema.getMutationType()?.getFields() ?? {}).length,
    );
    expect(rootFields.map((root) => root.name)).toEqual(
      expect.arrayContaining(['Query.packages', 'Query.providers', 'Mutation.holdSlot', 'Mutation.createPackage']),
    );
  });

  run.each(rootFields.map((root, index) => ({ ...root, index })))(
    '$name: never a 5xx or INTERNAL_SERVER_ERROR, nothing stored on a refusal',
    async ({ operation, field, index }) => {
      const requests = fc
        .record({ hostile: fc.boolean(), asVariables: fc.boolean(), asAdmin: fc.boolean() })
        .chain((mode) =>
          operationArb(field, mode, known).map((selection) => ({
            mode,
            request: render(operation, selection, mode.asVariables),
          })),
        );
      await fc.assert(
        fc.asyncProperty(requests, async ({ mode, request }) => {
          const { status, text } = await send(request, mode.asAdmin);
          expect(status).toBeLessThan(500);
          expect(text).not.toMatch(/stacktrace|\n\s+at |node_modules/);
          const answer = JSON.parse(text) as Answer;
          expect(answer.errors?.map((error) => error.extensions?.code) ?? []).not.toContain('INTERNAL_SERVER_ERROR');

          const result = answer.data?.[field.name] as { __typename?: string } | undefined;
          const storesNothing =
            operation === 'query' ||
            Boolean(answer.errors?.length) ||
            !answer.data ||
            REFUSALS.has(result?.__typename ?? '');
          const after = await storedState(stack);
          // Reads and refusals store nothing; an accepted mutation becomes the new baseline.
          if (storesNothing) expect(after).toEqual(stored);
          stored = after;
        }),
        { seed: SEED + index, numRuns: RUNS_PER_FIELD, endOnFailure: true },
      );
    },
  );
});
