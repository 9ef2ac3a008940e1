CREATE TYPE "campaigns"."tracking_rejection" AS ENUM('UNVERIFIED_SITE', 'NOT_RUNNING', 'SITE_NOT_TARGETED', 'PLACEMENT_NOT_TARGETED', 'COUNTRY_NOT_TARGETED', 'MISSING_VIEW_ID', 'CLICK_WITHOUT_IMPRESSION', 'DUPLICATE');--> statement-breakpoint
CREATE TABLE "campaigns"."tracking_rejections" (
	"campaign_id" uuid NOT NULL,
	"day" date NOT NULL,
	"reason" "campaigns"."tracking_rejection" NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "tracking_rejections_campaign_id_day_reason_pk" PRIMARY KEY("campaign_id","day","reason"),
	CONSTRAINT "tracking_rejections_count" CHECK ("campaigns"."tracking_rejections"."count" > 0)
);
--> statement-breakpoint
ALTER TABLE "campaigns"."campaign_events" ADD COLUMN "view_id" uuid;--> statement-breakpoint
ALTER TABLE "campaigns"."tracking_rejections" ADD CONSTRAINT "tracking_rejections_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."campaign_events" ADD CONSTRAINT "campaign_events_once_per_view" UNIQUE("campaign_id","view_id","kind");