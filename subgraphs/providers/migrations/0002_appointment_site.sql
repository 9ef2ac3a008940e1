ALTER TABLE "providers"."appointments" ADD COLUMN "site_key" text;--> statement-breakpoint
CREATE INDEX "appointments_campaign_idx" ON "providers"."appointments" USING btree ("campaign_code");