ALTER TABLE "samvaer" ADD COLUMN "fra_kl" time;--> statement-breakpoint
ALTER TABLE "samvaer" ADD COLUMN "til_kl" time;