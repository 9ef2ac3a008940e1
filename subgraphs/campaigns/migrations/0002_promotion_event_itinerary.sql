CREATE TABLE "campaigns"."promotion_event_providers" (
	"promotion_event_id" uuid NOT NULL,
	"provider_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "promotion_event_providers_promotion_event_id_provider_id_pk" PRIMARY KEY("promotion_event_id","provider_id")
);
--> statement-breakpoint
ALTER TABLE "campaigns"."promotion_events" ADD COLUMN "itinerary_package_id" uuid;--> statement-breakpoint
ALTER TABLE "campaigns"."promotion_event_providers" ADD CONSTRAINT "promotion_event_providers_promotion_event_id_promotion_events_id_fk" FOREIGN KEY ("promotion_event_id") REFERENCES "campaigns"."promotion_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns"."promotion_events" ADD CONSTRAINT "promotion_events_itinerary" CHECK ("campaigns"."promotion_events"."itinerary_package_id" is null or "campaigns"."promotion_events"."kind" = 'FAM_TOUR');