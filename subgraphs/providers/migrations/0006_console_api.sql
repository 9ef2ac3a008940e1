CREATE TABLE "providers"."audit_trail" (
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
	CONSTRAINT "audit_trail_one_owner" CHECK (num_nonnulls("providers"."audit_trail"."provider", "providers"."audit_trail"."region", "providers"."audit_trail"."organisation") = 1),
	CONSTRAINT "audit_trail_action" CHECK ("providers"."audit_trail"."action" ~ '^[a-z-]+\.[a-z-]+$')
);
--> statement-breakpoint
CREATE TABLE "providers"."calendar_feeds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL,
	"label" text NOT NULL,
	"secret_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	"revoked_at" timestamp with time zone,
	"last_fetched_at" timestamp with time zone,
	CONSTRAINT "calendar_feeds_secret_hash_unique" UNIQUE("secret_hash"),
	CONSTRAINT "calendar_feeds_label" CHECK (char_length("providers"."calendar_feeds"."label") between 1 and 100)
);
--> statement-breakpoint
ALTER TABLE "providers"."providers" ADD COLUMN "settings_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "providers"."slots" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "providers"."calendar_feeds" ADD CONSTRAINT "calendar_feeds_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "providers"."providers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_trail_provider_idx" ON "providers"."audit_trail" USING btree ("provider","at");--> statement-breakpoint
CREATE INDEX "audit_trail_region_idx" ON "providers"."audit_trail" USING btree ("region","at");--> statement-breakpoint
CREATE INDEX "audit_trail_organisation_idx" ON "providers"."audit_trail" USING btree ("organisation","at");--> statement-breakpoint
CREATE INDEX "calendar_feeds_provider_idx" ON "providers"."calendar_feeds" USING btree ("provider_id","created_at");