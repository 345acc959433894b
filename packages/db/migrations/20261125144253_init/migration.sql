CREATE TABLE "accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"name" text NOT NULL,
	"email" text,
	"my_offer" text,
	"timezone" text DEFAULT 'UTC' NOT NULL,
	"week_start" smallint DEFAULT 1 NOT NULL,
	"hourly_rate" numeric(12,2),
	"currency" text DEFAULT 'GBP' NOT NULL,
	"cadence_inner_days" integer DEFAULT 30 NOT NULL,
	"cadence_middle_days" integer DEFAULT 60 NOT NULL,
	"cadence_outer_days" integer DEFAULT 90 NOT NULL,
	"depth_touch_kinds" text[] DEFAULT ARRAY['ONE_TO_ONE','CALL','VIDEO','SOCIAL']::text[] NOT NULL,
	"weekly_list_size" integer DEFAULT 5 NOT NULL,
	"onboarded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accounts_week_start_range" CHECK ("week_start" between 0 and 6),
	CONSTRAINT "accounts_weekly_list_size_range" CHECK ("weekly_list_size" between 1 and 50)
);
--> statement-breakpoint
CREATE TABLE "knows" (
	"account_id" uuid NOT NULL,
	"person_id" uuid,
	"target_buyer_id" uuid,
	"strength" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "knows_pk" PRIMARY KEY("person_id","target_buyer_id"),
	CONSTRAINT "knows_strength" CHECK ("strength" in ('KNOWS_OF','KNOWS_PERSONALLY','WORKS_WITH','CAN_INTRODUCE'))
);
--> statement-breakpoint
CREATE TABLE "target_buyers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"account_id" uuid NOT NULL,
	"name" text NOT NULL,
	"roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"industries" text[] DEFAULT '{}'::text[] NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "target_buyers_account_id_id_unique" UNIQUE("account_id","id")
);
--> statement-breakpoint
CREATE TABLE "depth_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"account_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"dimension" text NOT NULL,
	"from_level" smallint NOT NULL,
	"to_level" smallint NOT NULL,
	"note" text,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "depth_changes_dimension" CHECK ("dimension" in ('trust','theirUnderstanding','myUnderstanding')),
	CONSTRAINT "depth_changes_levels_range" CHECK ("from_level" between 0 and 5 and "to_level" between 0 and 5)
);
--> statement-breakpoint
CREATE TABLE "group_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"account_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"held_at" timestamp with time zone NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "group_memberships" (
	"account_id" uuid NOT NULL,
	"group_id" uuid,
	"person_id" uuid,
	"profession" text,
	"joined_on" date,
	"left_on" date,
	CONSTRAINT "group_memberships_pk" PRIMARY KEY("group_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"account_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text DEFAULT 'OTHER' NOT NULL,
	"fee_per_year" numeric(12,2),
	"currency" text DEFAULT 'GBP' NOT NULL,
	"meeting_cadence_days" integer,
	"cost_per_meeting" numeric(12,2),
	"prep_minutes" integer DEFAULT 0 NOT NULL,
	"travel_minutes" integer DEFAULT 0 NOT NULL,
	"meeting_minutes" integer DEFAULT 0 NOT NULL,
	"chat_minutes" integer DEFAULT 0 NOT NULL,
	"joined_on" date,
	"left_on" date,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "groups_account_id_id_unique" UNIQUE("account_id","id"),
	CONSTRAINT "groups_kind" CHECK ("kind" in ('REFERRAL_CLUB','CHAMBER','ONLINE_COMMUNITY','MASTERMIND','ASSOCIATION','OTHER'))
);
--> statement-breakpoint
CREATE TABLE "interaction_participants" (
	"account_id" uuid NOT NULL,
	"interaction_id" uuid,
	"person_id" uuid,
	CONSTRAINT "interaction_participants_pk" PRIMARY KEY("interaction_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "interactions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"account_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer,
	"cost" numeric(12,2),
	"notes" text,
	"group_id" uuid,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interactions_account_id_id_unique" UNIQUE("account_id","id"),
	CONSTRAINT "interactions_kind" CHECK ("kind" in ('ONE_TO_ONE','CALL','VIDEO','MESSAGE','EMAIL','SOCIAL','GROUP_MEETING','EVENT')),
	CONSTRAINT "interactions_duration_range" CHECK ("duration_minutes" is null or "duration_minutes" between 0 and 1440)
);
--> statement-breakpoint
CREATE TABLE "one_to_ones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"account_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer DEFAULT 60 NOT NULL,
	"place" text,
	"video_link" text,
	"agenda" jsonb,
	"status" text DEFAULT 'PLANNED' NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"interaction_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "one_to_ones_status" CHECK ("status" in ('PLANNED','DONE','CANCELLED','NO_SHOW')),
	CONSTRAINT "one_to_ones_duration_range" CHECK ("duration_minutes" between 5 and 1440)
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"account_id" uuid NOT NULL,
	"name" text NOT NULL,
	"emails" text[] DEFAULT '{}'::text[] NOT NULL,
	"phones" text[] DEFAULT '{}'::text[] NOT NULL,
	"company" text,
	"role" text,
	"profession" text,
	"location" text,
	"notes" text,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"origin_kind" text DEFAULT 'OTHER' NOT NULL,
	"origin_group_id" uuid,
	"origin_person_id" uuid,
	"origin_note" text,
	"trust" smallint DEFAULT 0 NOT NULL,
	"their_understanding" smallint DEFAULT 0 NOT NULL,
	"my_understanding" smallint DEFAULT 0 NOT NULL,
	"cadence_mode" text DEFAULT 'DEFAULT' NOT NULL,
	"cadence_days" integer,
	"last_depth_touch_at" timestamp with time zone,
	"next_due_at" timestamp with time zone,
	"archived_at" timestamp with time zone,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "people_account_id_id_unique" UNIQUE("account_id","id"),
	CONSTRAINT "people_trust_range" CHECK ("trust" between 0 and 5),
	CONSTRAINT "people_their_understanding_range" CHECK ("their_understanding" between 0 and 5),
	CONSTRAINT "people_my_understanding_range" CHECK ("my_understanding" between 0 and 5),
	CONSTRAINT "people_origin_kind" CHECK ("origin_kind" in ('GROUP','PERSON','OTHER')),
	CONSTRAINT "people_cadence_mode" CHECK ("cadence_mode" in ('DEFAULT','CUSTOM','NONE')),
	CONSTRAINT "people_cadence_days_range" CHECK ("cadence_days" is null or "cadence_days" between 1 and 730)
);
--> statement-breakpoint
CREATE TABLE "prompts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"account_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"raised_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'OPEN' NOT NULL,
	"snoozed_until" timestamp with time zone,
	"dismissed_reason" text,
	"closed_at" timestamp with time zone,
	CONSTRAINT "prompts_status" CHECK ("status" in ('OPEN','SNOOZED','DISMISSED','DONE'))
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"account_id" uuid NOT NULL,
	"direction" text NOT NULL,
	"person_id" uuid NOT NULL,
	"referred_person_id" uuid,
	"referred_name" text,
	"target_buyer_id" uuid,
	"referred_on" date NOT NULL,
	"status" text DEFAULT 'INTRODUCED' NOT NULL,
	"value" numeric(14,2),
	"currency" text DEFAULT 'GBP' NOT NULL,
	"notes" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referrals_direction" CHECK ("direction" in ('GIVEN','RECEIVED')),
	CONSTRAINT "referrals_status" CHECK ("status" in ('INTRODUCED','MET','PROPOSAL','WON','LOST'))
);
--> statement-breakpoint
CREATE TABLE "weekly_list_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"account_id" uuid NOT NULL,
	"weekly_list_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'PENDING' NOT NULL,
	"acted_at" timestamp with time zone,
	CONSTRAINT "weekly_list_items_list_person_unique" UNIQUE("weekly_list_id","person_id"),
	CONSTRAINT "weekly_list_items_status" CHECK ("status" in ('PENDING','DONE','SKIPPED'))
);
--> statement-breakpoint
CREATE TABLE "weekly_lists" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"account_id" uuid NOT NULL,
	"week_starts_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "weekly_lists_account_week_unique" UNIQUE("account_id","week_starts_on"),
	CONSTRAINT "weekly_lists_account_id_id_unique" UNIQUE("account_id","id")
);
--> statement-breakpoint
CREATE INDEX "knows_account_buyer_idx" ON "knows" ("account_id","target_buyer_id");--> statement-breakpoint
CREATE INDEX "depth_changes_account_person_idx" ON "depth_changes" ("account_id","person_id","changed_at");--> statement-breakpoint
CREATE INDEX "group_meetings_account_group_idx" ON "group_meetings" ("account_id","group_id","held_at");--> statement-breakpoint
CREATE INDEX "group_memberships_account_person_idx" ON "group_memberships" ("account_id","person_id");--> statement-breakpoint
CREATE INDEX "groups_account_name_idx" ON "groups" ("account_id","name");--> statement-breakpoint
CREATE INDEX "interaction_participants_account_person_idx" ON "interaction_participants" ("account_id","person_id");--> statement-breakpoint
CREATE INDEX "interactions_account_occurred_idx" ON "interactions" ("account_id","occurred_at");--> statement-breakpoint
CREATE INDEX "one_to_ones_account_starts_idx" ON "one_to_ones" ("account_id","starts_at");--> statement-breakpoint
CREATE INDEX "one_to_ones_account_person_idx" ON "one_to_ones" ("account_id","person_id","starts_at");--> statement-breakpoint
CREATE INDEX "people_account_next_due_idx" ON "people" ("account_id","next_due_at");--> statement-breakpoint
CREATE INDEX "people_account_name_idx" ON "people" ("account_id",lower("name"));--> statement-breakpoint
CREATE INDEX "people_origin_person_idx" ON "people" ("origin_person_id");--> statement-breakpoint
CREATE INDEX "prompts_account_status_idx" ON "prompts" ("account_id","status","raised_at");--> statement-breakpoint
CREATE INDEX "prompts_account_person_idx" ON "prompts" ("account_id","person_id");--> statement-breakpoint
CREATE INDEX "referrals_account_person_idx" ON "referrals" ("account_id","person_id","referred_on");--> statement-breakpoint
CREATE INDEX "weekly_list_items_account_person_idx" ON "weekly_list_items" ("account_id","person_id");--> statement-breakpoint
ALTER TABLE "knows" ADD CONSTRAINT "knows_account_id_accounts_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "knows" ADD CONSTRAINT "knows_person_fk" FOREIGN KEY ("account_id","person_id") REFERENCES "people"("account_id","id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "knows" ADD CONSTRAINT "knows_target_buyer_fk" FOREIGN KEY ("account_id","target_buyer_id") REFERENCES "target_buyers"("account_id","id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "target_buyers" ADD CONSTRAINT "target_buyers_account_id_accounts_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "depth_changes" ADD CONSTRAINT "depth_changes_account_id_accounts_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "depth_changes" ADD CONSTRAINT "depth_changes_person_fk" FOREIGN KEY ("account_id","person_id") REFERENCES "people"("account_id","id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "group_meetings" ADD CONSTRAINT "group_meetings_account_id_accounts_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "group_meetings" ADD CONSTRAINT "group_meetings_group_fk" FOREIGN KEY ("account_id","group_id") REFERENCES "groups"("account_id","id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "group_memberships" ADD CONSTRAINT "group_memberships_account_id_accounts_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "group_memberships" ADD CONSTRAINT "group_memberships_group_fk" FOREIGN KEY ("account_id","group_id") REFERENCES "groups"("account_id","id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "group_memberships" ADD CONSTRAINT "group_memberships_person_fk" FOREIGN KEY ("account_id","person_id") REFERENCES "people"("account_id","id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "groups" ADD CONSTRAINT "groups_account_id_accounts_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "interaction_participants" ADD CONSTRAINT "interaction_participants_account_id_accounts_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "interaction_participants" ADD CONSTRAINT "interaction_participants_interaction_fk" FOREIGN KEY ("account_id","interaction_id") REFERENCES "interactions"("account_id","id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "interaction_participants" ADD CONSTRAINT "interaction_participants_person_fk" FOREIGN KEY ("account_id","person_id") REFERENCES "people"("account_id","id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_account_id_accounts_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_group_fk" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "one_to_ones" ADD CONSTRAINT "one_to_ones_account_id_accounts_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "one_to_ones" ADD CONSTRAINT "one_to_ones_person_fk" FOREIGN KEY ("account_id","person_id") REFERENCES "people"("account_id","id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "one_to_ones" ADD CONSTRAINT "one_to_ones_interaction_fk" FOREIGN KEY ("interaction_id") REFERENCES "interactions"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_account_id_accounts_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_origin_group_id_groups_id_fkey" FOREIGN KEY ("origin_group_id") REFERENCES "groups"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_origin_person_fk" FOREIGN KEY ("origin_person_id") REFERENCES "people"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "prompts" ADD CONSTRAINT "prompts_account_id_accounts_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "prompts" ADD CONSTRAINT "prompts_person_fk" FOREIGN KEY ("account_id","person_id") REFERENCES "people"("account_id","id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_account_id_accounts_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_person_fk" FOREIGN KEY ("account_id","person_id") REFERENCES "people"("account_id","id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_referred_person_fk" FOREIGN KEY ("referred_person_id") REFERENCES "people"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_target_buyer_fk" FOREIGN KEY ("target_buyer_id") REFERENCES "target_buyers"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "weekly_list_items" ADD CONSTRAINT "weekly_list_items_account_id_accounts_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "weekly_list_items" ADD CONSTRAINT "weekly_list_items_list_fk" FOREIGN KEY ("account_id","weekly_list_id") REFERENCES "weekly_lists"("account_id","id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "weekly_list_items" ADD CONSTRAINT "weekly_list_items_person_fk" FOREIGN KEY ("account_id","person_id") REFERENCES "people"("account_id","id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "weekly_lists" ADD CONSTRAINT "weekly_lists_account_id_accounts_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE;