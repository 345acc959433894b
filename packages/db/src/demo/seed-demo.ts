import {
  addElapsedDays,
  type InteractionKind,
  lastDepthTouchAfter,
  nextDueFor,
  type ScheduleSettings,
} from '@tend/domain';
import type { DbExecutor } from '../client.ts';
import { depthChanges } from '../schema/depth.ts';
import { groupMemberships, groups } from '../schema/groups.ts';
import { interactionParticipants, interactions } from '../schema/interactions.ts';
import { people } from '../schema/people.ts';
import { seedDemoBuyers } from './seed-demo-buyers.ts';

type DemoPerson = {
  name: string;
  company: string;
  role: string;
  profession: string;
  group: 'breakfast' | 'chamber' | null;
  trust: number;
  understanding: number;
  mine: number;
  addedDaysAgo: number;
  /** Days ago of each touch, with its kind. */
  touches: [number, InteractionKind][];
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
    group: 'breakfast',
    trust: 5,
    understanding: 4,
    mine: 4,
    addedDaysAgo: 200,
    touches: [
      [12, 'ONE_TO_ONE'],
      [40, 'CALL'],
      [7, 'GROUP_MEETING'],
    ],
    tags: ['power partner'],
  },
  {
    name: 'Tom Okafor',
    company: 'Okafor Legal',
    role: 'Solicitor',
    profession: 'Lawyer',
    group: 'breakfast',
    trust: 4,
    understanding: 3,
    mine: 3,
    addedDaysAgo: 190,
    touches: [
      [75, 'ONE_TO_ONE'],
      [7, 'GROUP_MEETING'],
    ],
  },
  {
    name: 'Hannah Berg',
    company: 'Berg Financial Planning',
    role: 'Financial planner',
    profession: 'Financial planner',
    group: 'breakfast',
    trust: 2,
    understanding: 1,
    mine: 2,
    addedDaysAgo: 70,
    touches: [
      [7, 'GROUP_MEETING'],
      [14, 'GROUP_MEETING'],
    ],
  },
  {
    name: 'Marcus Lee',
    company: 'Lee Print',
    role: 'Owner',
    profession: 'Printer',
    group: 'breakfast',
    trust: 2,
    understanding: 2,
    mine: 3,
    addedDaysAgo: 45,
    touches: [[7, 'GROUP_MEETING']],
  },
  {
    name: 'Sofia Rossi',
    company: 'Rossi Interiors',
    role: 'Designer',
    profession: 'Interior designer',
    group: 'breakfast',
    trust: 1,
    understanding: 1,
    mine: 1,
    addedDaysAgo: 100,
    touches: [[14, 'GROUP_MEETING']],
    introducedBy: 'Priya Shah',
  },
  {
    name: 'James Whitfield',
    company: 'Whitfield Insurance',
    role: 'Broker',
    profession: 'Insurance broker',
    group: 'breakfast',
    trust: 1,
    understanding: 0,
    mine: 1,
    addedDaysAgo: 30,
    touches: [[21, 'GROUP_MEETING']],
  },
  {
    name: 'Aisha Karim',
    company: 'Karim Marketing',
    role: 'Consultant',
    profession: 'Marketing consultant',
    group: 'breakfast',
    trust: 2,
    understanding: 3,
    mine: 3,
    addedDaysAgo: 65,
    touches: [[7, 'GROUP_MEETING']],
    tags: ['same profession'],
  },
  {
    name: 'Daniel Novak',
    company: 'Northgate Manufacturing',
    role: 'CFO',
    profession: 'Finance director',
    group: 'chamber',
    trust: 3,
    understanding: 2,
    mine: 2,
    addedDaysAgo: 160,
    touches: [
      [95, 'CALL'],
      [30, 'EVENT'],
    ],
    tags: ['target buyer'],
  },
  {
    name: 'Grace Mensah',
    company: 'Mensah HR',
    role: 'Founder',
    profession: 'HR consultant',
    group: 'chamber',
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
    group: 'chamber',
    trust: 3,
    understanding: 2,
    mine: 3,
    addedDaysAgo: 180,
    touches: [
      [30, 'EVENT'],
      [70, 'CALL'],
    ],
  },
  {
    name: 'Mei Lin',
    company: 'Lin Web Studio',
    role: 'Director',
    profession: 'Web developer',
    group: 'chamber',
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
    group: 'chamber',
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
  },
];

const DEMO_GROUPS = {
  breakfast: {
    name: 'Thursday Breakfast Club',
    kind: 'REFERRAL_CLUB' as const,
    fee: '1400.00',
    feePeriod: 'YEAR' as const,
    onePerProfession: true,
    travelCost: '6.50',
    meetingCadenceDays: 7,
    costPerMeeting: '12.00',
    prepMinutes: 20,
    travelMinutes: 40,
    meetingMinutes: 90,
    chatMinutes: 20,
  },
  chamber: {
    name: 'Riverside Chamber of Commerce',
    kind: 'CHAMBER' as const,
    fee: '37.50',
    feePeriod: 'MONTH' as const,
    onePerProfession: false,
    travelCost: '4.00',
    meetingCadenceDays: 30,
    costPerMeeting: '25.00',
    prepMinutes: 10,
    travelMinutes: 30,
    meetingMinutes: 120,
    chatMinutes: 30,
  },
};

const DEMO_TOUCH_NOTES: Record<InteractionKind, string> = {
  ONE_TO_ONE: 'Coffee one-to-one: their goals for next year, and who they want to meet.',
  CALL: 'Catch-up call.',
  VIDEO: 'Video call about a possible joint project.',
  MESSAGE: 'Sent an article they would find useful.',
  EMAIL: 'Followed up by e-mail.',
  SOCIAL: 'Lunch, mostly not about work.',
  GROUP_MEETING: 'Saw them at the weekly meeting.',
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
 * touches across two groups, target buyer profiles with who knows them, and referrals. Every row is marked as demo so it can be removed in one action.
 * Runs inside the caller's transaction.
 */
export const seedDemoData = async (
  db: DbExecutor,
  accountId: string,
  now: Date,
  /** The account's zone and default cadences, which the demo people's due dates follow. */
  schedule: ScheduleSettings,
): Promise<void> => {
  const groupIds: Record<string, string> = {};
  for (const [key, group] of Object.entries(DEMO_GROUPS)) {
    const [row] = await db
      .insert(groups)
      .values({
        ...group,
        accountId,
        isDemo: true,
        joinedOn: addElapsedDays(now, -400).toISOString().slice(0, 10),
      })
      .returning({ id: groups.id });
    if (row) groupIds[key] = row.id;
  }

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
    const groupId = demo.group ? groupIds[demo.group] : undefined;
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

    if (groupId) {
      await db
        .insert(groupMemberships)
        .values({ accountId, groupId, personId: person.id, profession: demo.profession });
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
          groupId: kind === 'GROUP_MEETING' || kind === 'EVENT' ? (groupId ?? null) : null,
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
  await seedDemoBuyers(db, accountId, now, schedule.timezone, personIds);
};
