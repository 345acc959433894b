import { people } from '@tend/db';
import { eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { clientFor, unwrap } from '../test/operations.ts';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ now: new Date('2026-11-20T10:00:00Z') });
});
afterAll(() => api.close());

const freshClient = async () => clientFor(api, await api.createAccount());

type Rows<T> = { rows: T[] };

/** The database's own fold, the one search_text and every search query go through. */
const fold = async (text: string): Promise<string> => {
  const result = (await api.db.execute(sql`select search_fold(${text}) as folded`)) as Rows<{
    folded: string;
  }>;
  return result.rows[0]?.folded ?? '';
};

describe('people search', () => {
  it('finds a name whatever the query’s Unicode form, accents or case', async () => {
    const client = await freshClient();
    await client.addPerson('Zoe\u0301 Ange\u0300le Dupont'); // typed decomposed
    await client.addPerson('Zoey Smith');
    const search = async (text: string) =>
      (await client.people({ search: text })).nodes.map((p) => p.name);

    // Stored composed, however it was typed.
    expect(await search('Dupont')).toEqual(['Zo\u00e9 Ang\u00e8le Dupont']);
    for (const query of ['Zo\u00e9', 'Zoe\u0301', 'zoe', 'ZOE', 'ZO\u00c9', 'angele', 'ANGÈLE']) {
      expect(await search(query), query).toContain('Zo\u00e9 Ang\u00e8le Dupont');
    }
    expect(await search('zoé a')).toEqual(['Zo\u00e9 Ang\u00e8le Dupont']);
    expect((await search('zoe')).sort()).toEqual(['Zoey Smith', 'Zo\u00e9 Ang\u00e8le Dupont']);
    expect(await search('zoey')).toEqual(['Zoey Smith']);
  });

  it('folds company, profession, e-mails and tags too, and Latin letters without accents', async () => {
    const client = await freshClient();
    await client.addPerson({
      name: 'Søren Kierkegaard',
      company: 'Łódź Café',
      profession: 'Straßenbau',
      tags: ['Économie'],
    });
    const found = async (text: string) => (await client.people({ search: text })).totalCount;

    for (const query of ['soren', 'SØREN', 'lodz', 'cafe', 'strassenbau', 'economie', 'ÉCO']) {
      expect(await found(query), query).toBe(1);
    }
    // One field per line: a query never matches across two of them.
    expect(await found('kierkegaard lodz')).toBe(0);
  });

  it('searches the new name after an edit, and % and _ stay literal next to accents', async () => {
    const client = await freshClient();
    const person = await client.addPerson('Ana Pérez');
    await client.addPerson('Ana_Pérez 100%');
    unwrap(await client.updatePerson(person.id, { name: 'Ana Núñez' }));
    const search = async (text: string) =>
      (await client.people({ search: text })).nodes.map((p) => p.name);

    expect(await search('nunez')).toEqual(['Ana Núñez']);
    expect(await search('perez')).toEqual(['Ana_Pérez 100%']);
    expect(await search('a_p')).toEqual(['Ana_Pérez 100%']);
    expect(await search('z 100%')).toEqual(['Ana_Pérez 100%']);
    expect(await search('z 1%')).toEqual([]);
    expect(await search('%')).toEqual(['Ana_Pérez 100%']);
  });

  it('finds rows written by any path, not only the API (the column is generated)', async () => {
    const accountId = await api.createAccount();
    await api.db.insert(people).values({ accountId, name: 'Ren\u00e9e Fran\u00e7ois' });
    const client = clientFor(api, accountId);
    expect((await client.people({ search: 'renee francois' })).totalCount).toBe(1);
    const [row] = await api.db
      .select({ searchText: people.searchText })
      .from(people)
      .where(eq(people.accountId, accountId));
    expect(row?.searchText).toBe('renee francois\n\n');
  });

  it('folds composed and decomposed text alike, and "Zoé" holds "zoe"', async () => {
    expect(await fold('Zo\u00e9')).toBe('zoe');
    expect(await fold('Zoe\u0301')).toBe('zoe');
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 20 }), async (text) => {
        expect(await fold(text.normalize('NFC'))).toBe(await fold(text.normalize('NFD')));
      }),
      { numRuns: 60 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.stringMatching(/^[a-z]{1,8}$/),
        fc.constantFrom('\u0301', '\u0300', '\u0308', '\u0302', '\u0327'),
        async (word, accent) => {
          // The same letters with an accent on the first, written composed, hold the plain word.
          const accented = `${word[0]}${accent}${word.slice(1)}`.normalize('NFC').toUpperCase();
          expect(await fold(accented)).toContain(await fold(word));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('can use the trigram index for a contains-search', async () => {
    // With sequential scans priced out, the plan shows whether the index can serve the query.
    const plan = await api.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      const result = (await tx.execute(
        sql`explain select id from people where search_text like search_fold(${'%zoe%'})`,
      )) as Rows<Record<string, string>>;
      return result.rows.map((row) => Object.values(row).join(' ')).join('\n');
    });
    expect(plan).toContain('people_search_text_idx');
  });
});
