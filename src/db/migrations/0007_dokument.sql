CREATE TYPE "public"."dokument_status" AS ENUM('utkast', 'til_godkjenning', 'ferdig', 'godkjent');--> statement-breakpoint
CREATE TABLE "dokument" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"barn_id" uuid,
	"fosterhjem_id" uuid,
	"familiemedlem_id" uuid,
	"mal_id" text NOT NULL,
	"mal_versjon" integer NOT NULL,
	"mal" jsonb NOT NULL,
	"sprak" "sprak" NOT NULL,
	"tittel" text NOT NULL,
	"innhold" jsonb NOT NULL,
	"status" "dokument_status" DEFAULT 'utkast' NOT NULL,
	"versjon" integer DEFAULT 1 NOT NULL,
	"revisjon" integer DEFAULT 1 NOT NULL,
	"forfatter_id" uuid NOT NULL,
	"oppgave_id" uuid,
	"ferdigstilt_av" uuid,
	"ferdigstilt" timestamp with time zone,
	"godkjent_av" uuid,
	"godkjent" timestamp with time zone,
	"retur_kommentar" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dokument_revisjon" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"dokument_id" uuid NOT NULL,
	"versjon" integer NOT NULL,
	"revisjon" integer NOT NULL,
	"innhold" jsonb NOT NULL,
	"status" "dokument_status" NOT NULL,
	"lagret_av" uuid NOT NULL,
	"lagret" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mal_tilpasning" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"mal_id" text NOT NULL,
	"basis_versjon" integer NOT NULL,
	"tilpasning" jsonb NOT NULL,
	"endret_av" uuid NOT NULL,
	"endret" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dokument" ADD CONSTRAINT "dokument_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dokument" ADD CONSTRAINT "dokument_barn_id_barn_id_fk" FOREIGN KEY ("barn_id") REFERENCES "public"."barn"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dokument" ADD CONSTRAINT "dokument_fosterhjem_id_fosterhjem_id_fk" FOREIGN KEY ("fosterhjem_id") REFERENCES "public"."fosterhjem"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dokument" ADD CONSTRAINT "dokument_familiemedlem_id_familiemedlem_id_fk" FOREIGN KEY ("familiemedlem_id") REFERENCES "public"."familiemedlem"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dokument" ADD CONSTRAINT "dokument_forfatter_id_users_id_fk" FOREIGN KEY ("forfatter_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dokument" ADD CONSTRAINT "dokument_oppgave_id_oppgave_id_fk" FOREIGN KEY ("oppgave_id") REFERENCES "public"."oppgave"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dokument" ADD CONSTRAINT "dokument_ferdigstilt_av_users_id_fk" FOREIGN KEY ("ferdigstilt_av") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dokument" ADD CONSTRAINT "dokument_godkjent_av_users_id_fk" FOREIGN KEY ("godkjent_av") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dokument_revisjon" ADD CONSTRAINT "dokument_revisjon_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dokument_revisjon" ADD CONSTRAINT "dokument_revisjon_dokument_id_dokument_id_fk" FOREIGN KEY ("dokument_id") REFERENCES "public"."dokument"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dokument_revisjon" ADD CONSTRAINT "dokument_revisjon_lagret_av_users_id_fk" FOREIGN KEY ("lagret_av") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mal_tilpasning" ADD CONSTRAINT "mal_tilpasning_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mal_tilpasning" ADD CONSTRAINT "mal_tilpasning_endret_av_users_id_fk" FOREIGN KEY ("endret_av") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dokument_barn_id_index" ON "dokument" USING btree ("barn_id");--> statement-breakpoint
CREATE INDEX "dokument_fosterhjem_id_index" ON "dokument" USING btree ("fosterhjem_id");--> statement-breakpoint
CREATE INDEX "dokument_tjeneste_id_status_index" ON "dokument" USING btree ("tjeneste_id","status");--> statement-breakpoint
CREATE INDEX "dokument_revisjon_dokument_id_lagret_index" ON "dokument_revisjon" USING btree ("dokument_id","lagret");--> statement-breakpoint
CREATE UNIQUE INDEX "mal_tilpasning_tjeneste_id_mal_id_index" ON "mal_tilpasning" USING btree ("tjeneste_id","mal_id");--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON mal_tilpasning TO landsby_app;
--> statement-breakpoint
ALTER TABLE mal_tilpasning ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON mal_tilpasning USING (tjeneste_id = landsby_current_tjeneste());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON dokument TO landsby_app;
--> statement-breakpoint
ALTER TABLE dokument ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON dokument USING (tjeneste_id = landsby_current_tjeneste());
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON dokument_revisjon TO landsby_app;
--> statement-breakpoint
ALTER TABLE dokument_revisjon ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON dokument_revisjon USING (tjeneste_id = landsby_current_tjeneste());
