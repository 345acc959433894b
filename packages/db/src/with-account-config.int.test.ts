import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withAccount } from './client.ts';
import { accounts, people } from './schema/index.ts';
import { failureCodeOf, freshDatabase, type TestDatabase } from './testing/fresh-database.ts';

let connection: TestDatabase;
let accountId: string;

const SNAPSHOT = { isolationLevel: 'repeatable read', accessMode: 'read only' } as const;

beforeAll(async () => {
  connection = await freshDatabase('tend_tx_config');
  const [account] = await connection.adminDb
    .insert(accounts)
    .values({ name: 'A' })
    .returning({ id: accounts.id });
  accountId = account?.id ?? '';
});

afterAll(() => connection.close());

const setting = async (statement: string, config?: typeof SNAPSHOT) =>
  withAccount(
    connection.db,
    accountId,
    async (tx) => {
      const { rows } = (await tx.execute(
        sql.raw(`select current_setting('${statement}') as value,
          current_setting('tend.account_id') as account, current_user as role`),
      )) as { rows: { value: string; account: string; role: string }[] };
      return rows[0];
    },
    config,
  );

describe('withAccount with a transaction config', () => {
  it('begins the transaction with the isolation level and access mode, as the account', async () => {
    expect(await setting('transaction_isolation', SNAPSHOT)).toEqual({
      value: 'repeatable read',
      account: accountId,
      role: 'tend_app',
    });
    expect((await setting('transaction_read_only', SNAPSHOT))?.value).toBe('on');
  });

  it('keeps the default without one', async () => {
    expect((await setting('transaction_isolation'))?.value).toBe('read committed');
    expect((await setting('transaction_read_only'))?.value).toBe('off');
  });

  it('refuses writes in a read-only transaction', async () => {
    const code = await failureCodeOf(
      withAccount(
        connection.db,
        accountId,
        (tx) => tx.insert(people).values({ accountId, name: 'Nobody' }),
        SNAPSHOT,
      ),
    );
    // read_only_sql_transaction
    expect(code).toBe('25006');
  });
});
