CREATE TABLE "campaigns"."audit_trail" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"actor_id" text NOT NULL,
	"actor_role" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"provider" text,
	"region" text,
	"organisation" text,
	"before" jsonb,
	"after" jsonb,
	CONSTRAINT "audit_trail_one_owner" CHECK (num_nonnulls("campaigns"."audit_trail"."provider", "campaigns"."audit_trail"."region", "campaigns"."audit_trail"."organisation") = 1),
	CONSTRAINT "audit_trail_action" CHECK ("campaigns"."audit_trail"."action" ~ '^[a-z-]+\.[a-z-]+$')
);
--> statement-breakpoint
ALTER TABLE "campaigns"."campaigns" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "campaigns"."promotion_events" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE INDEX "audit_trail_provider_idx" ON "campaigns"."audit_trail" USING btree ("provider","at");--> statement-breakpoint
CREATE INDEX "audit_trail_region_idx" ON "campaigns"."audit_trail" USING btree ("region","at");--> statement-breakpoint
CREATE INDEX "audit_trail_organisation_idx" ON "campaigns"."audit_trail" USING btree ("organisation","at");