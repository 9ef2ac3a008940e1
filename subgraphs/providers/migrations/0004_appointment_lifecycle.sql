ALTER TYPE "providers"."appointment_status" ADD VALUE 'DECLINED';--> statement-breakpoint
CREATE TABLE "providers"."reschedule_requests" (
	"appointment_id" uuid NOT NULL,
	"idempotency_key" text NOT NULL,
	"slot_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reschedule_requests_appointment_id_idempotency_key_pk" PRIMARY KEY("appointment_id","idempotency_key")
);
--> statement-breakpoint
ALTER TABLE "providers"."appointments" ADD COLUMN "decline_reason" text;--> statement-breakpoint
ALTER TABLE "providers"."appointments" ADD COLUMN "confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "providers"."appointments" ADD COLUMN "declined_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "providers"."appointments" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "providers"."appointments" ADD COLUMN "rescheduled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "providers"."providers" ADD COLUMN "auto_confirm" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "providers"."providers" ADD COLUMN "cancellation_window_hours" integer DEFAULT 24 NOT NULL;--> statement-breakpoint
ALTER TABLE "providers"."providers" ADD COLUMN "address" text;--> statement-breakpoint
ALTER TABLE "providers"."providers" ADD COLUMN "map_url" text;--> statement-breakpoint
ALTER TABLE "providers"."providers" ADD COLUMN "video_call_url" text;--> statement-breakpoint
ALTER TABLE "providers"."reschedule_requests" ADD CONSTRAINT "reschedule_requests_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "providers"."appointments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "providers"."appointments" ADD CONSTRAINT "appointments_decline_reason" CHECK (char_length("providers"."appointments"."decline_reason") between 1 and 500);--> statement-breakpoint
ALTER TABLE "providers"."providers" ADD CONSTRAINT "providers_cancellation_window" CHECK ("providers"."providers"."cancellation_window_hours" between 0 and 336);