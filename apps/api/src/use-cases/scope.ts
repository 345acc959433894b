import type { DbExecutor } from '@tend/db';
import { accounts } from '@tend/db';
import type { CadenceDefaults, InteractionKind, MyProfessions, WeekStartDay } from '@tend/domain';
import { eq } from 'drizzle-orm';

/**
 * Who is acting and when: every use case is scoped to one account. `db` is the request's
 * transaction, running as the app role with the account set for row-level security.
 */
export type Scope = { db: DbExecutor; accountId: string; now: Date };

export type AccountSettings = {
  cadenceDefaults: CadenceDefaults;
  depthTouchKinds: InteractionKind[];
  timezone: string;
  weekStart: WeekStartDay;
  weeklyListSize: number;
  readyThreshold: number;
  professions: MyProfessions;
};

export const loadAccountSettings = async (
  db: DbExecutor,
  accountId: string,
): Promise<AccountSettings> => {
  const [account] = await db.select().from(accounts).where(eq(accounts.id, accountId));
  if (!account) throw new Error(`Account ${accountId} is missing`);
  return accountSettingsOf(account);
};

/** The settings a use case reads, from the account's row. */
export const accountSettingsOf = (account: typeof accounts.$inferSelect): AccountSettings => ({
  cadenceDefaults: {
    INNER: account.cadenceInnerDays,
    MIDDLE: account.cadenceMiddleDays,
    OUTER: account.cadenceOuterDays,
  },
  depthTouchKinds: account.depthTouchKinds as InteractionKind[],
  timezone: account.timezone,
  weekStart: account.weekStart as WeekStartDay,
  weeklyListSize: account.weeklyListSize,
  readyThreshold: account.readyThreshold,
  professions: {
    profession: account.profession,
    competitorProfessions: account.competitorProfessions,
    powerPartnerProfessions: account.powerPartnerProfessions,
  },
});
