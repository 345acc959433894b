import {
  addElapsedDays,
  type InteractionKind,
  lastDepthTouchAfter,
  localDateIn,
  nextDueFor,
  type ScheduleSettings,
} from '@tend/domain';
import type { DbExecutor } from '../client.ts';
import { depthChanges } from '../schema/depth.ts';
import { groupMemberships } from '../schema/groups.ts';
import { interactionParticipants, interactions } from '../schema/interactions.ts';
import { people } from '../schema/people.ts';
import { seedDemoBuyers } from './seed-demo-buyers.ts';
import {
  type DemoGroupKey,
  seedDemoGroupHistory,
  seedDemoGroupRows,
  seedDemoProfessions,
} from './seed-demo-groups.ts';

/** A group meeting's touch is the meeting's own, with everyone I spoke to (seed-demo-groups.ts). */
type PersonTouchKind = Exclude<InteractionKind, 'GROUP_MEETING'>;

type DemoPerson = {
  name: string;
  company: string;
  role: string;
  profession: string;
  /** The demo group they are a member of, since when. */
  group: { key: DemoGroupKey; joinedDaysAgo: number } | null;
  trust: number;
  understanding: number;
  mine: number;
  addedDaysAgo: number;
  /** Days ago of each touch, with its kind. */
  touches: [number, PersonTouchKind][];
  tags?: string[];
  /** An earlier demo person who introduced them (their origin). */
  introducedBy?: string;
};

const DEMO_PEOPLE: DemoPerson[] = [
  {
    name: 'Priya Shah',
    company: 'Shah & Co Accountants',
    role: 'Partner',
    profession: 'Accountant',
    group: { key: 'breakfast', joinedDaysAgo: 1100 },
    trust: 5,
    understanding: 4,
    mine: 4,
    addedDaysAgo: 200,
    touches: [
      [12, 'ONE_TO_ONE'],
      [40, 'CALL'],
    ],
    tags: ['power partner'],
  },
  {
    name: 'Tom Okafor',
    company: 'Okafor Legal',
    role: 'Solicitor',
    profession: 'Lawyer',
    group: { key: 'breakfast', joinedDaysAgo: 800 },
    trust: 4,
    understanding: 3,
    mine: 3,
    addedDaysAgo: 190,
    touches: [[75, 'ONE_TO_ONE']],
  },
  {
    name: 'Hannah Berg',
    company: 'Berg Financial Planning',
    role: 'Financial planner',
    profession: 'Financial planner',
    group: { key: 'breakfast', joinedDaysAgo: 75 },
    trust: 2,
    understanding: 1,
    mine: 2,
    addedDaysAgo: 70,
    touches: [],
  },
  {
    name: 'Marcus Lee',
    company: 'Lee Print',
    role: 'Owner',
    profession: 'Printer',
    group: { key: 'breakfast', joinedDaysAgo: 50 },
    trust: 2,
    understanding: 2,
    mine: 3,
    addedDaysAgo: 45,
    touches: [],
  },
  {
    name: 'Sofia Rossi',
    company: 'Rossi Interiors',
    role: 'Designer',
    profession: 'Interior designer',
    group: { key: 'breakfast', joinedDaysAgo: 300 },
    trust: 1,
    understanding: 1,
    mine: 1,
    addedDaysAgo: 100,
    touches: [],
    introducedBy: 'Priya Shah',
  },
  {
    name: 'James Whitfield',
    company: 'Whitfield Insurance',
    role: 'Broker',
    profession: 'Insurance broker',
    group: { key: 'breakfast', joinedDaysAgo: 35 },
    trust: 1,
    understanding: 0,
    mine: 1,
    addedDaysAgo: 30,
    touches: [],
  },
  {
    name: 'Aisha Karim',
    company: 'Karim Marketing',
    role: 'Consultant',
    profession: 'Marketing consultant',
    group: { key: 'breakfast', joinedDaysAgo: 500 },
    trust: 2,
    understanding: 3,
    mine: 3,
    addedDaysAgo: 65,
    touches: [],
    tags: ['same profession'],
  },
  {
    name: 'Daniel Novak',
    company: 'Northgate Manufacturing',
    role: 'CFO',
    profession: 'Finance director',
    group: { key: 'chamber', joinedDaysAgo: 600 },
    trust: 3,
    understanding: 2,
    mine: 2,
    addedDaysAgo: 160,
    touches: [
      [95, 'ONE_TO_ONE'],
      [30, 'EVENT'],
    ],
    tags: ['target buyer'],
  },
  {
    name: 'Grace Mensah',
    company: 'Mensah HR',
    role: 'Founder',
    profession: 'HR consultant',
    group: { key: 'chamber', joinedDaysAgo: 900 },
    trust: 4,
    understanding: 4,
    mine: 3,
    addedDaysAgo: 150,
    touches: [
      [25, 'ONE_TO_ONE'],
      [60, 'SOCIAL'],
    ],
    tags: ['power partner'],
  },
  {
    name: 'Oliver Grant',
    company: 'Riverside Chamber',
    role: 'Membership manager',
    profession: 'Chamber staff',
    group: { key: 'chamber', joinedDaysAgo: 1500 },
    trust: 3,
    understanding: 2,
    mine: 3,
    addedDaysAgo: 180,
    touches: [
      [30, 'EVENT'],
      [70, 'ONE_TO_ONE'],
    ],
  },
  {
    name: 'Mei Lin',
    company: 'Lin Web Studio',
    role: 'Director',
    profession: 'Web developer',
    group: { key: 'chamber', joinedDaysAgo: 400 },
    trust: 3,
    understanding: 3,
    mine: 4,
    addedDaysAgo: 120,
    touches: [[35, 'VIDEO']],
    tags: ['power partner'],
  },
  {
    name: 'Robert Hale',
    company: 'Hale Commercial Property',
    role: 'Agent',
    profession: 'Commercial property agent',
    group: { key: 'chamber', joinedDaysAgo: 45 },
    trust: 1,
    understanding: 1,
    mine: 1,
    addedDaysAgo: 40,
    touches: [[30, 'EVENT']],
  },
  {
    name: 'Emma Clarke',
    company: 'Clarke Consulting',
    role: 'Former colleague',
    profession: 'Management consultant',
    group: null,
    trust: 5,
    understanding: 5,
    mine: 4,
    addedDaysAgo: 220,
    touches: [
      [20, 'SOCIAL'],
      [110, 'ONE_TO_ONE'],
    ],
  },
  {
    name: 'Samir Haddad',
    company: 'Haddad Logistics',
    role: 'Managing director',
    profession: 'Logistics',
    group: null,
    trust: 4,
    understanding: 3,
    mine: 3,
    addedDaysAgo: 215,
    touches: [[200, 'ONE_TO_ONE']],
    tags: ['client'],
  },
  {
    name: 'Lucy Fraser',
    company: 'Fraser Bakery',
    role: 'Owner',
    profession: 'Baker',
    group: null,
    trust: 3,
    understanding: 2,
    mine: 3,
    addedDaysAgo: 130,
    touches: [[45, 'CALL']],
    tags: ['client'],
  },
  {
    name: 'Ben Adeyemi',
    company: 'Adeyemi Architects',
    role: 'Partner',
    profession: 'Architect',
    group: null,
    trust: 2,
    understanding: 1,
    mine: 2,
    addedDaysAgo: 20,
    touches: [],
  },
  {
    name: 'Nora Walsh',
    company: 'Walsh Recruitment',
    role: 'Recruiter',
    profession: 'Recruiter',
    group: null,
    trust: 3,
    understanding: 4,
    mine: 2,
    addedDaysAgo: 110,
    touches: [
      [8, 'MESSAGE'],
      [40, 'ONE_TO_ONE'],
    ],
  },
  {
    name: 'Felix Braun',
    company: 'Braun Engineering',
    role: 'Operations director',
    profession: 'Engineer',
    group: null,
    trust: 0,
    understanding: 0,
    mine: 1,
    addedDaysAgo: 10,
    touches: [],
    introducedBy: 'Tom Okafor',
  },
];

const DEMO_TOUCH_NOTES: Record<PersonTouchKind, string> = {
  ONE_TO_ONE: 'Coffee one-to-one: their goals for next year, and who they want to meet.',
  CALL: 'Catch-up call.',
  VIDEO: 'Video call about a possible joint project.',
  MESSAGE: 'Sent an article they would find useful.',
  EMAIL: 'Followed up by e-mail.',
  SOCIAL: 'Lunch, mostly not about work.',
  EVENT: 'Chamber evening event.',
};

const originOf = (groupId: string | undefined, introducerId: string | undefined) =>
  introducerId
    ? { originKind: 'PERSON' as const, originPersonId: introducerId }
    : groupId
      ? { originKind: 'GROUP' as const, originGroupId: groupId }
      : { originKind: 'OTHER' as const, originNote: 'Known from before' };

/**
 * Realistic demo data for a solo marketing consultant: people, depth levels with history and
 * touches across two groups, a year of the groups' meetings and enjoyment, target buyer profiles
 * with who knows them, referrals, and the consultant's profession (when the account has none).
 * Every row is marked as demo (or goes with a demo group) so it can be removed in one action.
 * Runs inside the caller's transaction.
 */
export const seedDemoData = async (
  db: DbExecutor,
  accountId: string,
  now: Date,
  /** The account's zone and default cadences, which the demo people's due dates follow. */
  schedule: ScheduleSettings,
): Promise<void> => {
  const groupIds = await seedDemoGroupRows(db, accountId, now, schedule.timezone);

  const personIds = new Map<string, string>();
  for (const [index, demo] of DEMO_PEOPLE.entries()) {
    const createdAt = addElapsedDays(now, -demo.addedDaysAgo);
    let lastDepthTouchAt: Date | null = null;
    for (const [daysAgo, kind] of demo.touches) {
      lastDepthTouchAt = lastDepthTouchAfter(lastDepthTouchAt, {
        kind,
        occurredAt: addElapsedDays(now, -daysAgo),
      });
    }
    const depth = {
      trust: demo.trust,
      theirUnderstanding: demo.understanding,
      myUnderstanding: demo.mine,
    };
    const groupId = demo.group ? groupIds[demo.group.key] : undefined;
    const [person] = await db
      .insert(people)
      .values({
        accountId,
        name: demo.name,
        company: demo.company,
        role: demo.role,
        profession: demo.profession,
        emails: [`${demo.name.split(' ')[0]?.toLowerCase()}@example.com`],
        tags: demo.tags ?? [],
        ...originOf(groupId, demo.introducedBy ? personIds.get(demo.introducedBy) : undefined),
        ...depth,
        lastDepthTouchAt,
        nextDueAt: nextDueFor(
          {
            ...depth,
            cadenceMode: 'DEFAULT',
            cadenceDays: null,
            lastDepthTouchAt,
            createdAt,
          },
          schedule,
        ),
        isDemo: true,
        createdAt,
        updatedAt: createdAt,
      })
      .returning({ id: people.id });
    if (!person) continue;
    personIds.set(demo.name, person.id);

    if (groupId && demo.group) {
      await db.insert(groupMemberships).values({
        accountId,
        groupId,
        personId: person.id,
        profession: demo.profession,
        joinedOn: localDateIn(addElapsedDays(now, -demo.group.joinedDaysAgo), schedule.timezone),
        isDemo: true,
      });
    }
    const history = (['trust', 'theirUnderstanding'] as const).filter(
      (dimension) => depth[dimension] > 0,
    );
    if (history.length > 0) {
      await db.insert(depthChanges).values(
        history.map((dimension) => ({
          accountId,
          personId: person.id,
          dimension,
          fromLevel: depth[dimension] - 1,
          toLevel: depth[dimension],
          note: 'After our last proper conversation',
          changedAt: addElapsedDays(now, -30 - index),
        })),
      );
    }
    for (const [daysAgo, kind] of demo.touches) {
      const [interaction] = await db
        .insert(interactions)
        .values({
          accountId,
          kind,
          occurredAt: addElapsedDays(now, -daysAgo),
          durationMinutes: kind === 'MESSAGE' || kind === 'EMAIL' ? null : 60,
          notes: DEMO_TOUCH_NOTES[kind],
          groupId: kind === 'EVENT' ? (groupId ?? null) : null,
          isDemo: true,
          // Millisecond timestamps from JS keep timeline cursors exact (now() has microseconds).
          createdAt: addElapsedDays(now, -daysAgo),
        })
        .returning({ id: interactions.id });
      if (interaction) {
        await db
          .insert(interactionParticipants)
          .values({ accountId, interactionId: interaction.id, personId: person.id });
      }
    }
  }
  await seedDemoGroupHistory(db, accountId, now, schedule.timezone, groupIds, personIds);
  await seedDemoBuyers(db, accountId, now, schedule.timezone, personIds);
  await seedDemoProfessions(db, accountId);
};
