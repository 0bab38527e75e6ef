-- Row-level security for the case model: every table is scoped to the service (decision 0003).
GRANT SELECT, INSERT, UPDATE, DELETE ON barn TO landsby_app;
--> statement-breakpoint
ALTER TABLE barn ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON barn USING (tjeneste_id = landsby_current_tjeneste());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON familiemedlem TO landsby_app;
--> statement-breakpoint
ALTER TABLE familiemedlem ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON familiemedlem USING (tjeneste_id = landsby_current_tjeneste());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON fosterhjem TO landsby_app;
--> statement-breakpoint
ALTER TABLE fosterhjem ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON fosterhjem USING (tjeneste_id = landsby_current_tjeneste());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON fosterhjem_medlem TO landsby_app;
--> statement-breakpoint
ALTER TABLE fosterhjem_medlem ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON fosterhjem_medlem USING (tjeneste_id = landsby_current_tjeneste());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON plassering TO landsby_app;
--> statement-breakpoint
ALTER TABLE plassering ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON plassering USING (tjeneste_id = landsby_current_tjeneste());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON fosterhjemsavtale TO landsby_app;
--> statement-breakpoint
ALTER TABLE fosterhjemsavtale ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON fosterhjemsavtale USING (tjeneste_id = landsby_current_tjeneste());
--> statement-breakpoint
GRANT SELECT, INSERT ON tildeling TO landsby_app;
--> statement-breakpoint
ALTER TABLE tildeling ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON tildeling USING (tjeneste_id = landsby_current_tjeneste());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON landsbymedlem TO landsby_app;
--> statement-breakpoint
ALTER TABLE landsbymedlem ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON landsbymedlem USING (tjeneste_id = landsby_current_tjeneste());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON landsby_mal TO landsby_app;
--> statement-breakpoint
ALTER TABLE landsby_mal ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON landsby_mal USING (tjeneste_id = landsby_current_tjeneste());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON rammefortelling_del TO landsby_app;
--> statement-breakpoint
ALTER TABLE rammefortelling_del ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON rammefortelling_del USING (tjeneste_id = landsby_current_tjeneste());
--> statement-breakpoint
GRANT SELECT, INSERT ON rammefortelling_versjon TO landsby_app;
--> statement-breakpoint
ALTER TABLE rammefortelling_versjon ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON rammefortelling_versjon USING (tjeneste_id = landsby_current_tjeneste());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON tilgang TO landsby_app;
--> statement-breakpoint
ALTER TABLE tilgang ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON tilgang USING (tjeneste_id = landsby_current_tjeneste());
