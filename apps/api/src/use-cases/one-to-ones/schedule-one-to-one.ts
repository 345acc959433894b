import { accounts, oneToOnes } from '@tend/db';
import {
  agendaGiven,
  defaultAgenda,
  ensureCanMeet,
  parseScheduleOneToOneInput,
} from '@tend/domain';
import { eq } from 'drizzle-orm';
import { findPerson } from '../people/find-person.ts';
import type { Scope } from '../scope.ts';
import { findClashes } from './find-clashes.ts';

/**
 * Plans a one-to-one with the account's person, who must not be archived. Without an agenda,
 * what to tell them starts from the account's offer. Returns the meeting and the account's
 * planned ones it clashes with.
 */
export const scheduleOneToOne = async (
  { db, accountId, now }: Scope,
  personId: string,
  rawInput: unknown,
) => {
  const input = parseScheduleOneToOneInput(rawInput, now);
  return db.transaction(async (tx) => {
    // Locked, so the person cannot be archived while the meeting is being planned.
    const person = await findPerson(tx, accountId, personId, { forUpdate: true });
    ensureCanMeet(person, 'personId');
    let agenda = input.agenda;
    if (!agendaGiven(rawInput)) {
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
    return { oneToOne, clashes: await findClashes(tx, accountId, oneToOne) };
  });
};
