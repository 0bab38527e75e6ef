-- Security: the request role, grants, row-level security and the append-only audit log.
-- See docs/decisions/0003-privacy-in-the-database.md.
--
-- Every request that touches personal data runs in a transaction that does
--   SELECT set_config('landsby.tjeneste_id', '<service uuid>', true); SET LOCAL ROLE landsby_app;
-- landsby_app owns nothing, so row-level security applies to it even when the connection
-- itself is a superuser or the table owner.
DO $$
BEGIN
  CREATE ROLE landsby_app NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END
$$;
--> statement-breakpoint
DO $$
BEGIN
  EXECUTE format('GRANT landsby_app TO %I', current_user);
EXCEPTION WHEN OTHERS THEN
  NULL; -- a superuser can SET ROLE without membership; an ordinary owner gets it here
END
$$;
--> statement-breakpoint
CREATE FUNCTION landsby_current_tjeneste() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('landsby.tjeneste_id', true), '')::uuid $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO landsby_app;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION landsby_current_tjeneste() TO landsby_app;
--> statement-breakpoint
-- Reference data without personal data: readable by the request role.
GRANT SELECT ON samarbeid, tjeneste, tjeneste_samarbeid, kommune TO landsby_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON team, users TO landsby_app;
--> statement-breakpoint
-- The audit log can only be appended to and read by the request role.
GRANT SELECT, INSERT ON audit_log TO landsby_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON audit_head TO landsby_app;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE audit_log_id_seq TO landsby_app;
--> statement-breakpoint
ALTER TABLE team ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON team USING (tjeneste_id = landsby_current_tjeneste());
--> statement-breakpoint
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON users USING (tjeneste_id = landsby_current_tjeneste());
--> statement-breakpoint
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON audit_log USING (tjeneste_id = landsby_current_tjeneste())
  WITH CHECK (tjeneste_id = landsby_current_tjeneste() AND kjede = tjeneste_id::text);
--> statement-breakpoint
ALTER TABLE audit_head ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON audit_head USING (kjede = landsby_current_tjeneste()::text);
--> statement-breakpoint
-- Sessions are only touched by the sign-in layer, never by the request role.
ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
