CREATE TABLE "interactions" (
	"id" text PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"profile" text NOT NULL,
	"language" text NOT NULL,
	"language_confidence" real NOT NULL,
	"language_method" text NOT NULL,
	"other_culture" boolean NOT NULL,
	"model" text,
	"backend" text,
	"route" jsonb NOT NULL,
	"status" text NOT NULL,
	"error_code" text,
	"stream" boolean NOT NULL,
	"latency_ms" integer NOT NULL,
	"ttft_ms" integer,
	"prompt_tokens" integer,
	"completion_tokens" integer
);
--> statement-breakpoint
CREATE INDEX "interactions_profile_created_idx" ON "interactions" USING btree ("profile","created_at");