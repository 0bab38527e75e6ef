CREATE TABLE "varsel_sendt" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tjeneste_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"dato" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "varsel_sendt" ADD CONSTRAINT "varsel_sendt_tjeneste_id_tjeneste_id_fk" FOREIGN KEY ("tjeneste_id") REFERENCES "public"."tjeneste"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "varsel_sendt" ADD CONSTRAINT "varsel_sendt_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "varsel_sendt_user_id_dato_index" ON "varsel_sendt" USING btree ("user_id","dato");--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON varsel_sendt TO landsby_app;
--> statement-breakpoint
ALTER TABLE varsel_sendt ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tjeneste_isolation ON varsel_sendt USING (tjeneste_id = landsby_current_tjeneste());
