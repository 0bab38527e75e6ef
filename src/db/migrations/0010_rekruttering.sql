CREATE TYPE "public"."gjenrekruttering_svar" AS ENUM('klar', 'pause', 'nei');--> statement-breakpoint
CREATE TYPE "public"."godkjenning_type" AS ENUM('generell', 'bestemt_barn');--> statement-breakpoint
CREATE TYPE "public"."hjemtype" AS ENUM('ordinaer', 'beredskap', 'forsterket');--> statement-breakpoint
CREATE TYPE "public"."kandidat_vurdering" AS ENUM('ikke_vurdert', 'egnet', 'ikke_egnet', 'onsker_ikke', 'ikke_aktuelt_barnets_beste');--> statement-breakpoint
CREATE TYPE "public"."nettverkssok_utfall" AS ENUM('slekt_funnet', 'ingen_egnet');--> statement-breakpoint
CREATE TYPE "public"."organisasjonstype" AS ENUM('kommune', 'bufetat');--> statement-breakpoint
CREATE TYPE "public"."rekruttering_fase" AS ENUM('henvendelse', 'informasjonsmote', 'opplaering', 'utredning', 'godkjenning', 'tilgjengelig', 'formidlet', 'trukket', 'avslatt', 'avsluttet');--> statement-breakpoint
CREATE TYPE "public"."rekruttering_kilde" AS ENUM('kampanje', 'arrangement', 'nettside', 'sosiale_medier', 'jungeltelegraf', 'fosterhjemstjenesten', 'gjenrekruttering', 'annet');--> statement-breakpoint
ALTER TYPE "public"."samarbeid_type" ADD VALUE 'rekruttering';--> statement-breakpoint
CREATE TABLE "gjenrekruttering" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"fosterhjem_id" uuid NOT NULL,
	"plassering_id" uuid,
	"opprettet" date NOT NULL,
	"frist" date NOT NULL,
	"samtale_dato" date,
	"svar" "gjenrekruttering_svar",
	"pause_til" date,
	"arsak" text,
	"notat" text,
	"sak_id" uuid,
	"avsluttet" date,
	"registrert_av" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "nettverkssok" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"barn_id" uuid NOT NULL,
	"startet" date NOT NULL,
	"kandidater" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"fremgangsmate" text,
	"utfall" "nettverkssok_utfall",
	"konklusjon" text,
	"avsluttet_dato" date,
	"avsluttet_av" uuid,
	"registrert_av" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rekruttering_deling" (
	"sak_id" uuid NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"eier_tjeneste_id" uuid NOT NULL,
	"samtykke_dato" date NOT NULL,
	"registrert_av" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rekruttering_deling_sak_id_tjeneste_id_pk" PRIMARY KEY("sak_id","tjeneste_id")
);
--> statement-breakpoint
CREATE TABLE "rekruttering_fasehistorikk" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"sak_id" uuid NOT NULL,
	"fase" "rekruttering_fase" NOT NULL,
	"fra" date NOT NULL,
	"til" date,
	"endret_av" uuid NOT NULL,
	"endret_av_tjeneste_id" uuid NOT NULL,
	"notat" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rekruttering_innstilling" (
	"tjeneste_id" uuid PRIMARY KEY NOT NULL,
	"slettefrist_maneder" integer DEFAULT 12 NOT NULL,
	"krever_nettverkssok" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rekruttering_sjekkpunkt" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"sak_id" uuid NOT NULL,
	"punkt_id" text NOT NULL,
	"dato" date NOT NULL,
	"notat" text,
	"utfort_av" uuid NOT NULL,
	"utfort_av_tjeneste_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rekrutteringssak" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"ansvarlig_id" uuid,
	"navn" text NOT NULL,
	"voksne" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"egne_barn" integer DEFAULT 0 NOT NULL,
	"adresse" text,
	"postnummer" text,
	"poststed" text,
	"kommunenummer" char(4),
	"kilde" "rekruttering_kilde" NOT NULL,
	"kilde_detalj" text,
	"hjemtyper" "hjemtype"[] DEFAULT '{ordinaer}'::hjemtype[] NOT NULL,
	"fase" "rekruttering_fase" DEFAULT 'henvendelse' NOT NULL,
	"fase_fra" date NOT NULL,
	"forste_kontakt" date NOT NULL,
	"samtykke_dato" date,
	"avsluttet_arsak" text,
	"avsluttet_dato" date,
	"godkjenning_type" "godkjenning_type",
	"godkjent_for_barn_id" uuid,
	"godkjent_dato" date,
	"godkjent_av" text,
	"rapport_dokument_id" uuid,
	"fosterhjem_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dokument" ADD COLUMN "rekrutteringssak_id" uuid;--> statement-breakpoint
ALTER TABLE "tjeneste" ADD COLUMN "organisasjonstype" "organisasjonstype" DEFAULT 'kommune' NOT NULL;--> statement-breakpoint
ALTER TABLE "gjenrekruttering" ADD CONSTRAINT "gjenrekruttering_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gjenrekruttering" ADD CONSTRAINT "gjenrekruttering_fosterhjem_id_fosterhjem_id_fk" FOREIGN KEY ("fosterhjem_id") REFERENCES "public"."fosterhjem"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gjenrekruttering" ADD CONSTRAINT "gjenrekruttering_plassering_id_plassering_id_fk" FOREIGN KEY ("plassering_id") REFERENCES "public"."plassering"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gjenrekruttering" ADD CONSTRAINT "gjenrekruttering_sak_id_rekrutteringssak_id_fk" FOREIGN KEY ("sak_id") REFERENCES "public"."rekrutteringssak"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gjenrekruttering" ADD CONSTRAINT "gjenrekruttering_registrert_av_users_id_fk" FOREIGN KEY ("registrert_av") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nettverkssok" ADD CONSTRAINT "nettverkssok_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nettverkssok" ADD CONSTRAINT "nettverkssok_barn_id_barn_id_fk" FOREIGN KEY ("barn_id") REFERENCES "public"."barn"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nettverkssok" ADD CONSTRAINT "nettverkssok_avsluttet_av_users_id_fk" FOREIGN KEY ("avsluttet_av") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nettverkssok" ADD CONSTRAINT "nettverkssok_registrert_av_users_id_fk" FOREIGN KEY ("registrert_av") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rekruttering_deling" ADD CONSTRAINT "rekruttering_deling_sak_id_rekrutteringssak_id_fk" FOREIGN KEY ("sak_id") REFERENCES "public"."rekrutteringssak"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rekruttering_deling" ADD CONSTRAINT "rekruttering_deling_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rekruttering_deling" ADD CONSTRAINT "rekruttering_deling_eier_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("eier_tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rekruttering_deling" ADD CONSTRAINT "rekruttering_deling_registrert_av_users_id_fk" FOREIGN KEY ("registrert_av") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rekruttering_fasehistorikk" ADD CONSTRAINT "rekruttering_fasehistorikk_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rekruttering_fasehistorikk" ADD CONSTRAINT "rekruttering_fasehistorikk_sak_id_rekrutteringssak_id_fk" FOREIGN KEY ("sak_id") REFERENCES "public"."rekrutteringssak"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rekruttering_fasehistorikk" ADD CONSTRAINT "rekruttering_fasehistorikk_endret_av_users_id_fk" FOREIGN KEY ("endret_av") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rekruttering_fasehistorikk" ADD CONSTRAINT "rekruttering_fasehistorikk_endret_av_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("endret_av_tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rekruttering_innstilling" ADD CONSTRAINT "rekruttering_innstilling_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rekruttering_sjekkpunkt" ADD CONSTRAINT "rekruttering_sjekkpunkt_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rekruttering_sjekkpunkt" ADD CONSTRAINT "rekruttering_sjekkpunkt_sak_id_rekrutteringssak_id_fk" FOREIGN KEY ("sak_id") REFERENCES "public"."rekrutteringssak"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rekruttering_sjekkpunkt" ADD CONSTRAINT "rekruttering_sjekkpunkt_utfort_av_users_id_fk" FOREIGN KEY ("utfort_av") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rekruttering_sjekkpunkt" ADD CONSTRAINT "rekruttering_sjekkpunkt_utfort_av_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("utfort_av_tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rekrutteringssak" ADD CONSTRAINT "rekrutteringssak_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rekrutteringssak" ADD CONSTRAINT "rekrutteringssak_ansvarlig_id_users_id_fk" FOREIGN KEY ("ansvarlig_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rekrutteringssak" ADD CONSTRAINT "rekrutteringssak_godkjent_for_barn_id_barn_id_fk" FOREIGN KEY ("godkjent_for_barn_id") REFERENCES "public"."barn"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rekrutteringssak" ADD CONSTRAINT "rekrutteringssak_rapport_dokument_id_dokument_id_fk" FOREIGN KEY ("rapport_dokument_id") REFERENCES "public"."dokument"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rekrutteringssak" ADD CONSTRAINT "rekrutteringssak_fosterhjem_id_fosterhjem_id_fk" FOREIGN KEY ("fosterhjem_id") REFERENCES "public"."fosterhjem"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "gjenrekruttering_tjeneste_id_avsluttet_index" ON "gjenrekruttering" USING btree ("tjeneste_id","avsluttet");--> statement-breakpoint
CREATE INDEX "gjenrekruttering_fosterhjem_id_index" ON "gjenrekruttering" USING btree ("fosterhjem_id");--> statement-breakpoint
CREATE INDEX "nettverkssok_barn_id_index" ON "nettverkssok" USING btree ("barn_id");--> statement-breakpoint
CREATE INDEX "rekruttering_deling_tjeneste_id_index" ON "rekruttering_deling" USING btree ("tjeneste_id");--> statement-breakpoint
CREATE INDEX "rekruttering_fasehistorikk_sak_id_fra_index" ON "rekruttering_fasehistorikk" USING btree ("sak_id","fra");--> statement-breakpoint
CREATE UNIQUE INDEX "rekruttering_sjekkpunkt_sak_id_punkt_id_index" ON "rekruttering_sjekkpunkt" USING btree ("sak_id","punkt_id");--> statement-breakpoint
CREATE INDEX "rekrutteringssak_tjeneste_id_fase_index" ON "rekrutteringssak" USING btree ("tjeneste_id","fase");--> statement-breakpoint
CREATE INDEX "rekrutteringssak_fosterhjem_id_index" ON "rekrutteringssak" USING btree ("fosterhjem_id");--> statement-breakpoint
ALTER TABLE "dokument" ADD CONSTRAINT "dokument_rekrutteringssak_id_rekrutteringssak_id_fk" FOREIGN KEY ("rekrutteringssak_id") REFERENCES "public"."rekrutteringssak"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Security for recruitment (see docs/decisions/0011-recruitment-across-organisations.md).
-- A recruitment case is visible to the organisation that owns it and to each organisation it
-- has been shared with (with the family's consent). rekruttering_deling carries the owner too,
-- so its own policy never reads rekrutteringssak and no policy recurses.
CREATE FUNCTION landsby_rekruttering_delt(sak uuid) RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT EXISTS (SELECT 1 FROM rekruttering_deling d WHERE d.sak_id = sak AND d.tjeneste_id = landsby_current_tjeneste()) $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION landsby_rekruttering_delt(uuid) TO landsby_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON rekrutteringssak TO landsby_app;
--> statement-breakpoint
ALTER TABLE rekrutteringssak ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY rekruttering_eier_eller_delt ON rekrutteringssak
  USING (tjeneste_id = landsby_current_tjeneste() OR landsby_rekruttering_delt(id));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON rekruttering_deling TO landsby_app;
--> statement-breakpoint
ALTER TABLE rekruttering_deling ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY rekruttering_deling_part ON rekruttering_deling
  USING (tjeneste_id = landsby_current_tjeneste() OR eier_tjeneste_id = landsby_current_tjeneste());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON rekruttering_fasehistorikk TO landsby_app;
--> statement-breakpoint
ALTER TABLE rekruttering_fasehistorikk ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY rekruttering_eier_eller_delt ON rekruttering_fasehistorikk
  USING (tjeneste_id = landsby_current_tjeneste() OR landsby_rekruttering_delt(sak_id));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON rekruttering_sjekkpunkt TO landsby_app;
--> statement-breakpoint
ALTER TABLE rekruttering_sjekkpunkt ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY rekruttering_eier_eller_delt ON rekruttering_sjekkpunkt
  USING (tjeneste_id = landsby_current_tjeneste() OR landsby_rekruttering_delt(sak_id));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON rekruttering_innstilling TO landsby_app;
--> statement-breakpoint
ALTER TABLE rekruttering_innstilling ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON rekruttering_innstilling USING (tjeneste_id = landsby_current_tjeneste());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON nettverkssok TO landsby_app;
--> statement-breakpoint
ALTER TABLE nettverkssok ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON nettverkssok USING (tjeneste_id = landsby_current_tjeneste());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON gjenrekruttering TO landsby_app;
--> statement-breakpoint
ALTER TABLE gjenrekruttering ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON gjenrekruttering USING (tjeneste_id = landsby_current_tjeneste());
