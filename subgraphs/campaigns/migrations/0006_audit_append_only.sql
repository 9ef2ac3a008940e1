-- The audit trail refuses UPDATE, DELETE and TRUNCATE (core/audit.ts APPEND_ONLY_SQL).
CREATE FUNCTION "campaigns".audit_trail_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_trail_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "campaigns"."audit_trail"
  FOR EACH STATEMENT EXECUTE FUNCTION "campaigns".audit_trail_append_only();
