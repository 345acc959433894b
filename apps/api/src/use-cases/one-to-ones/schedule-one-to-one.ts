import { accounts, oneToOnes } from '@tend/db';
import {
  defaultAgenda,
  MAX_ONE_TO_ONE_MINUTES,
  overlaps,
  parseScheduleOneToOneInput,
} from '@tend/domain';
import { and, asc, eq, gt, lt, ne } from 'drizzle-orm';
import { findPerson } from '../people/find-person.ts';
import type { Scope } from '../scope.ts';

const MINUTE_MS = 60_000;
/** The stored duration may be longer than a new one may be (the table allows a day). */
const LONGEST_STORED_MINUTES = Math.max(MAX_ONE_TO_ONE_MINUTES, 24 * 60);

/**
 * Plans a one-to-one with the account's person. Without an agenda, what to tell them starts
 * from the account's offer. Returns the meeting and the account's planned ones it clashes with.
 */
export const scheduleOneToOne = async (
  { db, accountId, now }: Scope,
  personId: string,
  rawInput: unknown,
) => {
  const input = parseScheduleOneToOneInput(rawInput, now);
  return db.transaction(async (tx) => {
    const person = await findPerson(tx, accountId, personId);
    const agendaGiven =
      typeof rawInput === 'object' &&
      rawInput !== null &&
      (rawInput as { agenda?: unknown }).agenda != null;
    let agenda = input.agenda;
    if (!agendaGiven) {
      const [account] = await tx
        .select({ myOffer: accounts.myOffer })
        .from(accounts)
        .where(eq(accounts.id, accountId));
      agenda = defaultAgenda(account?.myOffer);
    }
    const [oneToOne] = await tx
      .insert(oneToOnes)
      .values({
        accountId,
        personId: person.id,
        startsAt: input.startsAt,
        durationMinutes: input.durationMinutes,
        place: input.place,
        videoLink: input.videoLink,
        agenda,
        status: 'PLANNED',
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!oneToOne) throw new Error('Insert returned no one-to-one');

    const end = new Date(input.startsAt.getTime() + input.durationMinutes * MINUTE_MS);
    const earliest = new Date(input.startsAt.getTime() - LONGEST_STORED_MINUTES * MINUTE_MS);
    const nearby = await tx
      .select()
      .from(oneToOnes)
      .where(
        and(
          eq(oneToOnes.accountId, accountId),
          eq(oneToOnes.status, 'PLANNED'),
          ne(oneToOnes.id, oneToOne.id),
          gt(oneToOnes.startsAt, earliest),
          lt(oneToOnes.startsAt, end),
        ),
      )
      .orderBy(asc(oneToOnes.startsAt), asc(oneToOnes.id));
    const clashes = nearby.filter((other) => overlaps(oneToOne, other));
    return { oneToOne, clashes };
  });
};
