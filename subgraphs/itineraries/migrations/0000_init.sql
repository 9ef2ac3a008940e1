CREATE SCHEMA "itineraries";
--> statement-breakpoint
CREATE TYPE "itineraries"."locale" AS ENUM('EN', 'KO', 'ZH', 'ZH_TW', 'JA', 'RU', 'VI', 'MN', 'AR', 'TH');--> statement-breakpoint
CREATE TYPE "itineraries"."lodging_kind" AS ENUM('HOTEL', 'HANOK', 'RESORT', 'HOT_SPRING_RESORT', 'HOSPITAL_RESIDENCE', 'TEMPLE_STAY');--> statement-breakpoint
CREATE TYPE "itineraries"."package_status" AS ENUM('DRAFT', 'PUBLISHED', 'CLOSED');--> statement-breakpoint
CREATE TYPE "itineraries"."price_kind" AS ENUM('MEDICAL', 'INTERPRETATION', 'TRANSPORT', 'LODGING', 'TOURISM');--> statement-breakpoint
CREATE TYPE "itineraries"."region" AS ENUM('SEOUL', 'BUSAN', 'DAEGU', 'INCHEON', 'GWANGJU', 'DAEJEON', 'ULSAN', 'SEJONG', 'GYEONGGI', 'GANGWON', 'CHUNGBUK', 'CHUNGNAM', 'JEONBUK', 'JEONNAM', 'GYEONGBUK', 'GYEONGNAM', 'JEJU');--> statement-breakpoint
CREATE TYPE "itineraries"."package_segment" AS ENUM('STANDARD', 'VIP', 'LONG_STAY', 'GROUP');--> statement-breakpoint
CREATE TYPE "itineraries"."step_kind" AS ENUM('MEDICAL', 'WELLNESS', 'TOUR', 'TRANSFER', 'STAY');--> statement-breakpoint
CREATE TYPE "itineraries"."package_theme" AS ENUM('K_BEAUTY', 'K_POP', 'K_DRAMA', 'FESTIVAL', 'WELLNESS', 'HEALTH_CHECKUP', 'CANCER_CARE', 'TRANSPLANT', 'KOREAN_MEDICINE', 'FAM_TOUR');--> statement-breakpoint
CREATE TYPE "itineraries"."tour_category" AS ENUM('K_POP', 'K_DRAMA', 'K_BEAUTY', 'FESTIVAL', 'SIGHTSEEING', 'FOOD', 'SHOPPING');--> statement-breakpoint
CREATE TYPE "itineraries"."transport_mode" AS ENUM('FLIGHT', 'KTX', 'CAR', 'BUS', 'FERRY');--> statement-breakpoint
CREATE TYPE "itineraries"."visa_type" AS ENUM('C_3_3', 'G_1_10', 'K_ETA_EXEMPT', 'TRANSIT_VISA_FREE');--> statement-breakpoint
CREATE TYPE "itineraries"."wellness_activity" AS ENUM('HOT_SPRING', 'SPA', 'MEDITATION', 'FOREST_THERAPY', 'HERBAL_THERAPY');--> statement-breakpoint
CREATE TYPE "itineraries"."wellness_cluster" AS ENUM('INCHEON', 'DAEGU_GYEONGBUK', 'BUSAN', 'GANGWON', 'JEONBUK', 'CHUNGBUK');--> statement-breakpoint
CREATE TABLE "itineraries"."exchange_rates" (
	"currency" char(3) NOT NULL,
	"as_of" date NOT NULL,
	"krw_per_unit" numeric(14, 6) NOT NULL,
	CONSTRAINT "exchange_rates_currency_as_of_pk" PRIMARY KEY("currency","as_of"),
	CONSTRAINT "exchange_rates_positive" CHECK ("itineraries"."exchange_rates"."krw_per_unit" > 0),
	CONSTRAINT "exchange_rates_currency" CHECK ("itineraries"."exchange_rates"."currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "itineraries"."inquiries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"package_id" uuid NOT NULL,
	"party_size" integer NOT NULL,
	"preferred_start" date,
	"locale" "itineraries"."locale" NOT NULL,
	"contact_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"contact_phone" text,
	"nationality" text NOT NULL,
	"message" text,
	"campaign_code" text,
	"site_key" text,
	"consent_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inquiries_reference_unique" UNIQUE("reference"),
	CONSTRAINT "inquiries_party_size" CHECK ("itineraries"."inquiries"."party_size" between 1 and 11),
	CONSTRAINT "inquiries_nationality" CHECK ("itineraries"."inquiries"."nationality" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "itineraries"."inquiry_requests" (
	"idempotency_key" text PRIMARY KEY NOT NULL,
	"request_hash" text NOT NULL,
	"inquiry_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "itineraries"."itinerary_days" (
	"package_id" uuid NOT NULL,
	"day" integer NOT NULL,
	"title" jsonb NOT NULL,
	CONSTRAINT "itinerary_days_package_id_day_pk" PRIMARY KEY("package_id","day"),
	CONSTRAINT "itinerary_days_day" CHECK ("itineraries"."itinerary_days"."day" >= 1)
);
--> statement-breakpoint
CREATE TABLE "itineraries"."itinerary_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"package_id" uuid NOT NULL,
	"day" integer NOT NULL,
	"position" integer NOT NULL,
	"kind" "itineraries"."step_kind" NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb,
	"provider_id" uuid,
	"procedure_id" uuid,
	"activity" "itineraries"."wellness_activity",
	"category" "itineraries"."tour_category",
	"from_place" text,
	"to_place" text,
	"transport" "itineraries"."transport_mode",
	"duration_minutes" integer,
	"nights" integer,
	"lodging" "itineraries"."lodging_kind",
	CONSTRAINT "itinerary_steps_order" UNIQUE("package_id","day","position"),
	CONSTRAINT "itinerary_steps_medical" CHECK ("itineraries"."itinerary_steps"."kind" <> 'MEDICAL' or "itineraries"."itinerary_steps"."provider_id" is not null),
	CONSTRAINT "itinerary_steps_wellness" CHECK ("itineraries"."itinerary_steps"."kind" <> 'WELLNESS' or "itineraries"."itinerary_steps"."activity" is not null),
	CONSTRAINT "itinerary_steps_tour" CHECK ("itineraries"."itinerary_steps"."kind" <> 'TOUR' or "itineraries"."itinerary_steps"."category" is not null),
	CONSTRAINT "itinerary_steps_transfer" CHECK ("itineraries"."itinerary_steps"."kind" <> 'TRANSFER' or ("itineraries"."itinerary_steps"."from_place" is not null and "itineraries"."itinerary_steps"."to_place" is not null and "itineraries"."itinerary_steps"."transport" is not null)),
	CONSTRAINT "itinerary_steps_stay" CHECK ("itineraries"."itinerary_steps"."kind" <> 'STAY' or ("itineraries"."itinerary_steps"."nights" >= 1 and "itineraries"."itinerary_steps"."lodging" is not null))
);
--> statement-breakpoint
CREATE TABLE "itineraries"."package_prices" (
	"package_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" "itineraries"."price_kind" NOT NULL,
	"label" jsonb NOT NULL,
	"amount_krw" integer NOT NULL,
	CONSTRAINT "package_prices_package_id_position_pk" PRIMARY KEY("package_id","position"),
	CONSTRAINT "package_prices_amount" CHECK ("itineraries"."package_prices"."amount_krw" >= 0)
);
--> statement-breakpoint
CREATE TABLE "itineraries"."packages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"status" "itineraries"."package_status" DEFAULT 'PUBLISHED' NOT NULL,
	"title" jsonb NOT NULL,
	"summary" jsonb NOT NULL,
	"theme" "itineraries"."package_theme" NOT NULL,
	"segment" "itineraries"."package_segment" NOT NULL,
	"region" "itineraries"."region" NOT NULL,
	"wellness_cluster" "itineraries"."wellness_cluster",
	"duration_days" integer NOT NULL,
	"max_guardians" integer DEFAULT 0 NOT NULL,
	"total_price_krw" integer NOT NULL,
	"visa_recommended" "itineraries"."visa_type" NOT NULL,
	"e_visa_eligible" boolean DEFAULT false NOT NULL,
	"transfer_visa_free" boolean DEFAULT false NOT NULL,
	"visa_notes" jsonb,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "packages_slug_unique" UNIQUE("slug"),
	CONSTRAINT "packages_slug_format" CHECK ("itineraries"."packages"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "packages_duration" CHECK ("itineraries"."packages"."duration_days" between 1 and 365),
	CONSTRAINT "packages_guardians" CHECK ("itineraries"."packages"."max_guardians" between 0 and 10),
	CONSTRAINT "packages_total_price" CHECK ("itineraries"."packages"."total_price_krw" >= 0),
	CONSTRAINT "packages_transfer_visa_free_days" CHECK (not "itineraries"."packages"."transfer_visa_free" or "itineraries"."packages"."duration_days" <= 5)
);
--> statement-breakpoint
ALTER TABLE "itineraries"."inquiries" ADD CONSTRAINT "inquiries_package_id_packages_id_fk" FOREIGN KEY ("package_id") REFERENCES "itineraries"."packages"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "itineraries"."inquiry_requests" ADD CONSTRAINT "inquiry_requests_inquiry_id_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "itineraries"."inquiries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "itineraries"."itinerary_days" ADD CONSTRAINT "itinerary_days_package_id_packages_id_fk" FOREIGN KEY ("package_id") REFERENCES "itineraries"."packages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "itineraries"."itinerary_steps" ADD CONSTRAINT "itinerary_steps_package_id_day_itinerary_days_package_id_day_fk" FOREIGN KEY ("package_id","day") REFERENCES "itineraries"."itinerary_days"("package_id","day") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "itineraries"."package_prices" ADD CONSTRAINT "package_prices_package_id_packages_id_fk" FOREIGN KEY ("package_id") REFERENCES "itineraries"."packages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inquiries_package_idx" ON "itineraries"."inquiries" USING btree ("package_id","created_at");--> statement-breakpoint
CREATE INDEX "inquiries_campaign_idx" ON "itineraries"."inquiries" USING btree ("campaign_code");--> statement-breakpoint
CREATE INDEX "itinerary_steps_provider_idx" ON "itineraries"."itinerary_steps" USING btree ("provider_id");--> statement-breakpoint
CREATE INDEX "packages_listing_idx" ON "itineraries"."packages" USING btree ("status","region","theme","slug");