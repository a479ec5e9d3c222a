CREATE TABLE "payment_intents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"idempotency_key" uuid NOT NULL,
	"details_hash" text NOT NULL,
	"state_hash" text NOT NULL,
	"kind" text NOT NULL,
	"provider" text NOT NULL,
	"details" jsonb NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"status" text DEFAULT 'starting' NOT NULL,
	"bud_payment_id" text,
	"bud_pay_url" text,
	"expires_at" timestamp with time zone,
	"used_at" timestamp with time zone,
	"outcome" text,
	"last_status_code" text,
	"last_status_message" text,
	"finished_at" timestamp with time zone,
	"goal_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_intents_state_hash_unique" UNIQUE("state_hash"),
	CONSTRAINT "payment_intents_bud_payment_id_unique" UNIQUE("bud_payment_id")
);
--> statement-breakpoint
ALTER TABLE "payment_intents" ADD CONSTRAINT "payment_intents_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "payment_intents_user_id_idempotency_key_key" ON "payment_intents" USING btree ("user_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "payment_intents_user_id_created_at_idx" ON "payment_intents" USING btree ("user_id","created_at");