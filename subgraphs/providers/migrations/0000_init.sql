CREATE SCHEMA "providers";
--> statement-breakpoint
CREATE TYPE "providers"."appointment_status" AS ENUM('HELD', 'CONFIRMED', 'CANCELLED');--> statement-breakpoint
CREATE TYPE "providers"."chat_channel" AS ENUM('LINE', 'WECHAT', 'KAKAOTALK', 'WHATSAPP', 'TELEGRAM', 'EMAIL', 'PHONE', 'ZALO');--> statement-breakpoint
CREATE TYPE "providers"."consultation_mode" AS ENUM('IN_PERSON', 'REMOTE');--> statement-breakpoint
CREATE TYPE "providers"."designation_kind" AS ENUM('FOREIGN_PATIENT_REGISTRATION', 'E_VISA', 'KAHF', 'JCI', 'KOIHA');--> statement-breakpoint
CREATE TYPE "providers"."locale" AS ENUM('EN', 'KO', 'ZH', 'ZH_TW', 'JA', 'RU', 'VI', 'MN', 'AR', 'TH');--> statement-breakpoint
CREATE TYPE "providers"."provider_kind" AS ENUM('CLINIC', 'HOSPITAL', 'GENERAL_HOSPITAL', 'TERTIARY_HOSPITAL', 'KOREAN_MEDICINE_HOSPITAL', 'HEALTH_SCREENING_CENTER', 'WELLNESS_CENTER');--> statement-breakpoint
CREATE TYPE "providers"."region" AS ENUM('SEOUL', 'BUSAN', 'DAEGU', 'INCHEON', 'GWANGJU', 'DAEJEON', 'ULSAN', 'SEJONG', 'GYEONGGI', 'GANGWON', 'CHUNGBUK', 'CHUNGNAM', 'JEONBUK', 'JEONNAM', 'GYEONGBUK', 'GYEONGNAM', 'JEJU');--> statement-breakpoint
CREATE TYPE "providers"."specialty" AS ENUM('PLASTIC_SURGERY', 'DERMATOLOGY', 'CANCER_CARE', 'ORGAN_TRANSPLANT', 'KOREAN_MEDICINE', 'HEALTH_SCREENING', 'INTERNAL_MEDICINE', 'ORTHOPEDICS', 'DENTISTRY', 'OPHTHALMOLOGY', 'FERTILITY', 'WELLNESS');--> statement-breakpoint
CREATE TYPE "providers"."wellness_cluster" AS ENUM('INCHEON', 'DAEGU_GYEONGBUK', 'BUSAN', 'GANGWON', 'JEONBUK', 'CHUNGBUK');--> statement-breakpoint
CREATE TABLE "providers"."appointments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"slot_id" uuid NOT NULL,
	"party_size" integer NOT NULL,
	"status" "providers"."appointment_status" DEFAULT 'HELD' NOT NULL,
	"contact_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"contact_phone" text,
	"nationality" text NOT NULL,
	"locale" "providers"."locale" NOT NULL,
	"campaign_code" text,
	"consent_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointments_reference_unique" UNIQUE("reference"),
	CONSTRAINT "appointments_party_size" CHECK ("providers"."appointments"."party_size" between 1 and 10),
	CONSTRAINT "appointments_nationality" CHECK ("providers"."appointments"."nationality" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "providers"."coordinators" (
	"provider_id" uuid NOT NULL,
	"language" "providers"."locale" NOT NULL,
	"channels" "providers"."chat_channel"[] NOT NULL,
	CONSTRAINT "coordinators_provider_id_language_pk" PRIMARY KEY("provider_id","language")
);
--> statement-breakpoint
CREATE TABLE "providers"."designations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL,
	"kind" "providers"."designation_kind" NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date NOT NULL,
	CONSTRAINT "designations_provider_kind_from" UNIQUE("provider_id","kind","valid_from"),
	CONSTRAINT "designations_period" CHECK ("providers"."designations"."valid_until" >= "providers"."designations"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "providers"."hold_requests" (
	"idempotency_key" text PRIMARY KEY NOT NULL,
	"request_hash" text NOT NULL,
	"appointment_id" uuid,
	"result" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "providers"."procedures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"specialty" "providers"."specialty" NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb,
	"price_min_krw" integer NOT NULL,
	"price_max_krw" integer NOT NULL,
	"duration_minutes" integer NOT NULL,
	"recovery_days" integer DEFAULT 0 NOT NULL,
	"remote_follow_up" boolean DEFAULT false NOT NULL,
	"vat_refundable" boolean DEFAULT false NOT NULL,
	CONSTRAINT "procedures_slug_unique" UNIQUE("slug"),
	CONSTRAINT "procedures_price_range" CHECK ("providers"."procedures"."price_min_krw" >= 0 and "providers"."procedures"."price_max_krw" >= "providers"."procedures"."price_min_krw"),
	CONSTRAINT "procedures_duration" CHECK ("providers"."procedures"."duration_minutes" > 0),
	CONSTRAINT "procedures_recovery" CHECK ("providers"."procedures"."recovery_days" >= 0)
);
--> statement-breakpoint
CREATE TABLE "providers"."providers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"kind" "providers"."provider_kind" NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb,
	"region" "providers"."region" NOT NULL,
	"city" text NOT NULL,
	"wellness_cluster" "providers"."wellness_cluster",
	"website" text,
	"specialties" "providers"."specialty"[] NOT NULL,
	"telemedicine" boolean DEFAULT false NOT NULL,
	"registration_number" text NOT NULL,
	"insurance_valid_until" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "providers_slug_unique" UNIQUE("slug"),
	CONSTRAINT "providers_registration_number_unique" UNIQUE("registration_number"),
	CONSTRAINT "providers_slug_format" CHECK ("providers"."providers"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "providers_name_has_en_or_ko" CHECK ("providers"."providers"."name" ? 'EN' or "providers"."providers"."name" ? 'KO'),
	CONSTRAINT "providers_has_specialty" CHECK (cardinality("providers"."providers"."specialties") > 0)
);
--> statement-breakpoint
CREATE TABLE "providers"."slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL,
	"procedure_id" uuid,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"mode" "providers"."consultation_mode" NOT NULL,
	"capacity" integer NOT NULL,
	"remaining" integer NOT NULL,
	"interpreter_language" "providers"."locale",
	CONSTRAINT "slots_period" CHECK ("providers"."slots"."ends_at" > "providers"."slots"."starts_at"),
	CONSTRAINT "slots_capacity" CHECK ("providers"."slots"."capacity" > 0),
	CONSTRAINT "slots_remaining" CHECK ("providers"."slots"."remaining" >= 0 and "providers"."slots"."remaining" <= "providers"."slots"."capacity")
);
--> statement-breakpoint
ALTER TABLE "providers"."appointments" ADD CONSTRAINT "appointments_slot_id_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "providers"."slots"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "providers"."coordinators" ADD CONSTRAINT "coordinators_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "providers"."providers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "providers"."designations" ADD CONSTRAINT "designations_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "providers"."providers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "providers"."hold_requests" ADD CONSTRAINT "hold_requests_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "providers"."appointments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "providers"."procedures" ADD CONSTRAINT "procedures_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "providers"."providers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "providers"."slots" ADD CONSTRAINT "slots_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "providers"."providers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "providers"."slots" ADD CONSTRAINT "slots_procedure_id_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "providers"."procedures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appointments_slot_idx" ON "providers"."appointments" USING btree ("slot_id");--> statement-breakpoint
CREATE INDEX "coordinators_language_idx" ON "providers"."coordinators" USING btree ("language");--> statement-breakpoint
CREATE INDEX "designations_kind_idx" ON "providers"."designations" USING btree ("kind","valid_until");--> statement-breakpoint
CREATE INDEX "hold_requests_created_idx" ON "providers"."hold_requests" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "procedures_provider_idx" ON "providers"."procedures" USING btree ("provider_id");--> statement-breakpoint
CREATE INDEX "providers_region_idx" ON "providers"."providers" USING btree ("region");--> statement-breakpoint
CREATE INDEX "slots_provider_starts_idx" ON "providers"."slots" USING btree ("provider_id","starts_at");