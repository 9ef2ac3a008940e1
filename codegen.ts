import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Resolver types per subgraph, with mappers to the drizzle rows the resolvers actually return.
 * `npm run codegen` rewrites them; tests/generated.test.ts fails when they are stale.
 */
const subgraph = (name: string, mappers: Record<string, string>) => ({
  [`subgraphs/${name}/generated/resolvers.ts`]: {
    schema: [`subgraphs/${name}/schema.graphql`, 'core/graphql/common.graphql'],
    plugins: ['typescript', 'typescript-resolvers'],
    config: {
      federation: true,
      useTypeImports: true,
      contextType: `../context#${name[0]?.toUpperCase()}${name.slice(1)}Context`,
      mapperTypeSuffix: 'Model',
      mappers,
      enumsAsTypes: true,
      scalars: { DateTime: { input: 'Date', output: 'Date | string' }, Date: 'string', MinorUnits: 'number' },
      avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      maybeValue: 'T | null',
    },
  },
});

/** Typed documents as plain strings for browser code: no graphql-js in the bundle. */
const CLIENT_CONFIG = {
  documentMode: 'string',
  useTypeImports: true,
  enumsAsTypes: true,
  scalars: { DateTime: 'string', Date: 'string', MinorUnits: 'number' },
  avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
  maybeValue: 'T | null',
};

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    // Typed documents for the widgets' operations, as plain strings: no graphql-js in the bundle.
    'widgets/generated/': {
      schema: 'gateway/schema.graphql',
      documents: ['widgets/**/*.graphql'],
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        gqlTagName: 'graphql',
        persistedDocuments: { mode: 'replaceDocumentWithHash', hashAlgorithm: 'sha256' },
      },
      config: CLIENT_CONFIG,
    },
    // The staff console's operations, sent as query text with the staff's token (its page is the gateway's own).
    'console/generated/': {
      schema: 'gateway/schema.graphql',
      documents: ['console/**/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: CLIENT_CONFIG,
    },
    ...subgraph('providers', {
      Provider: '../schema#ProviderRow',
      Procedure: '../schema#ProcedureRow',
      Slot: '../schema#SlotRow',
      Appointment: '../models#AppointmentModel',
      Campaign: '../../../core/models#CampaignReference',
      ConversionStats: '../../../core/models#ConversionStatsModel',
      Designation: '../schema#DesignationRow',
      Coordinator: '../schema#CoordinatorRow',
      CalendarFeed: '../schema#CalendarFeedRow',
      AuditEntry: '../../../core/audit#AuditEntryModel',
    }),
    ...subgraph('itineraries', {
      Provider: '../../../core/models#EntityReference',
      Procedure: '../../../core/models#EntityReference',
      Package: '../schema#PackageRow',
      VisaInfo: '../schema#PackageRow',
      ItineraryDay: '../schema#ItineraryDayRow',
      MedicalStep: '../schema#ItineraryStepRow',
      WellnessStep: '../schema#ItineraryStepRow',
      TourStep: '../schema#ItineraryStepRow',
      TransferStep: '../schema#ItineraryStepRow',
      StayStep: '../schema#ItineraryStepRow',
      PriceLine: '../models#PriceLineModel',
      ExchangeRate: '../schema#ExchangeRateRow',
      Inquiry: '../schema#InquiryRow',
      Campaign: '../models#CampaignModel',
      PromotionEvent: '../models#PromotionEventModel',
      ConversionStats: '../../../core/models#ConversionStatsModel',
      AuditEntry: '../../../core/audit#AuditEntryModel',
    }),
    ...subgraph('campaigns', {
      Package: '../../../core/models#EntityReference',
      Provider: '../../../core/models#EntityReference',
      Campaign: '../models#CampaignModel',
      CampaignStats: '../models#CampaignStatsModel',
      Creative: '../schema#CreativeRow',
      PromotionEvent: '../schema#PromotionEventRow',
      EmbedSite: '../schema#EmbedSiteRow',
      AuditEntry: '../../../core/audit#AuditEntryModel',
    }),
  },
};

export default config;
