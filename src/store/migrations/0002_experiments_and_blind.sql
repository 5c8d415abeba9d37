ALTER TABLE "comparisons" ADD COLUMN "blind" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "comparisons" ADD COLUMN "shown_order" text[];--> statement-breakpoint
ALTER TABLE "interactions" ADD COLUMN "experiment_id" text;--> statement-breakpoint
ALTER TABLE "interactions" ADD COLUMN "experiment_arm" text;--> statement-breakpoint
ALTER TABLE "interactions" ADD COLUMN "experiment_unit" text;--> statement-breakpoint
ALTER TABLE "interactions" ADD COLUMN "experiment_share" real;--> statement-breakpoint
CREATE INDEX "interactions_experiment_idx" ON "interactions" USING btree ("experiment_id","experiment_arm");