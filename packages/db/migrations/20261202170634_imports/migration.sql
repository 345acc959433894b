CREATE TABLE "import_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"account_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"format" text NOT NULL,
	"status" text DEFAULT 'PREVIEW' NOT NULL,
	"source" jsonb,
	"mapping" jsonb,
	"rows" jsonb NOT NULL,
	"create_count" integer NOT NULL,
	"merge_count" integer NOT NULL,
	"reject_count" integer NOT NULL,
	"options" jsonb,
	"created_person_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"merges" jsonb DEFAULT '[]' NOT NULL,
	"imported_at" timestamp with time zone,
	"undone_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "import_batches_account_id_id_unique" UNIQUE("account_id","id"),
	CONSTRAINT "import_batches_format" CHECK ("format" in ('CSV','VCARD')),
	CONSTRAINT "import_batches_status" CHECK ("status" in ('PREVIEW','IMPORTED','UNDONE'))
);
--> statement-breakpoint
CREATE INDEX "import_batches_account_created_idx" ON "import_batches" ("account_id","created_at");--> statement-breakpoint
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_account_id_accounts_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON import_batches TO tend_app;--> statement-breakpoint
ALTER TABLE import_batches ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE import_batches FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY account_isolation ON import_batches USING (account_id = tend_current_account()) WITH CHECK (account_id = tend_current_account());
