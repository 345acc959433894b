-- A touch's cost is money: an exact decimal with its ISO 4217 currency, both or neither. Costs
-- recorded before a cost had a currency get GBP, the currency every account had then.
ALTER TABLE "interactions" ADD COLUMN "cost_currency" text;--> statement-breakpoint
UPDATE "interactions" SET "cost_currency" = 'GBP' WHERE "cost" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "interactions" ADD CONSTRAINT "interactions_cost_money" CHECK (("cost" is null and "cost_currency" is null) or ("cost" is not null and "cost" >= 0 and "cost_currency" is not null and "cost_currency" ~ '^[A-Z]{3}$'));
