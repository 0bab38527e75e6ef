-- Row-level security for the årshjul tables (decision 0003).
GRANT SELECT, INSERT, UPDATE, DELETE ON hendelse TO landsby_app;
--> statement-breakpoint
ALTER TABLE hendelse ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON hendelse USING (tjeneste_id = landsby_current_tjeneste());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON hyppighet_vedtak TO landsby_app;
--> statement-breakpoint
ALTER TABLE hyppighet_vedtak ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON hyppighet_vedtak USING (tjeneste_id = landsby_current_tjeneste());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON oppgave TO landsby_app;
--> statement-breakpoint
ALTER TABLE oppgave ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON oppgave USING (tjeneste_id = landsby_current_tjeneste());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON arshjul_innstilling TO landsby_app;
--> statement-breakpoint
ALTER TABLE arshjul_innstilling ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON arshjul_innstilling USING (tjeneste_id = landsby_current_tjeneste());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON kalender_token TO landsby_app;
--> statement-breakpoint
ALTER TABLE kalender_token ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON kalender_token USING (tjeneste_id = landsby_current_tjeneste());
