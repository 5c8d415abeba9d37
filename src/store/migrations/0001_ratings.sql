CREATE TABLE "checkins" (
	"id" text PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"user_hash" text,
	"phase" text NOT NULL,
	"distress" smallint NOT NULL,
	"profile" text,
	"home" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	CONSTRAINT "checkins_distress_range" CHECK ("checkins"."distress" between 0 and 10),
	CONSTRAINT "checkins_phase" CHECK ("checkins"."phase" in ('before', 'after'))
);
--> statement-breakpoint
CREATE TABLE "comparisons" (
	"id" text PRIMARY KEY NOT NULL,
	"user_hash" text,
	"session_id" text,
	"interaction_ids" text[] NOT NULL,
	"profiles" text[] NOT NULL,
	"preferred_profile" text,
	"language" text,
	"home" text,
	"home_country" text,
	"home_culture" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	CONSTRAINT "comparisons_profile_count" CHECK (cardinality("comparisons"."profiles") between 2 and 4),
	CONSTRAINT "comparisons_preferred_compared" CHECK ("comparisons"."preferred_profile" is null or "comparisons"."preferred_profile" = any("comparisons"."profiles"))
);
--> statement-breakpoint
CREATE TABLE "interaction_texts" (
	"interaction_id" text PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_hash" text,
	"messages" jsonb NOT NULL,
	"completion" text NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ratings" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ratings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"interaction_id" text NOT NULL,
	"user_hash" text,
	"session_id" text,
	"profile" text NOT NULL,
	"language" text NOT NULL,
	"model" text,
	"home" text,
	"home_country" text,
	"home_culture" text,
	"fits_culture" smallint,
	"understood" smallint,
	"would_work" smallint,
	"natural_language" smallint,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	CONSTRAINT "ratings_interaction_user_key" UNIQUE NULLS NOT DISTINCT("interaction_id","user_hash"),
	CONSTRAINT "ratings_fits_culture_range" CHECK ("ratings"."fits_culture" between 1 and 5),
	CONSTRAINT "ratings_understood_range" CHECK ("ratings"."understood" between 1 and 5),
	CONSTRAINT "ratings_would_work_range" CHECK ("ratings"."would_work" between 1 and 5),
	CONSTRAINT "ratings_natural_language_range" CHECK ("ratings"."natural_language" between 1 and 5),
	CONSTRAINT "ratings_some_item" CHECK (coalesce("ratings"."fits_culture", "ratings"."understood", "ratings"."would_work", "ratings"."natural_language") is not null)
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_hash" text,
	"home_country" text,
	"home_culture" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "interactions" ADD COLUMN "session_id" text;--> statement-breakpoint
ALTER TABLE "interactions" ADD COLUMN "user_hash" text;--> statement-breakpoint
ALTER TABLE "interactions" ADD COLUMN "synthetic" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "checkins_session_created_idx" ON "checkins" USING btree ("session_id","created_at");--> statement-breakpoint
CREATE INDEX "checkins_created_idx" ON "checkins" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "checkins_user_idx" ON "checkins" USING btree ("user_hash");--> statement-breakpoint
CREATE INDEX "comparisons_created_idx" ON "comparisons" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "comparisons_user_idx" ON "comparisons" USING btree ("user_hash");--> statement-breakpoint
CREATE INDEX "interaction_texts_user_idx" ON "interaction_texts" USING btree ("user_hash");--> statement-breakpoint
CREATE INDEX "ratings_created_idx" ON "ratings" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "ratings_profile_created_idx" ON "ratings" USING btree ("profile","created_at");--> statement-breakpoint
CREATE INDEX "ratings_home_profile_idx" ON "ratings" USING btree ("home","profile");--> statement-breakpoint
CREATE INDEX "ratings_user_idx" ON "ratings" USING btree ("user_hash");--> statement-breakpoint
CREATE INDEX "ratings_session_idx" ON "ratings" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_hash");--> statement-breakpoint
CREATE INDEX "interactions_session_created_idx" ON "interactions" USING btree ("session_id","created_at");--> statement-breakpoint
CREATE INDEX "interactions_user_idx" ON "interactions" USING btree ("user_hash");