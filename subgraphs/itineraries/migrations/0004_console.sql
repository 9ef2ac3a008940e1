CREATE TYPE "itineraries"."delivery_status" AS ENUM('PENDING', 'SENT', 'FAILED');--> statement-breakpoint
CREATE TYPE "itineraries"."inquiry_event_kind" AS ENUM('NOTE', 'REPLY', 'STATUS');--> statement-breakpoint
CREATE TYPE "itineraries"."inquiry_status" AS ENUM('NEW', 'CONTACTED', 'QUOTED', 'BOOKED', 'LOST');--> statement-breakpoint
CREATE TABLE "itineraries"."audit_trail" (
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
	CONSTRAINT "audit_trail_one_owner" CHECK (num_nonnulls("itineraries"."audit_trail"."provider", "itineraries"."audit_trail"."region", "itineraries"."audit_trail"."organisation") = 1),
	CONSTRAINT "audit_trail_action" CHECK ("itineraries"."audit_trail"."action" ~ '^[a-z-]+\.[a-z-]+$')
);
--> statement-breakpoint
CREATE TABLE "itineraries"."inquiry_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inquiry_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	"actor_id" text NOT NULL,
	"kind" "itineraries"."inquiry_event_kind" NOT NULL,
	"text" text,
	"status" "itineraries"."inquiry_status",
	CONSTRAINT "inquiry_events_status" CHECK (("itineraries"."inquiry_events"."kind" = 'STATUS') = ("itineraries"."inquiry_events"."status" is not null)),
	CONSTRAINT "inquiry_events_text" CHECK ("itineraries"."inquiry_events"."kind" = 'STATUS' or "itineraries"."inquiry_events"."text" is not null)
);
--> statement-breakpoint
CREATE TABLE "itineraries"."region_contacts" (
	"region" "itineraries"."region" PRIMARY KEY NOT NULL,
	"reply_to" text NOT NULL,
	CONSTRAINT "region_contacts_reply_to" CHECK ("itineraries"."region_contacts"."reply_to" ~ '^[^\s@<>]+@[^\s@<>]+$')
);
--> statement-breakpoint
CREATE TABLE "itineraries"."reply_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"not_before" timestamp with time zone DEFAULT now() NOT NULL,
	"status" "itineraries"."delivery_status" DEFAULT 'PENDING' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"lease_until" timestamp with time zone,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reply_outbox_event_id_unique" UNIQUE("event_id"),
	CONSTRAINT "reply_outbox_attempts" CHECK ("itineraries"."reply_outbox"."attempts" >= 0),
	CONSTRAINT "reply_outbox_sent" CHECK (("itineraries"."reply_outbox"."status" = 'SENT') = ("itineraries"."reply_outbox"."sent_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "itineraries"."inquiries" ALTER COLUMN "created_at" SET DATA TYPE timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "itineraries"."inquiries" ALTER COLUMN "created_at" SET DEFAULT now();--> statement-breakpoint
ALTER TABLE "itineraries"."inquiries" ADD COLUMN "status" "itineraries"."inquiry_status" DEFAULT 'NEW' NOT NULL;--> statement-breakpoint
ALTER TABLE "itineraries"."inquiries" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "itineraries"."packages" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "itineraries"."inquiry_events" ADD CONSTRAINT "inquiry_events_inquiry_id_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "itineraries"."inquiries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "itineraries"."reply_outbox" ADD CONSTRAINT "reply_outbox_event_id_inquiry_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "itineraries"."inquiry_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_trail_provider_idx" ON "itineraries"."audit_trail" USING btree ("provider","at");--> statement-breakpoint
CREATE INDEX "audit_trail_region_idx" ON "itineraries"."audit_trail" USING btree ("region","at");--> statement-breakpoint
CREATE INDEX "audit_trail_organisation_idx" ON "itineraries"."audit_trail" USING btree ("organisation","at");--> statement-breakpoint
CREATE INDEX "inquiry_events_inquiry_idx" ON "itineraries"."inquiry_events" USING btree ("inquiry_id","at");--> statement-breakpoint
CREATE INDEX "reply_outbox_pending_idx" ON "itineraries"."reply_outbox" USING btree ("not_before") WHERE "itineraries"."reply_outbox"."status" = 'PENDING';--> statement-breakpoint
CREATE INDEX "inquiries_status_idx" ON "itineraries"."inquiries" USING btree ("status","created_at");