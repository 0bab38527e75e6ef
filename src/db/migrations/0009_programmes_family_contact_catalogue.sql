CREATE TYPE "public"."adopsjon_status" AS ENUM('interessert', 'adoptert', 'avsluttet');--> statement-breakpoint
CREATE TYPE "public"."kurs" AS ENUM('trygg_base', 'tbo_f', 'efst', 'grunnopplaering', 'annet');--> statement-breakpoint
CREATE TYPE "public"."okt_status" AS ENUM('planlagt', 'gjennomfort', 'avlyst');--> statement-breakpoint
CREATE TYPE "public"."plan_status" AS ENUM('aktiv', 'fullfort', 'avbrutt');--> statement-breakpoint
CREATE TYPE "public"."program_status" AS ENUM('foreslatt', 'akseptert', 'avslatt', 'fullfort', 'avbrutt');--> statement-breakpoint
CREATE TYPE "public"."samvaer_per" AS ENUM('uke', 'maned', 'ar');--> statement-breakpoint
CREATE TYPE "public"."samvaer_tilsyn" AS ENUM('uten', 'stottet', 'beskyttet');--> statement-breakpoint
CREATE TYPE "public"."tilbakeforing_beslutning" AS ENUM('fremme_sak', 'fortsette_prosess', 'avslutte_mal');--> statement-breakpoint
ALTER TYPE "public"."hendelse_type" ADD VALUE 'arlig_evaluering';--> statement-breakpoint
ALTER TYPE "public"."hendelse_type" ADD VALUE 'samtale_ovrige_barn';--> statement-breakpoint
CREATE TABLE "gjenforeningsplan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"barn_id" uuid NOT NULL,
	"status" "plan_status" DEFAULT 'aktiv' NOT NULL,
	"steg" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"opprettet_av" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "katalog_endring" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"samarbeid_id" uuid NOT NULL,
	"produkt_id" text NOT NULL,
	"endring" jsonb NOT NULL,
	"begrunnelse" text NOT NULL,
	"endret_av" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kurs_deltakelse" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"fosterhjem_id" uuid NOT NULL,
	"medlem_id" uuid NOT NULL,
	"kurs" "kurs" NOT NULL,
	"tilbudt" date NOT NULL,
	"gjennomfort" date,
	"takket_nei" boolean DEFAULT false NOT NULL,
	"notat" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "produkt_adopsjon" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"produkt_id" text NOT NULL,
	"status" "adopsjon_status" NOT NULL,
	"plan" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"adoptert_dato" date,
	"endret_av" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "program_materiale" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"program_id" text NOT NULL,
	"nummer" integer NOT NULL,
	"tittel" text NOT NULL,
	"url" text NOT NULL,
	"lagt_til_av" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programforlop" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"program_id" text NOT NULL,
	"program_versjon" integer NOT NULL,
	"barn_id" uuid NOT NULL,
	"plassering_id" uuid,
	"fosterhjem_id" uuid,
	"familiemedlem_id" uuid,
	"status" "program_status" DEFAULT 'foreslatt' NOT NULL,
	"foreslatt" date NOT NULL,
	"svar_dato" date,
	"arsak" text,
	"ansvarlig_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programokt" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"forlop_id" uuid NOT NULL,
	"nummer" integer NOT NULL,
	"planlagt" timestamp with time zone NOT NULL,
	"status" "okt_status" DEFAULT 'planlagt' NOT NULL,
	"gjennomfort" date,
	"deltakere" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notat" text,
	"dokument_id" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "samvaer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"barn_id" uuid NOT NULL,
	"familiemedlem_id" uuid NOT NULL,
	"dato" date NOT NULL,
	"status" "okt_status" DEFAULT 'planlagt' NOT NULL,
	"avlyst_arsak" text,
	"rapport_mottatt" date,
	"gjennomgang_dokument_id" uuid,
	"notat" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "samvaersplan" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"barn_id" uuid NOT NULL,
	"familiemedlem_id" uuid NOT NULL,
	"fra" date NOT NULL,
	"antall" integer NOT NULL,
	"per" "samvaer_per" NOT NULL,
	"varighet_timer" integer NOT NULL,
	"sted" text,
	"tilsyn" "samvaer_tilsyn" NOT NULL,
	"grunnlag" text NOT NULL,
	"begrunnelse" text,
	"registrert_av" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tilbakeforingsvurdering" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"barn_id" uuid NOT NULL,
	"steg" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"beslutning" "tilbakeforing_beslutning",
	"begrunnelse" text,
	"besluttet_dato" date,
	"besluttet_av" uuid,
	"opprettet_av" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "veiledning" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"fosterhjem_id" uuid NOT NULL,
	"dato" date NOT NULL,
	"veileder_id" uuid,
	"veileder_navn" text,
	"tema" text NOT NULL,
	"notat" text,
	"registrert_av" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "gjenforeningsplan" ADD CONSTRAINT "gjenforeningsplan_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gjenforeningsplan" ADD CONSTRAINT "gjenforeningsplan_barn_id_barn_id_fk" FOREIGN KEY ("barn_id") REFERENCES "public"."barn"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gjenforeningsplan" ADD CONSTRAINT "gjenforeningsplan_opprettet_av_users_id_fk" FOREIGN KEY ("opprettet_av") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "katalog_endring" ADD CONSTRAINT "katalog_endring_samarbeid_id_samarbeid_id_fk" FOREIGN KEY ("samarbeid_id") REFERENCES "public"."samarbeid"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "katalog_endring" ADD CONSTRAINT "katalog_endring_endret_av_users_id_fk" FOREIGN KEY ("endret_av") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kurs_deltakelse" ADD CONSTRAINT "kurs_deltakelse_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kurs_deltakelse" ADD CONSTRAINT "kurs_deltakelse_fosterhjem_id_fosterhjem_id_fk" FOREIGN KEY ("fosterhjem_id") REFERENCES "public"."fosterhjem"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kurs_deltakelse" ADD CONSTRAINT "kurs_deltakelse_medlem_id_fosterhjem_medlem_id_fk" FOREIGN KEY ("medlem_id") REFERENCES "public"."fosterhjem_medlem"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "produkt_adopsjon" ADD CONSTRAINT "produkt_adopsjon_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "produkt_adopsjon" ADD CONSTRAINT "produkt_adopsjon_endret_av_users_id_fk" FOREIGN KEY ("endret_av") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_materiale" ADD CONSTRAINT "program_materiale_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_materiale" ADD CONSTRAINT "program_materiale_lagt_til_av_users_id_fk" FOREIGN KEY ("lagt_til_av") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programforlop" ADD CONSTRAINT "programforlop_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programforlop" ADD CONSTRAINT "programforlop_barn_id_barn_id_fk" FOREIGN KEY ("barn_id") REFERENCES "public"."barn"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programforlop" ADD CONSTRAINT "programforlop_plassering_id_plassering_id_fk" FOREIGN KEY ("plassering_id") REFERENCES "public"."plassering"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programforlop" ADD CONSTRAINT "programforlop_fosterhjem_id_fosterhjem_id_fk" FOREIGN KEY ("fosterhjem_id") REFERENCES "public"."fosterhjem"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programforlop" ADD CONSTRAINT "programforlop_familiemedlem_id_familiemedlem_id_fk" FOREIGN KEY ("familiemedlem_id") REFERENCES "public"."familiemedlem"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programforlop" ADD CONSTRAINT "programforlop_ansvarlig_id_users_id_fk" FOREIGN KEY ("ansvarlig_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programokt" ADD CONSTRAINT "programokt_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programokt" ADD CONSTRAINT "programokt_forlop_id_programforlop_id_fk" FOREIGN KEY ("forlop_id") REFERENCES "public"."programforlop"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programokt" ADD CONSTRAINT "programokt_dokument_id_dokument_id_fk" FOREIGN KEY ("dokument_id") REFERENCES "public"."dokument"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "samvaer" ADD CONSTRAINT "samvaer_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "samvaer" ADD CONSTRAINT "samvaer_barn_id_barn_id_fk" FOREIGN KEY ("barn_id") REFERENCES "public"."barn"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "samvaer" ADD CONSTRAINT "samvaer_familiemedlem_id_familiemedlem_id_fk" FOREIGN KEY ("familiemedlem_id") REFERENCES "public"."familiemedlem"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "samvaer" ADD CONSTRAINT "samvaer_gjennomgang_dokument_id_dokument_id_fk" FOREIGN KEY ("gjennomgang_dokument_id") REFERENCES "public"."dokument"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "samvaersplan" ADD CONSTRAINT "samvaersplan_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "samvaersplan" ADD CONSTRAINT "samvaersplan_barn_id_barn_id_fk" FOREIGN KEY ("barn_id") REFERENCES "public"."barn"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "samvaersplan" ADD CONSTRAINT "samvaersplan_familiemedlem_id_familiemedlem_id_fk" FOREIGN KEY ("familiemedlem_id") REFERENCES "public"."familiemedlem"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "samvaersplan" ADD CONSTRAINT "samvaersplan_registrert_av_users_id_fk" FOREIGN KEY ("registrert_av") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tilbakeforingsvurdering" ADD CONSTRAINT "tilbakeforingsvurdering_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tilbakeforingsvurdering" ADD CONSTRAINT "tilbakeforingsvurdering_barn_id_barn_id_fk" FOREIGN KEY ("barn_id") REFERENCES "public"."barn"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tilbakeforingsvurdering" ADD CONSTRAINT "tilbakeforingsvurdering_besluttet_av_users_id_fk" FOREIGN KEY ("besluttet_av") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tilbakeforingsvurdering" ADD CONSTRAINT "tilbakeforingsvurdering_opprettet_av_users_id_fk" FOREIGN KEY ("opprettet_av") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "veiledning" ADD CONSTRAINT "veiledning_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "veiledning" ADD CONSTRAINT "veiledning_fosterhjem_id_fosterhjem_id_fk" FOREIGN KEY ("fosterhjem_id") REFERENCES "public"."fosterhjem"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "veiledning" ADD CONSTRAINT "veiledning_veileder_id_users_id_fk" FOREIGN KEY ("veileder_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "veiledning" ADD CONSTRAINT "veiledning_registrert_av_users_id_fk" FOREIGN KEY ("registrert_av") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "gjenforeningsplan_barn_id_index" ON "gjenforeningsplan" USING btree ("barn_id");--> statement-breakpoint
CREATE INDEX "katalog_endring_samarbeid_id_produkt_id_index" ON "katalog_endring" USING btree ("samarbeid_id","produkt_id");--> statement-breakpoint
CREATE UNIQUE INDEX "kurs_deltakelse_medlem_id_kurs_index" ON "kurs_deltakelse" USING btree ("medlem_id","kurs");--> statement-breakpoint
CREATE INDEX "kurs_deltakelse_fosterhjem_id_index" ON "kurs_deltakelse" USING btree ("fosterhjem_id");--> statement-breakpoint
CREATE UNIQUE INDEX "produkt_adopsjon_tjeneste_id_produkt_id_index" ON "produkt_adopsjon" USING btree ("tjeneste_id","produkt_id");--> statement-breakpoint
CREATE INDEX "program_materiale_tjeneste_id_program_id_index" ON "program_materiale" USING btree ("tjeneste_id","program_id");--> statement-breakpoint
CREATE INDEX "programforlop_barn_id_index" ON "programforlop" USING btree ("barn_id");--> statement-breakpoint
CREATE INDEX "programforlop_fosterhjem_id_index" ON "programforlop" USING btree ("fosterhjem_id");--> statement-breakpoint
CREATE INDEX "programforlop_tjeneste_id_program_id_index" ON "programforlop" USING btree ("tjeneste_id","program_id");--> statement-breakpoint
CREATE UNIQUE INDEX "programokt_forlop_id_nummer_index" ON "programokt" USING btree ("forlop_id","nummer");--> statement-breakpoint
CREATE INDEX "programokt_tjeneste_id_planlagt_index" ON "programokt" USING btree ("tjeneste_id","planlagt");--> statement-breakpoint
CREATE INDEX "samvaer_barn_id_dato_index" ON "samvaer" USING btree ("barn_id","dato");--> statement-breakpoint
CREATE INDEX "samvaersplan_barn_id_fra_index" ON "samvaersplan" USING btree ("barn_id","fra");--> statement-breakpoint
CREATE INDEX "tilbakeforingsvurdering_barn_id_index" ON "tilbakeforingsvurdering" USING btree ("barn_id");--> statement-breakpoint
CREATE INDEX "veiledning_fosterhjem_id_dato_index" ON "veiledning" USING btree ("fosterhjem_id","dato");--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON programforlop TO landsby_app;
--> statement-breakpoint
ALTER TABLE programforlop ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON programforlop USING (tjeneste_id = landsby_current_tjeneste());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON programokt TO landsby_app;
--> statement-breakpoint
ALTER TABLE programokt ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON programokt USING (tjeneste_id = landsby_current_tjeneste());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON program_materiale TO landsby_app;
--> statement-breakpoint
ALTER TABLE program_materiale ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON program_materiale USING (tjeneste_id = landsby_current_tjeneste());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON kurs_deltakelse TO landsby_app;
--> statement-breakpoint
ALTER TABLE kurs_deltakelse ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON kurs_deltakelse USING (tjeneste_id = landsby_current_tjeneste());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON veiledning TO landsby_app;
--> statement-breakpoint
ALTER TABLE veiledning ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON veiledning USING (tjeneste_id = landsby_current_tjeneste());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON samvaersplan TO landsby_app;
--> statement-breakpoint
ALTER TABLE samvaersplan ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON samvaersplan USING (tjeneste_id = landsby_current_tjeneste());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON samvaer TO landsby_app;
--> statement-breakpoint
ALTER TABLE samvaer ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON samvaer USING (tjeneste_id = landsby_current_tjeneste());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON tilbakeforingsvurdering TO landsby_app;
--> statement-breakpoint
ALTER TABLE tilbakeforingsvurdering ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON tilbakeforingsvurdering USING (tjeneste_id = landsby_current_tjeneste());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON gjenforeningsplan TO landsby_app;
--> statement-breakpoint
ALTER TABLE gjenforeningsplan ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON gjenforeningsplan USING (tjeneste_id = landsby_current_tjeneste());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON produkt_adopsjon TO landsby_app;
--> statement-breakpoint
ALTER TABLE produkt_adopsjon ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON produkt_adopsjon USING (tjeneste_id = landsby_current_tjeneste());
--> statement-breakpoint
-- The catalogue changes carry no personal data: readable by every service, written by coordinators.
GRANT SELECT, INSERT ON katalog_endring TO landsby_app;
