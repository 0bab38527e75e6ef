CREATE TYPE "public"."rolle" AS ENUM('kontaktperson', 'teamleder', 'leder', 'veileder', 'kursleder', 'rekrutterer', 'koordinator', 'admin');--> statement-breakpoint
CREATE TYPE "public"."samarbeid_type" AS ENUM('interkommunalt', 'laeringsnettverk');--> statement-breakpoint
CREATE TYPE "public"."sprak" AS ENUM('nb', 'nn');--> statement-breakpoint
CREATE TABLE "audit_head" (
	"kjede" text PRIMARY KEY NOT NULL,
	"sekvens" integer NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kjede" text NOT NULL,
	"sekvens" integer NOT NULL,
	"tidspunkt" timestamp with time zone NOT NULL,
	"tjeneste_id" uuid,
	"aktor_id" uuid,
	"aktor_rolle" text,
	"handling" text NOT NULL,
	"entitet_type" text NOT NULL,
	"entitet_id" text,
	"formal" text,
	"detaljer" jsonb,
	"forrige_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kommune" (
	"nummer" char(4) PRIMARY KEY NOT NULL,
	"navn" text NOT NULL,
	"tjeneste_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "samarbeid" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"navn" text NOT NULL,
	"type" "samarbeid_type" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "team" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"navn" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tjeneste" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kode" text NOT NULL,
	"navn" text NOT NULL,
	"navn_nn" text,
	"interkommunal" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tjeneste_kode_unique" UNIQUE("kode")
);
--> statement-breakpoint
CREATE TABLE "tjeneste_samarbeid" (
	"tjeneste_id" uuid NOT NULL,
	"samarbeid_id" uuid NOT NULL,
	CONSTRAINT "tjeneste_samarbeid_tjeneste_id_samarbeid_id_pk" PRIMARY KEY("tjeneste_id","samarbeid_id")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"team_id" uuid,
	"username" text NOT NULL,
	"navn" text NOT NULL,
	"epost" text,
	"rolle" "rolle" NOT NULL,
	"sprak" "sprak" DEFAULT 'nb' NOT NULL,
	"password_hash" text,
	"aktiv" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kommune" ADD CONSTRAINT "kommune_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team" ADD CONSTRAINT "team_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tjeneste_samarbeid" ADD CONSTRAINT "tjeneste_samarbeid_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tjeneste_samarbeid" ADD CONSTRAINT "tjeneste_samarbeid_samarbeid_id_samarbeid_id_fk" FOREIGN KEY ("samarbeid_id") REFERENCES "public"."samarbeid"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_team_id_team_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."team"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_log_kjede_sekvens_index" ON "audit_log" USING btree ("kjede","sekvens");--> statement-breakpoint
CREATE INDEX "audit_log_tjeneste_id_tidspunkt_index" ON "audit_log" USING btree ("tjeneste_id","tidspunkt");--> statement-breakpoint
CREATE INDEX "audit_log_aktor_id_index" ON "audit_log" USING btree ("aktor_id");--> statement-breakpoint
CREATE INDEX "sessions_user_id_index" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "team_tjeneste_id_index" ON "team" USING btree ("tjeneste_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_username_lower_idx" ON "users" USING btree (lower("username"));--> statement-breakpoint
CREATE INDEX "users_tjeneste_id_index" ON "users" USING btree ("tjeneste_id");