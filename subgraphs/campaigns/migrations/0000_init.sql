CREATE SCHEMA "campaigns";
--> statement-breakpoint
CREATE TYPE "campaigns"."marketing_channel" AS ENUM('LINE', 'WECHAT', 'WEIBO', 'KAKAOTALK', 'WHATSAPP', 'INSTAGRAM', 'YOUTUBE', 'TIKTOK', 'FACEBOOK', 'NEWSLETTER', 'VK', 'ZALO');--> statement-breakpoint
CREATE TYPE "campaigns"."campaign_event_kind" AS ENUM('IMPRESSION', 'CLICK');--> statement-breakpoint
CREATE TYPE "campaigns"."locale" AS ENUM('EN', 'KO', 'ZH', 'ZH_TW', 'JA', 'RU', 'VI', 'MN', 'AR', 'TH');--> statement-breakpoint
CREATE TYPE "campaigns"."promotion_event_kind" AS ENUM('PR_BRIEFING', 'EXHIBITION', 'FAM_TOUR', 'WORKSHOP', 'NEWSLETTER', 'AGREEMENT');--> statement-breakpoint
CREATE TYPE "campaigns"."campaign_theme" AS ENUM('K_POP', 'K_DRAMA', 'K_BEAUTY', 'FESTIVAL', 'WELLNESS', 'MEDICAL');--> statement-breakpoint
CREATE TABLE "campaigns"."campaign_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "campaigns"."campaign_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"campaign_id" uuid NOT NULL,
	"kind" "campaigns"."campaign_event_kind" NOT NULL,
	"site_key" text NOT NULL,
	"placement" text,
	"country" text,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaign_events_country" CHECK ("campaigns"."campaign_events"."country" is null or "campaigns"."campaign_events"."country" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "campaigns"."campaign_packages" (
	"campaign_id" uuid NOT NULL,
	"package_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "campaign_packages_campaign_id_package_id_pk" PRIMARY KEY("campaign_id","package_id")
);
--> statement-breakpoint
CREATE TABLE "campaigns"."campaign_providers" (
	"campaign_id" uuid NOT NULL,
	"provider_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "campaign_providers_campaign_id_provider_id_pk" PRIMARY KEY("campaign_id","provider_id")
);
--> statement-breakpoint
CREATE TABLE "campaigns"."campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"organisation" text NOT NULL,
	"name" jsonb NOT NULL,
	"theme" "campaigns"."campaign_theme" NOT NULL,
	"draft" boolean DEFAULT false NOT NULL,
	"paused" boolean DEFAULT false NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"target_countries" text[] NOT NULL,
	"channels" "campaigns"."marketing_channel"[] NOT NULL,
	"placements" text[] NOT NULL,
	"tracking_code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaigns_slug_unique" UNIQUE("slug"),
	CONSTRAINT "campaigns_tracking_code_unique" UNIQUE("tracking_code"),
	CONSTRAINT "campaigns_slug_format" CHECK ("campaigns"."campaigns"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "campaigns_schedule" CHECK ("campaigns"."campaigns"."ends_at" > "campaigns"."campaigns"."starts_at"),
	CONSTRAINT "campaigns_countries" CHECK (array_to_string("campaigns"."campaigns"."target_countries", ',') ~ '^([A-Z]{2})(,[A-Z]{2})*$'),
	CONSTRAINT "campaigns_tracking_code" CHECK ("campaigns"."campaigns"."tracking_code" ~ '^[A-Z0-9_-]{3,32}$')
);
--> statement-breakpoint
CREATE TABLE "campaigns"."creatives" (
	"campaign_id" uuid NOT NULL,
	"locale" "campaigns"."locale" NOT NULL,
	"headline" text NOT NULL,
	"body" text NOT NULL,
	"image_url" text NOT NULL,
	"cta_label" text NOT NULL,
	"cta_url" text NOT NULL,
	CONSTRAINT "creatives_campaign_id_locale_pk" PRIMARY KEY("campaign_id","locale")
);
--> statement-breakpoint
CREATE TABLE "campaigns"."embed_sites" (
	"key" text PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"organisation" text NOT NULL,
	"allowed_origins" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "embed_sites_key_format" CHECK ("campaigns"."embed_sites"."key" ~ '^[a-z0-9-]{3,64}$'),
	CONSTRAINT "embed_sites_has_origin" CHECK (cardinality("campaigns"."embed_sites"."allowed_origins") > 0)
);
--> statement-breakpoint
CREATE TABLE "campaigns"."promotion_event_packages" (
	"promotion_event_id" uuid NOT NULL,
	"package_id" uuid NOT NULL,
	CONSTRAINT "promotion_event_packages_promotion_event_id_package_id_pk" PRIMARY KEY("promotion_event_id","package_id")
);
--> statement-breakpoint
CREATE TABLE "campaigns"."promotion_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"kind" "campaigns"."promotion_event_kind" NOT NULL,
	"organisation" text NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"city" text NOT NULL,
	"country" text NOT NULL,
	"target_countries" text[] NOT NULL,
	"partners" text[] NOT NULL,
	"campaign_id" uuid,
	"leads" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "promotion_events_slug_unique" UNIQUE("slug"),
	CONSTRAINT "promotion_events_schedule" CHECK ("campaigns"."promotion_events"."ends_at" >= "campaigns"."promotion_events"."starts_at"),
	CONSTRAINT "promotion_events_country" CHECK ("campaigns"."promotion_events"."country" ~ '^[A-Z]{2}$'),
	CONSTRAINT "promotion_events_targets" CHECK (array_to_string("campaigns"."promotion_events"."target_countries", ',') ~ '^([A-Z]{2})(,[A-Z]{2})*$'),
	CONSTRAINT "promotion_events_leads" CHECK ("campaigns"."promotion_events"."leads" >= 0)
);
--> statement-breakpoint
ALTER TABLE "campaigns"."campaign_events" ADD CONSTRAINT "campaign_events_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."campaign_events" ADD CONSTRAINT "campaign_events_site_key_embed_sites_key_fk" FOREIGN KEY ("site_key") REFERENCES "campaigns"."embed_sites"("key") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."campaign_packages" ADD CONSTRAINT "campaign_packages_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."campaign_providers" ADD CONSTRAINT "campaign_providers_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."creatives" ADD CONSTRAINT "creatives_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."promotion_event_packages" ADD CONSTRAINT "promotion_event_packages_promotion_event_id_promotion_events_id_fk" FOREIGN KEY ("promotion_event_id") REFERENCES "campaigns"."promotion_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."promotion_events" ADD CONSTRAINT "promotion_events_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"."campaigns"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "campaign_events_campaign_idx" ON "campaigns"."campaign_events" USING btree ("campaign_id","kind","occurred_at");--> statement-breakpoint
CREATE INDEX "campaign_packages_package_idx" ON "campaigns"."campaign_packages" USING btree ("package_id");--> statement-breakpoint
CREATE INDEX "campaigns_schedule_idx" ON "campaigns"."campaigns" USING btree ("starts_at","ends_at");--> statement-breakpoint
CREATE INDEX "promotion_events_starts_idx" ON "campaigns"."promotion_events" USING btree ("starts_at","slug");