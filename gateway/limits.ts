/**
 * The gateway's limits on the shape of a request, so one request cannot cost the graph much more than a widget
 * page does. Each refusal has its own `extensions.code` and HTTP 400:
 *
 * | code                  | measure                                                   | where it is checked                |
 * | --------------------- | --------------------------------------------------------- | ---------------------------------- |
 * | `TOO_MANY_TOKENS`     | lexical tokens of the document (graphql's Lexer)          | while parsing (`parseOptions`)     |
 * | `QUERY_TOO_DEEP`      | nesting of fields in an operation, fragments followed     | validation rule                    |
 * | `TOO_MANY_ALIASES`    | aliased fields in an operation, fragments expanded        | validation rule                    |
 * | `TOO_MANY_DIRECTIVES` | directives written anywhere in the document               | validation rule                    |
 * | `QUERY_TOO_COSTLY`    | static cost of the operation to run, with its variables   | plugin, `responseForOperation`     |
 *
 * Tokens are counted while parsing, not in a validation rule: graphql's validation (OverlappingFieldsCanBeMerged)
 * is quadratic, and a 100 KB document of aliased fields takes ~100 ms to validate; stopped at the token limit it
 * costs well under a millisecond. Cost needs the variables (`packages(first: $first)`), which validation rules
 * never see (Apollo also caches validated documents), so it is checked once the operation is resolved.
 *
 * Cost rule (static: computed from the document and the variables, nothing is executed). The cost is an upper bound
 * of the fields an answer can hold, so the limit bounds the work of any accepted operation:
 * - every field costs 1, `__typename` included;
 * - a field with a `first` argument multiplies the cost of its selection by `first` (the literal, the variable's
 *   value, the variable's default, else the argument's schema default; anything that is not a 32-bit integer
 *   counts as 20 and is refused later by coercion; values below 1 count as 1);
 * - `edges`/`nodes` of a `…Connection` count once: the connection's `first` already counted their length;
 * - any other list field multiplies its selection by the most items it can return, from LIST_BOUNDS below (each
 *   bound names where it is enforced); `Provider.availability(from, to)` by its window, as core/availability.ts
 *   caps it (40 slots per day of the window, 500 at most; the providers subgraph enforces it with a SQL LIMIT);
 * - nested multiplicatively: cost(field) = 1 + multiplier × Σ cost(selections); on a union or interface, fragments
 *   on different member types do not add up: the selection costs as much as its costliest member.
 *
 * Measured with `measureOperations` on every operation in widgets/<name>/<name>.graphql, one operation at a time as
 * the widgets send them, with the largest variables a widget sends (`first` = 24, the package list's largest
 * `page-size`; the banner asks for `first: 1`; availability over 60 days, the widget's longest window):
 *
 * | operation (widget)                       | depth | aliases | tokens | directives |   cost |
 * | ---------------------------------------- | ----: | ------: | -----: | ---------: | -----: |
 * | ProviderAvailability (availability)      |     4 |       0 |    108 |          0 |  5,105 |
 * | HoldSlot (availability)                  |     3 |       0 |     67 |          0 |    104 |
 * | ActiveCampaign (campaign-banner)         |     3 |       0 |     83 |          0 |     72 |
 * | TrackCampaignEvent (campaign-banner)     |     1 |       0 |     18 |          0 |      1 |
 * | MyCampaigns (campaign-dashboard)         |     4 |       0 |     38 |          0 |    451 |
 * | CampaignResults (campaign-dashboard)     |     4 |       0 |     58 |          0 | 13,014 |
 * | InquiryPackage (inquiry-form)            |     2 |       0 |     34 |          0 |      4 |
 * | SubmitInquiry (inquiry-form)             |     3 |       0 |     52 |          0 |    104 |
 * | PackageList (package-list, first 24)     |     5 |       0 |    125 |          0 |  4,014 |
 * | PackageDetail (package-list)             |     5 |       0 |    163 |          0 |  1,905 |
 * | largest                                  |     5 |       0 |    163 |          0 | 13,014 |
 *
 * Chosen limits (GraphQL Armor's defaults for comparison: depth 6, aliases 15, tokens 1,000, cost 5,000 by its
 * own, non-multiplying rule); tests/hostile-input.test.ts checks that every widget operation stays at half of
 * each limit or less:
 *
 * | limit      |   value | why                                                                                  |
 * | ---------- | ------: | ------------------------------------------------------------------------------------ |
 * | depth      |      10 | 2 × 5; a partner's package → providers → procedures → name (6) still fits.           |
 * | aliases    |      10 | widgets use none; a partner asking for a few things side by side still fits.         |
 * | tokens     |     400 | 2.5 × 163; small enough that validating any accepted document takes well under 1 ms. |
 * | directives |      10 | widgets use none; room for a few @include/@skip, none for directive floods.          |
 * | cost       |  30,000 | 2.3 × 13,014 (the dashboard's results: a campaign's traffic rows and breakdowns).    |
 * |            |         | An itinerary is at most 30 days of 10 steps (core/itinerary.ts), so a partner lists  |
 * |            |         | ~170 packages with the widget's fields in one request; 100 providers' calendars over |
 * |            |         | 62 days (100 × 500 slots) never fit, let alone five aliased ones.                    |
 *
 * In development only, an operation asking for nothing but `__schema`/`__type`/`__typename` skips the depth, alias
 * and cost limits, so the sandbox can introspect (its query is 15 deep and costs ~16,000); elsewhere Apollo refuses
 * introspection outright.
 *
 * Only cost is a setting (`MAX_QUERY_COST`): it is the one a caller other than a widget may need raised (the
 * gateway suite asks for 100 packages with providers, procedures and campaigns at once).
 */
import {
  HeaderMap,
  type ApolloServerOptions,
  type ApolloServerPlugin,
  type BaseContext,
  type GraphQLResponse,
} from '@apollo/server';
import {
  GraphQLError,
  Kind,
  Lexer,
  Source,
  TokenKind,
  valueFromASTUntyped,
  visit,
  type ASTNode,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLAbstractType,
  type GraphQLField,
  type GraphQLFieldMap,
  type GraphQLType,
  type GraphQLFormattedError,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ParseOptions,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { availabilitySlotLimit } from '../core/availability';
import {
  MAX_AUDIT_CHANGES,
  MAX_CALENDAR_FEEDS_LISTED,
  MAX_PATTERN_SLOTS,
  MAX_SLOT_CAPACITY,
  MAX_INQUIRY_HISTORY,
  MAX_CALENDAR_EVENTS,
  MAX_CAMPAIGNS_PER_PACKAGE,
  MAX_CONVERSION_ROWS,
  MAX_PACKAGES_PER_PROVIDER,
  MAX_TRAFFIC_ROWS,
} from '../core/list-caps';
import { MAX_ITINERARY_DAYS, MAX_PACKAGE_TEXTS, MAX_PRICE_LINES, MAX_STEPS_PER_DAY } from '../core/itinerary';
import { LOCALES } from '../core/locale';
import { MAX_FIELD_PROBLEMS } from '../core/errors';

export interface RequestLimits {
  depth: number;
  aliases: number;
  tokens: number;
  directives: number;
  cost: number;
}

export const DEFAULT_REQUEST_LIMITS: RequestLimits = {
  depth: 10,
  aliases: 10,
  tokens: 400,
  directives: 10,
  cost: 30_000,
};

/** What a `first` that is not a 32-bit integer counts as; coercion refuses it before anything runs. */
export const DEFAULT_LIST_SIZE = 20;

export type RequestLimitCode =
  'TOO_MANY_TOKENS' | 'QUERY_TOO_DEEP' | 'TOO_MANY_ALIASES' | 'TOO_MANY_DIRECTIVES' | 'QUERY_TOO_COSTLY';

/** A request over one of the limits; `extensions` carry the code, the limit and the measured value. */
export class RequestLimitError extends GraphQLError {
  constructor(
    readonly code: RequestLimitCode,
    message: string,
    readonly limit: number,
    readonly actual: number,
    nodes?: readonly ASTNode[],
  ) {
    super(message, { nodes, extensions: { code, limit, actual, http: { status: 400 } } });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Measures

/** Lexical tokens of a document as graphql's parser counts them (comments and EOF excluded); stops after `stopAfter`. */
export function countTokens(source: string, stopAfter = Number.POSITIVE_INFINITY): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  try {
    while (count <= stopAfter && lexer.advance().kind !== TokenKind.EOF) count += 1;
  } catch {
    // A lexical error ends the count; the parser reports the error itself.
  }
  return count;
}

type Fragments = (name: string) => FragmentDefinitionNode | undefined | null;

interface Shape {
  depth: number;
  aliases: number;
}

/** Depth and aliases of a selection set, following fragment spreads (memoised; a cycle counts as nothing). */
function shapeMeasurer(fragments: Fragments) {
  const memo = new Map<string, Shape>();
  const visiting = new Set<string>();
  function measure(set: SelectionSetNode): Shape {
    const shape: Shape = { depth: 0, aliases: 0 };
    for (const selection of set.selections) {
      let inner: Shape = { depth: 0, aliases: 0 };
      if (selection.kind === Kind.FIELD) {
        const below = selection.selectionSet ? measure(selection.selectionSet) : inner;
        inner = { depth: below.depth + 1, aliases: below.aliases + (selection.alias ? 1 : 0) };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = measure(selection.selectionSet);
      } else {
        const name = selection.name.value;
        const cached = memo.get(name);
        const fragment = fragments(name);
        if (cached) inner = cached;
        else if (fragment && !visiting.has(name)) {
          visiting.add(name);
          inner = measure(fragment.selectionSet);
          visiting.delete(name);
          memo.set(name, inner);
        }
      }
      shape.depth = Math.max(shape.depth, inner.depth);
      shape.aliases += inner.aliases;
    }
    return shape;
  }
  return measure;
}

const INT_MAX = 2_147_483_647;

/** An argument as the operation gives it: the literal, the variable's value or default, else the schema default. */
type Arguments = (name: string) => unknown;

/**
 * The most items each list field without a `first` argument can return, by `Type.field`, and where that is enforced.
 * An answer can never hold more, so the cost charged for the list is an upper bound of its work. A list field missing
 * here counts as UNLISTED_LIST_SIZE, and tests/cost-limits.test.ts fails until it is added.
 */
export const LIST_BOUNDS: Readonly<Record<string, number | ((args: Arguments) => number)>> = {
  // providers subgraph
  /** `availabilityArgs` (subgraphs/providers/resolvers.ts) refuses windows over 62 days; `openSlotsOf` LIMITs. */
  'Provider.availability': (args) =>
    availabilitySlotLimit(new Date(String(args('from'))), new Date(String(args('to')))),
  /** Primary key (provider, language) over the 10 locales. */
  'Provider.coordinators': 10,
  'Provider.languages': 10,
  /** subgraphs/providers/seed.ts, the only writer of providers: distinct values of the 12 specialties. */
  'Provider.specialties': 12,
  /** subgraphs/providers/seed.ts: at most 20 designations and 50 procedures a provider, distinct chat channels. */
  'Provider.designations': 20,
  'Provider.accreditations': 20,
  'Provider.procedures': 50,
  'Coordinator.channels': 8,
  /** `publishSlotsSchema` (subgraphs/providers/slot-management.ts): up to 200 start times at once. */
  'SlotsPublished.slots': 200,
  'SlotPatternPublished.slots': MAX_PATTERN_SLOTS,
  /** The staff's listing of every slot in a window: capped like availability (`slotsOfProviders`). */
  'Provider.slots': (args) => availabilitySlotLimit(new Date(String(args('from'))), new Date(String(args('to')))),
  /** Each appointment holding places on a slot holds at least one of its MAX_SLOT_CAPACITY places. */
  'Slot.bookings': MAX_SLOT_CAPACITY,
  /** `calendarFeedsOf` (subgraphs/providers/calendar-feeds.ts): the newest feeds of a provider. */
  'Provider.calendarFeeds': MAX_CALENDAR_FEEDS_LISTED,
  // itineraries subgraph
  /** core/itinerary.ts: `packageInputSchema` and the itinerary tables' CHECKs hold every package to these. */
  'Package.days': MAX_ITINERARY_DAYS,
  'ItineraryDay.steps': MAX_STEPS_PER_DAY,
  /** `packageInputSchema`: at most 20 distinct providers and 20 distinct procedures in a package's steps. */
  'Package.providers': 20,
  'Package.procedures': 20,
  /** `packageInputSchema`: at most MAX_PRICE_LINES price lines. */
  'PriceBreakdown.lines': MAX_PRICE_LINES,
  /** subgraphs/itineraries/translations.ts: one entry per locale; at most every text a package holds missing. */
  'Package.translations': LOCALES.length,
  'PackageTranslation.missing': MAX_PACKAGE_TEXTS,
  /** Every stored text of a package, in each locale it has. */
  'Package.texts': MAX_PACKAGE_TEXTS * LOCALES.length,
  /** `eventsOf` (subgraphs/itineraries/data.ts): an inquiry's latest MAX_INQUIRY_HISTORY events. */
  'Inquiry.history': MAX_INQUIRY_HISTORY,
  // campaigns subgraph
  /** `campaignInputSchema` (subgraphs/campaigns/lifecycle.ts); creatives' primary key (campaign, locale). */
  'Campaign.targetCountries': 50,
  'Campaign.channels': 12,
  'Campaign.placements': 10,
  'Campaign.siteKeys': 50,
  'Campaign.creativeLocales': 10,
  'Campaign.packages': 20,
  'Campaign.providers': 20,
  /** `promotionEventInputSchema` (subgraphs/campaigns/promotion-events.ts). */
  'PromotionEvent.targetCountries': 50,
  'PromotionEvent.partners': 50,
  'PromotionEvent.packages': 20,
  'PromotionEvent.providers': 50,
  /** `localizedTextInput` (core/validation.ts): one stored text per locale. */
  'Campaign.names': 10,
  'PromotionEvent.titles': 10,
  'PromotionEvent.descriptions': 10,
  /** `myPromotionEvents` (subgraphs/campaigns/data.ts): LIMIT MAX_CALENDAR_EVENTS, earliest first. */
  'Query.myPromotionEvents': MAX_CALENDAR_EVENTS,
  // every subgraph
  /** core/audit.ts `auditChanges`: the first MAX_AUDIT_CHANGES changed fields of an entry. */
  'AuditEntry.changes': MAX_AUDIT_CHANGES,
  /** A mutation's refusal: `invalidInput` (core/errors.ts) lists MAX_FIELD_PROBLEMS problems at most. */
  'InvalidInput.fields': MAX_FIELD_PROBLEMS,
  /** One row per rejection reason: counts grouped by the 8 TrackingRejectionReason values. */
  'CampaignStats.rejected': 8,
  /** Seeding, their only writer, refuses more (subgraphs/campaigns/seed.ts, subgraphs/itineraries/seed.ts). */
  'EmbedSite.allowedOrigins': 20,
  'Query.exchangeRates': 50,
  // Lists that grow with the data, capped per parent where they are read (core/list-caps.ts): a ranked SQL statement
  // per batch keeps the first ones in the list's order.
  /** `activeCampaignsOfPackages` (subgraphs/campaigns/data.ts): the newest visible active campaigns of a package. */
  'Package.campaigns': MAX_CAMPAIGNS_PER_PACKAGE,
  /** `packagesOfProviders` (subgraphs/itineraries/data.ts): a provider's visible packages, by slug. */
  'Provider.packages': MAX_PACKAGES_PER_PROVIDER,
  /** `trafficOf` (subgraphs/campaigns/data.ts): a campaign's most recent rows per day × country × site. */
  'CampaignStats.traffic': MAX_TRAFFIC_ROWS,
  /** `conversionCounts` (core/attribution.ts, for inquiries and bookings): the same rows, most recent kept. */
  'ConversionStats.breakdown': MAX_CONVERSION_ROWS,
};

/** What a list field missing from LIST_BOUNDS costs; the completeness test keeps the table whole. */
export const UNLISTED_LIST_SIZE = 100;

// Types are read by their shape, never with graphql's isListType/isObjectType: the gateway's schema is built by
// @apollo/gateway, which may have loaded another copy of graphql (CommonJS next to this module's ES build, as in
// vitest), and graphql's instanceof checks refuse objects from another copy.
const isList = (type: GraphQLType): boolean => /^\[.*\]!?$/.test(String(type));
const namedTypeName = (type: GraphQLType): string => String(type).replace(/[[\]!]/g, '');
function fieldsOf(type: GraphQLNamedType): GraphQLFieldMap<unknown, unknown> | undefined {
  return 'getFields' in type && typeof type.getFields === 'function'
    ? (type.getFields() as GraphQLFieldMap<unknown, unknown>)
    : undefined;
}
/** Unions and interfaces carry `resolveType`; object types do not. */
const isAbstract = (type: GraphQLNamedType): type is GraphQLAbstractType => 'resolveType' in type;

/**
 * The static cost of an operation (rule at the top of this file). `variables` are the request's; with none given,
 * a variable counts as its default, else as the argument's schema default, else as 20.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const defaults = new Map<string, unknown>();
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue)
      defaults.set(definition.variable.name.value, valueFromASTUntyped(definition.defaultValue));
  }
  const memo = new Map<string, number>();
  const visiting = new Set<string>();

  function argumentsOf(node: FieldNode, field: GraphQLField<unknown, unknown>): Arguments {
    return (name) => {
      let value: unknown = field.args.find((candidate) => candidate.name === name)?.defaultValue;
      const given = node.arguments?.find((candidate) => candidate.name.value === name)?.value;
      if (given?.kind === Kind.VARIABLE) {
        const variable = given.name.value;
        if (variable in variables) value = variables[variable];
        else if (defaults.has(variable)) value = defaults.get(variable);
      } else if (given) {
        value = valueFromASTUntyped(given);
      }
      return value;
    };
  }

  function multiplier(node: FieldNode, field: GraphQLField<unknown, unknown> | undefined, parent: GraphQLNamedType) {
    if (!field) return 1;
    if (field.args.some((argument) => argument.name === 'first')) {
      const first = argumentsOf(node, field)('first');
      if (typeof first !== 'number' || !Number.isInteger(first) || Math.abs(first) > INT_MAX) return DEFAULT_LIST_SIZE;
      return Math.max(1, first);
    }
    if (!isList(field.type)) return 1;
    // A connection's page is as long as the connection's `first`, already counted on the connection field.
    if (parent.name.endsWith('Connection') && (field.name === 'edges' || field.name === 'nodes')) return 1;
    const bound = LIST_BOUNDS[`${parent.name}.${field.name}`] ?? UNLISTED_LIST_SIZE;
    return typeof bound === 'number' ? bound : bound(argumentsOf(node, field));
  }

  /** Whether a fragment on `condition` applies to an object of type `runtime`. */
  function applies(condition: string | undefined, runtime: GraphQLObjectType | undefined): boolean {
    if (!condition || !runtime || condition === runtime.name) return true;
    const type = schema.getType(condition);
    return !!type && isAbstract(type) && schema.getPossibleTypes(type).some((member) => member.name === runtime.name);
  }

  /**
   * The cost of a selection set on `parent`: on a union or interface, that of the costliest member, since an object
   * has one type and only the fragments on that type run (summing every member's fragments would over-charge).
   */
  function cost(set: SelectionSetNode, parent: GraphQLNamedType | undefined): number {
    if (!parent || !isAbstract(parent)) return costAs(set, parent, parent as GraphQLObjectType | undefined);
    const members = schema.getPossibleTypes(parent);
    return Math.max(0, ...members.map((member) => costAs(set, parent, member)));
  }

  function costAs(set: SelectionSetNode, parent: GraphQLNamedType | undefined, runtime: GraphQLObjectType | undefined) {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = parent ? fieldsOf(parent)?.[selection.name.value] : undefined;
        const below = selection.selectionSet
          ? cost(selection.selectionSet, field ? (schema.getType(namedTypeName(field.type)) ?? undefined) : undefined)
          : 0;
        total += 1 + (parent ? multiplier(selection, field, parent) : 1) * below;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition?.name.value;
        if (!applies(condition, runtime)) continue;
        const type = condition ? schema.getType(condition) : parent;
        total += costAs(selection.selectionSet, type ?? undefined, runtime);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        const condition = fragment?.typeCondition.name.value;
        if (!fragment || visiting.has(name) || !applies(condition, runtime)) continue;
        const key = `${name} ${runtime?.name ?? ''}`;
        let fragmentCost = memo.get(key);
        if (fragmentCost === undefined) {
          visiting.add(name);
          fragmentCost = costAs(fragment.selectionSet, schema.getType(condition ?? '') ?? undefined, runtime);
          visiting.delete(name);
          memo.set(key, fragmentCost);
        }
        total += fragmentCost;
      }
    }
    return total;
  }

  return cost(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined);
}

export interface OperationMeasures {
  name: string;
  depth: number;
  aliases: number;
  tokens: number;
  directives: number;
  cost: number;
}

function countDirectives(document: DocumentNode): number {
  let count = 0;
  visit(document, {
    Directive() {
      count += 1;
    },
  });
  return count;
}

/** Every measure of each operation in a document (the tokens and directives are the whole document's). */
export function measureOperations(
  schema: GraphQLSchema,
  source: string,
  document: DocumentNode,
  variables: (operation: string) => Record<string, unknown> = () => ({}),
): OperationMeasures[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const measure = shapeMeasurer((name) => fragments.get(name));
  const tokens = countTokens(source);
  const directives = countDirectives(document);
  return document.definitions.flatMap((definition) => {
    if (definition.kind !== Kind.OPERATION_DEFINITION) return [];
    const name = definition.name?.value ?? '(anonymous)';
    const shape = measure(definition.selectionSet);
    return [{ name, ...shape, tokens, directives, cost: operationCost(schema, document, definition, variables(name)) }];
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Validation rules

/**
 * An operation that only asks for `__schema`, `__type` or `__typename`: the development sandbox's introspection
 * query is 15 deep and costs ~16,000. Outside development introspection is refused anyway (Apollo's NoIntrospection).
 */
export function isIntrospectionOnly(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every(
    (selection) => selection.kind === Kind.FIELD && selection.name.value.startsWith('__'),
  );
}

function operationShapeRule(
  check: (shape: Shape, node: OperationDefinitionNode) => RequestLimitError | null,
  exemptIntrospection: boolean,
) {
  return (context: ValidationContext): ASTVisitor => {
    const measure = shapeMeasurer((name) => context.getFragment(name));
    return {
      OperationDefinition(node) {
        if (exemptIntrospection && isIntrospectionOnly(node)) return false;
        const refusal = check(measure(node.selectionSet), node);
        if (refusal) context.reportError(refusal);
        return false;
      },
    };
  };
}

export function maxDepthRule(limit: number, exemptIntrospection = false): ValidationRule {
  return operationShapeRule(
    ({ depth }, node) =>
      depth > limit
        ? new RequestLimitError(
            'QUERY_TOO_DEEP',
            `The query is nested ${depth} levels deep; the limit is ${limit}`,
            limit,
            depth,
            [node],
          )
        : null,
    exemptIntrospection,
  );
}

export function maxAliasesRule(limit: number, exemptIntrospection = false): ValidationRule {
  return operationShapeRule(
    ({ aliases }, node) =>
      aliases > limit
        ? new RequestLimitError(
            'TOO_MANY_ALIASES',
            `The query uses ${aliases} aliases; the limit is ${limit}`,
            limit,
            aliases,
            [node],
          )
        : null,
    exemptIntrospection,
  );
}

export function maxDirectivesRule(limit: number): ValidationRule {
  return (context) => {
    let count = 0;
    return {
      Directive() {
        count += 1;
      },
      Document: {
        leave() {
          if (count > limit) {
            context.reportError(
              new RequestLimitError(
                'TOO_MANY_DIRECTIVES',
                `The query uses ${count} directives; the limit is ${limit}`,
                limit,
                count,
              ),
            );
          }
        },
      },
    };
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Error messages

/** graphql-js's "Did you mean …?" hints, which would let anyone map the schema with typos. */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [\s\S]*\?$/, '');
}

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/** A limit error, as thrown or wrapped by Apollo (whose GraphQLError may come from another copy of graphql). */
function limitErrorOf(error: unknown): RequestLimitError | null {
  if (error instanceof RequestLimitError) return error;
  const original = (error as { originalError?: unknown } | null)?.originalError;
  return original instanceof RequestLimitError ? original : null;
}

function sourceOf(error: unknown): string | null {
  const body = (error as { source?: { body?: unknown } } | null)?.source?.body;
  return typeof body === 'string' ? body : null;
}

// ---------------------------------------------------------------------------------------------------------------
// The Apollo options

export interface RequestLimitOptions<C extends BaseContext> {
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
  /** Wraps the server's own formatError: limit refusals keep their code; suggestions go outside development. */
  formatError: FormatError;
  plugin: ApolloServerPlugin<C>;
}

/**
 * The gateway's request-shape limits as Apollo Server options:
 * `new ApolloServer({ ..., validationRules, parseOptions, formatError, plugins: [..., plugin] })`.
 */
export function requestLimits<C extends BaseContext>(options: {
  development: boolean;
  /** The formatError the server would otherwise use (error masking, logging). */
  formatError?: ApolloServerOptions<C>['formatError'];
  limits?: Partial<RequestLimits>;
}): RequestLimitOptions<C> {
  const limits = { ...DEFAULT_REQUEST_LIMITS, ...options.limits };
  const base: FormatError = options.formatError ?? ((formatted) => formatted);

  return {
    validationRules: [
      maxDepthRule(limits.depth, options.development),
      maxAliasesRule(limits.aliases, options.development),
      maxDirectivesRule(limits.directives),
    ],
    // The parser stops at the limit, before validation spends anything on the document.
    parseOptions: { maxTokens: limits.tokens },
    formatError(formatted, error) {
      const limit = limitErrorOf(error);
      if (limit) {
        return { ...formatted, message: limit.message, extensions: { ...formatted.extensions, code: limit.code } };
      }
      const source = formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' ? sourceOf(error) : null;
      if (source !== null && countTokens(source, limits.tokens) > limits.tokens) {
        return {
          message: `The query has more than ${limits.tokens} tokens; the limit is ${limits.tokens}`,
          extensions: { code: 'TOO_MANY_TOKENS', limit: limits.tokens },
        };
      }
      const answer = base(formatted, error);
      return options.development ? answer : { ...answer, message: withoutSuggestions(answer.message) };
    },
    plugin: {
      async requestDidStart() {
        return {
          // Answers instead of executing: an error thrown from a hook is re-wrapped by Apollo when it comes from another
          // copy of graphql (as in vitest), losing its code and status.
          async responseForOperation({ schema, document, operation, request }) {
            // Apollo's types promise an operation, but it is undefined when the document has none to run: an
            // operationName naming none of its operations, or several operations and no operationName.
            const resolved = operation as OperationDefinitionNode | undefined;
            if (!resolved) return refusal('OPERATION_RESOLUTION_FAILURE', unresolvedOperation(document, request));
            if (!schema.getRootType(resolved.operation)) {
              return refusal('OPERATION_RESOLUTION_FAILURE', `The graph has no ${resolved.operation} operations`);
            }
            if (options.development && isIntrospectionOnly(resolved)) return null;
            const cost = operationCost(schema, document, resolved, request.variables ?? {});
            if (cost <= limits.cost) return null;
            return refusal('QUERY_TOO_COSTLY', `The query would cost ${cost}; the limit is ${limits.cost}`, {
              limit: limits.cost,
              actual: cost,
            });
          },
        };
      },
    },
  };
}

/** graphql-js's own words for a document that has no operation to run (as `execute` would say them). */
function unresolvedOperation(document: DocumentNode, request: { operationName?: string | null }): string {
  // The name is the client's own; a long one is not echoed whole.
  if (request.operationName) return `Unknown operation named "${request.operationName.slice(0, 100)}".`;
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  return operations.length > 1
    ? 'Must provide operation name if query contains multiple operations.'
    : 'Must provide an operation.';
}

/** A 400 answer with a code, given before anything is executed. */
function refusal(code: string, message: string, details: Record<string, unknown> = {}): GraphQLResponse {
  return {
    http: { status: 400, headers: new HeaderMap() },
    body: { kind: 'single', singleResult: { errors: [{ message, extensions: { code, ...details } }] } },
  };
}
