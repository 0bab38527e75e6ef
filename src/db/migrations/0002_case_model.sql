CREATE TYPE "public"."avslutning" AS ENUM('planlagt', 'utilsiktet');--> statement-breakpoint
CREATE TYPE "public"."familie_relasjon" AS ENUM('mor', 'far', 'forelder', 'sosken', 'halvsosken', 'besteforelder', 'tante_onkel', 'annen');--> statement-breakpoint
CREATE TYPE "public"."hjemmel" AS ENUM('bvl_5_1', 'bvl_6_3', 'bvl_kap3', 'akutt');--> statement-breakpoint
CREATE TYPE "public"."husstand_rolle" AS ENUM('fosterforelder', 'eget_barn', 'annet_husstandsmedlem');--> statement-breakpoint
CREATE TYPE "public"."initiativ" AS ENUM('fosterforeldre', 'tjenesten', 'barnet', 'foreldrene', 'annet');--> statement-breakpoint
CREATE TYPE "public"."landsby_kategori" AS ENUM('familie', 'fosterfamilie', 'skole_barnehage', 'helse', 'fritid', 'hjelpere', 'annet');--> statement-breakpoint
CREATE TYPE "public"."plasseringstype" AS ENUM('slekt_nettverk', 'ordinaer', 'beredskap');--> statement-breakpoint
CREATE TABLE "barn" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"fornavn" text NOT NULL,
	"etternavn" text NOT NULL,
	"fodselsnummer" text,
	"fodselsdato" date NOT NULL,
	"sprak" text[] DEFAULT '{}'::text[] NOT NULL,
	"kultur" text,
	"religion" text,
	"kontaktperson_id" uuid,
	"team_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "familiemedlem" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"barn_id" uuid NOT NULL,
	"relasjon" "familie_relasjon" NOT NULL,
	"fornavn" text NOT NULL,
	"etternavn" text NOT NULL,
	"fodselsdato" date,
	"telefon" text,
	"epost" text,
	"adresse" text,
	"foreldreansvar" boolean DEFAULT false NOT NULL,
	"sosken" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fosterhjem" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"navn" text NOT NULL,
	"adresse" text,
	"postnummer" text,
	"poststed" text,
	"kommunenummer" char(4),
	"godkjent_dato" date,
	"kontaktperson_id" uuid,
	"team_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fosterhjem_medlem" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"fosterhjem_id" uuid NOT NULL,
	"rolle" "husstand_rolle" NOT NULL,
	"fornavn" text NOT NULL,
	"etternavn" text NOT NULL,
	"fodselsdato" date,
	"telefon" text,
	"epost" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fosterhjemsavtale" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"fosterhjem_id" uuid NOT NULL,
	"plassering_id" uuid,
	"start_dato" date NOT NULL,
	"slutt_dato" date,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "landsby_mal" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"barn_id" uuid NOT NULL,
	"tekst" text NOT NULL,
	"avtalt_dato" date NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "landsbymedlem" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"barn_id" uuid NOT NULL,
	"kategori" "landsby_kategori" NOT NULL,
	"navn" text NOT NULL,
	"rolle" text NOT NULL,
	"kontakt" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plassering" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"barn_id" uuid NOT NULL,
	"fosterhjem_id" uuid NOT NULL,
	"innflytting" date NOT NULL,
	"utflytting" date,
	"plasseringstype" "plasseringstype" NOT NULL,
	"forsterket" boolean DEFAULT false NOT NULL,
	"hjemmel" "hjemmel" NOT NULL,
	"avslutning" "avslutning",
	"initiativ" "initiativ",
	"arsak_kode" text,
	"flytting_til" text,
	"avslutning_notat" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rammefortelling_del" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"barn_id" uuid NOT NULL,
	"tittel" text NOT NULL,
	"periode" text,
	"tekst" text NOT NULL,
	"forfatter_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rammefortelling_versjon" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"del_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"tittel" text NOT NULL,
	"periode" text,
	"tekst" text NOT NULL,
	"forfatter_id" uuid NOT NULL,
	"lagret" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tildeling" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"barn_id" uuid,
	"fosterhjem_id" uuid,
	"fra_bruker_id" uuid,
	"til_bruker_id" uuid NOT NULL,
	"dato" date NOT NULL,
	"planlagt" text,
	"utestaende" text,
	"viktig_for_barnet" text,
	"registrert_av" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tilgang" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"bruker_id" uuid NOT NULL,
	"entitet_type" text NOT NULL,
	"entitet_id" uuid NOT NULL,
	"formal" text NOT NULL,
	"gitt" timestamp with time zone DEFAULT now() NOT NULL,
	"utloper" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "barn" ADD CONSTRAINT "barn_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barn" ADD CONSTRAINT "barn_kontaktperson_id_users_id_fk" FOREIGN KEY ("kontaktperson_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "barn" ADD CONSTRAINT "barn_team_id_team_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."team"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "familiemedlem" ADD CONSTRAINT "familiemedlem_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "familiemedlem" ADD CONSTRAINT "familiemedlem_barn_id_barn_id_fk" FOREIGN KEY ("barn_id") REFERENCES "public"."barn"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "familiemedlem" ADD CONSTRAINT "familiemedlem_sosken_barn_id_fk" FOREIGN KEY ("sosken") REFERENCES "public"."barn"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fosterhjem" ADD CONSTRAINT "fosterhjem_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fosterhjem" ADD CONSTRAINT "fosterhjem_kontaktperson_id_users_id_fk" FOREIGN KEY ("kontaktperson_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fosterhjem" ADD CONSTRAINT "fosterhjem_team_id_team_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."team"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fosterhjem_medlem" ADD CONSTRAINT "fosterhjem_medlem_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fosterhjem_medlem" ADD CONSTRAINT "fosterhjem_medlem_fosterhjem_id_fosterhjem_id_fk" FOREIGN KEY ("fosterhjem_id") REFERENCES "public"."fosterhjem"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fosterhjemsavtale" ADD CONSTRAINT "fosterhjemsavtale_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fosterhjemsavtale" ADD CONSTRAINT "fosterhjemsavtale_fosterhjem_id_fosterhjem_id_fk" FOREIGN KEY ("fosterhjem_id") REFERENCES "public"."fosterhjem"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fosterhjemsavtale" ADD CONSTRAINT "fosterhjemsavtale_plassering_id_plassering_id_fk" FOREIGN KEY ("plassering_id") REFERENCES "public"."plassering"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "landsby_mal" ADD CONSTRAINT "landsby_mal_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "landsby_mal" ADD CONSTRAINT "landsby_mal_barn_id_barn_id_fk" FOREIGN KEY ("barn_id") REFERENCES "public"."barn"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "landsbymedlem" ADD CONSTRAINT "landsbymedlem_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "landsbymedlem" ADD CONSTRAINT "landsbymedlem_barn_id_barn_id_fk" FOREIGN KEY ("barn_id") REFERENCES "public"."barn"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plassering" ADD CONSTRAINT "plassering_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plassering" ADD CONSTRAINT "plassering_barn_id_barn_id_fk" FOREIGN KEY ("barn_id") REFERENCES "public"."barn"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plassering" ADD CONSTRAINT "plassering_fosterhjem_id_fosterhjem_id_fk" FOREIGN KEY ("fosterhjem_id") REFERENCES "public"."fosterhjem"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rammefortelling_del" ADD CONSTRAINT "rammefortelling_del_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rammefortelling_del" ADD CONSTRAINT "rammefortelling_del_barn_id_barn_id_fk" FOREIGN KEY ("barn_id") REFERENCES "public"."barn"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rammefortelling_del" ADD CONSTRAINT "rammefortelling_del_forfatter_id_users_id_fk" FOREIGN KEY ("forfatter_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rammefortelling_versjon" ADD CONSTRAINT "rammefortelling_versjon_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rammefortelling_versjon" ADD CONSTRAINT "rammefortelling_versjon_del_id_rammefortelling_del_id_fk" FOREIGN KEY ("del_id") REFERENCES "public"."rammefortelling_del"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rammefortelling_versjon" ADD CONSTRAINT "rammefortelling_versjon_forfatter_id_users_id_fk" FOREIGN KEY ("forfatter_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tildeling" ADD CONSTRAINT "tildeling_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tildeling" ADD CONSTRAINT "tildeling_barn_id_barn_id_fk" FOREIGN KEY ("barn_id") REFERENCES "public"."barn"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tildeling" ADD CONSTRAINT "tildeling_fosterhjem_id_fosterhjem_id_fk" FOREIGN KEY ("fosterhjem_id") REFERENCES "public"."fosterhjem"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tildeling" ADD CONSTRAINT "tildeling_fra_bruker_id_users_id_fk" FOREIGN KEY ("fra_bruker_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tildeling" ADD CONSTRAINT "tildeling_til_bruker_id_users_id_fk" FOREIGN KEY ("til_bruker_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tildeling" ADD CONSTRAINT "tildeling_registrert_av_users_id_fk" FOREIGN KEY ("registrert_av") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tilgang" ADD CONSTRAINT "tilgang_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tilgang" ADD CONSTRAINT "tilgang_bruker_id_users_id_fk" FOREIGN KEY ("bruker_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "barn_tjeneste_id_index" ON "barn" USING btree ("tjeneste_id");--> statement-breakpoint
CREATE INDEX "barn_kontaktperson_id_index" ON "barn" USING btree ("kontaktperson_id");--> statement-breakpoint
CREATE UNIQUE INDEX "barn_tjeneste_fodselsnummer_idx" ON "barn" USING btree ("tjeneste_id","fodselsnummer") WHERE "barn"."fodselsnummer" is not null;--> statement-breakpoint
CREATE INDEX "familiemedlem_barn_id_index" ON "familiemedlem" USING btree ("barn_id");--> statement-breakpoint
CREATE INDEX "fosterhjem_tjeneste_id_index" ON "fosterhjem" USING btree ("tjeneste_id");--> statement-breakpoint
CREATE INDEX "fosterhjem_medlem_fosterhjem_id_index" ON "fosterhjem_medlem" USING btree ("fosterhjem_id");--> statement-breakpoint
CREATE INDEX "fosterhjemsavtale_fosterhjem_id_index" ON "fosterhjemsavtale" USING btree ("fosterhjem_id");--> statement-breakpoint
CREATE INDEX "landsby_mal_barn_id_index" ON "landsby_mal" USING btree ("barn_id");--> statement-breakpoint
CREATE INDEX "landsbymedlem_barn_id_index" ON "landsbymedlem" USING btree ("barn_id");--> statement-breakpoint
CREATE INDEX "plassering_barn_id_index" ON "plassering" USING btree ("barn_id");--> statement-breakpoint
CREATE INDEX "plassering_fosterhjem_id_index" ON "plassering" USING btree ("fosterhjem_id");--> statement-breakpoint
CREATE INDEX "rammefortelling_del_barn_id_index" ON "rammefortelling_del" USING btree ("barn_id");--> statement-breakpoint
CREATE UNIQUE INDEX "rammefortelling_versjon_del_id_version_index" ON "rammefortelling_versjon" USING btree ("del_id","version");--> statement-breakpoint
CREATE INDEX "tildeling_barn_id_index" ON "tildeling" USING btree ("barn_id");--> statement-breakpoint
CREATE INDEX "tildeling_fosterhjem_id_index" ON "tildeling" USING btree ("fosterhjem_id");--> statement-breakpoint
CREATE INDEX "tilgang_bruker_id_entitet_id_index" ON "tilgang" USING btree ("bruker_id","entitet_id");