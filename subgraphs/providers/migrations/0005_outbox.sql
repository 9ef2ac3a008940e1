CREATE TYPE "providers"."delivery_status" AS ENUM('PENDING', 'SENT', 'SKIPPED', 'FAILED');--> statement-breakpoint
CREATE TYPE "providers"."message_kind" AS ENUM('BOOKING_REQUESTED', 'BOOKING_CONFIRMED', 'BOOKING_DECLINED', 'BOOKING_RESCHEDULED', 'BOOKING_CANCELLED', 'REMINDER', 'FOLLOW_UP_INVITATION');--> statement-breakpoint
CREATE TYPE "providers"."message_recipient" AS ENUM('PATIENT', 'STAFF');--> statement-breakpoint
CREATE TABLE "providers"."outbox_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"appointment_id" uuid NOT NULL,
	"kind" "providers"."message_kind" NOT NULL,
	"recipient" "providers"."message_recipient" NOT NULL,
	"facts" jsonb NOT NULL,
	"not_before" timestamp with time zone DEFAULT now() NOT NULL,
	"status" "providers"."delivery_status" DEFAULT 'PENDING' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"lease_until" timestamp with time zone,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outbox_attempts" CHECK ("providers"."outbox_messages"."attempts" >= 0),
	CONSTRAINT "outbox_sent" CHECK (("providers"."outbox_messages"."status" = 'SENT') = ("providers"."outbox_messages"."sent_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "providers"."appointments" ADD COLUMN "time_zone" text;--> statement-breakpoint
ALTER TABLE "providers"."providers" ADD COLUMN "notification_email" text;--> statement-breakpoint
ALTER TABLE "providers"."providers" ADD COLUMN "staff_locale" "providers"."locale" DEFAULT 'KO' NOT NULL;--> statement-breakpoint
ALTER TABLE "providers"."outbox_messages" ADD CONSTRAINT "outbox_messages_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "providers"."appointments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "providers"."outbox_messages" USING btree ("not_before") WHERE "providers"."outbox_messages"."status" = 'PENDING';--> statement-breakpoint
CREATE INDEX "outbox_appointment_idx" ON "providers"."outbox_messages" USING btree ("appointment_id");--> statement-breakpoint
ALTER TABLE "providers"."appointments" ADD CONSTRAINT "appointments_time_zone" CHECK (char_length("providers"."appointments"."time_zone") between 1 and 64);--> statement-breakpoint
ALTER TABLE "providers"."providers" ADD CONSTRAINT "providers_staff_locale" CHECK ("providers"."providers"."staff_locale" in ('KO', 'EN'));