CREATE TYPE "public"."forlop_type" AS ENUM('barn', 'fosterhjem');--> statement-breakpoint
CREATE TABLE "forlop_fase_valg" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"forlop" "forlop_type" NOT NULL,
	"entitet_id" uuid NOT NULL,
	"fase" text,
	"begrunnelse" text,
	"satt_av" uuid NOT NULL,
	"satt" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gjennomgang" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"teamleder_id" uuid NOT NULL,
	"kontaktperson_id" uuid NOT NULL,
	"dato" date NOT NULL,
	"oppsummering" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gjennomgang_avtale" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"gjennomgang_id" uuid NOT NULL,
	"forlop" "forlop_type" NOT NULL,
	"entitet_id" uuid NOT NULL,
	"punkt_id" text NOT NULL,
	"avtale" text NOT NULL,
	"frist" date
);
--> statement-breakpoint
CREATE TABLE "manual_punkt_status" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"forlop" "forlop_type" NOT NULL,
	"entitet_id" uuid NOT NULL,
	"punkt_id" text NOT NULL,
	"utfort" date NOT NULL,
	"utfort_av" uuid NOT NULL,
	"notat" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "manual_tilpasning" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"forlop" "forlop_type" NOT NULL,
	"punkt_id" text NOT NULL,
	"basis_versjon" integer NOT NULL,
	"data" jsonb NOT NULL,
	"lokal" boolean DEFAULT false NOT NULL,
	"aktiv" boolean DEFAULT true NOT NULL,
	"endret_av" uuid NOT NULL,
	"endret" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "manual_tilpasning_historikk" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"tilpasning_id" uuid NOT NULL,
	"data" jsonb NOT NULL,
	"basis_versjon" integer NOT NULL,
	"endret_av" uuid NOT NULL,
	"endret" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "forlop_fase_valg" ADD CONSTRAINT "forlop_fase_valg_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forlop_fase_valg" ADD CONSTRAINT "forlop_fase_valg_satt_av_users_id_fk" FOREIGN KEY ("satt_av") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gjennomgang" ADD CONSTRAINT "gjennomgang_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gjennomgang" ADD CONSTRAINT "gjennomgang_teamleder_id_users_id_fk" FOREIGN KEY ("teamleder_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gjennomgang" ADD CONSTRAINT "gjennomgang_kontaktperson_id_users_id_fk" FOREIGN KEY ("kontaktperson_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gjennomgang_avtale" ADD CONSTRAINT "gjennomgang_avtale_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gjennomgang_avtale" ADD CONSTRAINT "gjennomgang_avtale_gjennomgang_id_gjennomgang_id_fk" FOREIGN KEY ("gjennomgang_id") REFERENCES "public"."gjennomgang"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "manual_punkt_status" ADD CONSTRAINT "manual_punkt_status_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "manual_punkt_status" ADD CONSTRAINT "manual_punkt_status_utfort_av_users_id_fk" FOREIGN KEY ("utfort_av") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "manual_tilpasning" ADD CONSTRAINT "manual_tilpasning_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "manual_tilpasning" ADD CONSTRAINT "manual_tilpasning_endret_av_users_id_fk" FOREIGN KEY ("endret_av") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "manual_tilpasning_historikk" ADD CONSTRAINT "manual_tilpasning_historikk_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "manual_tilpasning_historikk" ADD CONSTRAINT "manual_tilpasning_historikk_tilpasning_id_manual_tilpasning_id_fk" FOREIGN KEY ("tilpasning_id") REFERENCES "public"."manual_tilpasning"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "manual_tilpasning_historikk" ADD CONSTRAINT "manual_tilpasning_historikk_endret_av_users_id_fk" FOREIGN KEY ("endret_av") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "forlop_fase_valg_entitet_id_satt_index" ON "forlop_fase_valg" USING btree ("entitet_id","satt");--> statement-breakpoint
CREATE INDEX "gjennomgang_kontaktperson_id_dato_index" ON "gjennomgang" USING btree ("kontaktperson_id","dato");--> statement-breakpoint
CREATE INDEX "gjennomgang_avtale_gjennomgang_id_index" ON "gjennomgang_avtale" USING btree ("gjennomgang_id");--> statement-breakpoint
CREATE INDEX "gjennomgang_avtale_entitet_id_index" ON "gjennomgang_avtale" USING btree ("entitet_id");--> statement-breakpoint
CREATE INDEX "manual_punkt_status_entitet_id_punkt_id_index" ON "manual_punkt_status" USING btree ("entitet_id","punkt_id");--> statement-breakpoint
CREATE UNIQUE INDEX "manual_tilpasning_tjeneste_id_forlop_punkt_id_index" ON "manual_tilpasning" USING btree ("tjeneste_id","forlop","punkt_id");--> statement-breakpoint
CREATE INDEX "manual_tilpasning_historikk_tilpasning_id_index" ON "manual_tilpasning_historikk" USING btree ("tilpasning_id");--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON forlop_fase_valg TO landsby_app;
--> statement-breakpoint
ALTER TABLE forlop_fase_valg ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON forlop_fase_valg USING (tjeneste_id = landsby_current_tjeneste());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON manual_punkt_status TO landsby_app;
--> statement-breakpoint
ALTER TABLE manual_punkt_status ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON manual_punkt_status USING (tjeneste_id = landsby_current_tjeneste());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON manual_tilpasning TO landsby_app;
--> statement-breakpoint
ALTER TABLE manual_tilpasning ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON manual_tilpasning USING (tjeneste_id = landsby_current_tjeneste());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON manual_tilpasning_historikk TO landsby_app;
--> statement-breakpoint
ALTER TABLE manual_tilpasning_historikk ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON manual_tilpasning_historikk USING (tjeneste_id = landsby_current_tjeneste());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON gjennomgang TO landsby_app;
--> statement-breakpoint
ALTER TABLE gjennomgang ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON gjennomgang USING (tjeneste_id = landsby_current_tjeneste());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON gjennomgang_avtale TO landsby_app;
--> statement-breakpoint
ALTER TABLE gjennomgang_avtale ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON gjennomgang_avtale USING (tjeneste_id = landsby_current_tjeneste());
