CREATE TYPE "public"."hendelse_type" AS ENUM('oppfolgingsbesok', 'tilsynsbesok', 'tilsynsrapport_mottatt', 'tilsynsrapport_gjennomgatt', 'plan_evaluert', 'ettervern_vurdert', 'avtale_evaluert', 'foreldresamtale', 'tilbakeforing_vurdert');--> statement-breakpoint
CREATE TYPE "public"."hyppighet_type" AS ENUM('oppfolging', 'tilsyn');--> statement-breakpoint
CREATE TABLE "arshjul_innstilling" (
	"tjeneste_id" uuid PRIMARY KEY NOT NULL,
	"verdier" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hendelse" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"barn_id" uuid NOT NULL,
	"plassering_id" uuid,
	"type" "hendelse_type" NOT NULL,
	"dato" date NOT NULL,
	"ref" text,
	"medvirkning" text,
	"snakket_alene" boolean,
	"notat" text,
	"utfort_av" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hyppighet_vedtak" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"plassering_id" uuid NOT NULL,
	"type" "hyppighet_type" NOT NULL,
	"antall" integer NOT NULL,
	"fra" date NOT NULL,
	"begrunnelse" text NOT NULL,
	"vedtatt_av" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kalender_token" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "kalender_token_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "oppgave" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"barn_id" uuid NOT NULL,
	"plassering_id" uuid NOT NULL,
	"fosterhjem_id" uuid NOT NULL,
	"regel" text NOT NULL,
	"ref" text DEFAULT '' NOT NULL,
	"vindu_start" date NOT NULL,
	"frist" date NOT NULL,
	"hendelse_id" uuid,
	"fullfort_dato" date,
	"planlagt" timestamp with time zone,
	"avvik_arsak" text,
	"avvik_ny_frist" date,
	"avvik_registrert_av" uuid,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "arshjul_innstilling" ADD CONSTRAINT "arshjul_innstilling_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hendelse" ADD CONSTRAINT "hendelse_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hendelse" ADD CONSTRAINT "hendelse_barn_id_barn_id_fk" FOREIGN KEY ("barn_id") REFERENCES "public"."barn"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hendelse" ADD CONSTRAINT "hendelse_plassering_id_plassering_id_fk" FOREIGN KEY ("plassering_id") REFERENCES "public"."plassering"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hendelse" ADD CONSTRAINT "hendelse_utfort_av_users_id_fk" FOREIGN KEY ("utfort_av") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hyppighet_vedtak" ADD CONSTRAINT "hyppighet_vedtak_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hyppighet_vedtak" ADD CONSTRAINT "hyppighet_vedtak_plassering_id_plassering_id_fk" FOREIGN KEY ("plassering_id") REFERENCES "public"."plassering"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hyppighet_vedtak" ADD CONSTRAINT "hyppighet_vedtak_vedtatt_av_users_id_fk" FOREIGN KEY ("vedtatt_av") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kalender_token" ADD CONSTRAINT "kalender_token_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kalender_token" ADD CONSTRAINT "kalender_token_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oppgave" ADD CONSTRAINT "oppgave_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oppgave" ADD CONSTRAINT "oppgave_barn_id_barn_id_fk" FOREIGN KEY ("barn_id") REFERENCES "public"."barn"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oppgave" ADD CONSTRAINT "oppgave_plassering_id_plassering_id_fk" FOREIGN KEY ("plassering_id") REFERENCES "public"."plassering"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oppgave" ADD CONSTRAINT "oppgave_fosterhjem_id_fosterhjem_id_fk" FOREIGN KEY ("fosterhjem_id") REFERENCES "public"."fosterhjem"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oppgave" ADD CONSTRAINT "oppgave_hendelse_id_hendelse_id_fk" FOREIGN KEY ("hendelse_id") REFERENCES "public"."hendelse"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oppgave" ADD CONSTRAINT "oppgave_avvik_registrert_av_users_id_fk" FOREIGN KEY ("avvik_registrert_av") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "hendelse_barn_id_dato_index" ON "hendelse" USING btree ("barn_id","dato");--> statement-breakpoint
CREATE INDEX "hyppighet_vedtak_plassering_id_index" ON "hyppighet_vedtak" USING btree ("plassering_id");--> statement-breakpoint
CREATE INDEX "kalender_token_user_id_index" ON "kalender_token" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "oppgave_naturlig_idx" ON "oppgave" USING btree ("plassering_id","regel","ref","vindu_start");--> statement-breakpoint
CREATE INDEX "oppgave_barn_id_index" ON "oppgave" USING btree ("barn_id");--> statement-breakpoint
CREATE INDEX "oppgave_tjeneste_id_frist_index" ON "oppgave" USING btree ("tjeneste_id","frist");