import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../shared/issues-of.ts';
import type { ExportDocument } from './export-document.ts';
import { remapExportIds } from './remap-export-ids.ts';

const AT = '2026-11-20T10:00:00.000Z';
const uuid = (prefix: string, n: number) =>
  `${prefix.padEnd(8, '0')}-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A consistent document: `shape` says how many of each row, and which each row points at. */
const documentOf = (shape: {
  people: { originPerson: number | null }[];
  groups: number;
  interactions: { participants: number[]; group: number | null }[];
  buyers: number;
  knows: [number, number][];
  referrals: { person: number; referred: number | null }[];
}): ExportDocument => {
  const personId = (i: number) => uuid('aaaa', i);
  const groupId = (i: number) => uuid('bbbb', i);
  const interactionId = (i: number) => uuid('cccc', i);
  const buyerId = (i: number) => uuid('dddd', i);
  const referralId = (i: number) => uuid('eeee', i);
  return {
    format: 'tend-export',
    version: 1,
    exportedAt: AT,
    account: {} as ExportDocument['account'],
    people: shape.people.map(({ originPerson }, i) => ({
      id: personId(i),
      name: `Person ${i}`,
      emails: [],
      phones: [],
      company: null,
      role: null,
      profession: null,
      location: null,
      notes: null,
      tags: [],
      originKind: originPerson === null ? 'OTHER' : 'PERSON',
      originGroupId: shape.groups > 0 && i % 2 === 0 ? groupId(i % shape.groups) : null,
      originPersonId: originPerson === null ? null : personId(originPerson),
      originNote: null,
      trust: 0,
      theirUnderstanding: 0,
      myUnderstanding: 0,
      cadenceMode: 'DEFAULT',
      cadenceDays: null,
      lastDepthTouchAt: null,
      nextDueAt: null,
      archivedAt: null,
      isDemo: false,
      createdAt: AT,
      updatedAt: AT,
    })),
    depthChanges: shape.people.map((_, i) => ({
      id: uuid('ffff', i),
      personId: personId(i),
      dimension: 'trust',
      fromLevel: 0,
      toLevel: 1,
      note: null,
      changedAt: AT,
    })),
    interactions: shape.interactions.map(({ participants, group }, i) => ({
      id: interactionId(i),
      kind: 'CALL',
      occurredAt: AT,
      durationMinutes: null,
      cost: null,
      costCurrency: null,
      notes: null,
      groupId: group === null ? null : groupId(group),
      isDemo: false,
      createdAt: AT,
      participantIds: participants.map(personId),
    })),
    oneToOnes: shape.interactions.slice(0, 2).map(({ participants }, i) => ({
      id: uuid('abab', i),
      personId: personId(participants[0] ?? 0),
      startsAt: AT,
      durationMinutes: 60,
      place: null,
      videoLink: null,
      agenda: null,
      status: 'DONE',
      sequence: 0,
      interactionId: interactionId(i),
      createdAt: AT,
      updatedAt: AT,
    })),
    prompts: [],
    weeklyLists: [
      {
        id: uuid('acac', 0),
        weekStartsOn: '2026-11-16',
        createdAt: AT,
        items: shape.people.map((_, i) => ({
          id: uuid('adad', i),
          personId: personId(i),
          position: i,
          anchorKind: 'ADDED',
          anchorAt: AT,
          cadenceDays: 30,
          readiness: 0,
          knowsStrength: null,
          dormant: false,
          status: 'PENDING',
          actedAt: null,
        })),
      },
    ],
    targetBuyers: Array.from({ length: shape.buyers }, (_, i) => ({
      id: buyerId(i),
      name: `Profile ${i}`,
      roles: [],
      industries: [],
      companySizeMin: null,
      companySizeMax: null,
      regions: [],
      notes: null,
      archivedAt: null,
      isDemo: false,
      createdAt: AT,
      updatedAt: AT,
    })),
    knows: shape.knows.map(([person, buyer]) => ({
      personId: personId(person),
      targetBuyerId: buyerId(buyer),
      strength: 'KNOWS_OF',
      note: null,
      learnedOn: null,
      createdAt: AT,
      updatedAt: AT,
    })),
    introductionAsks: [],
    referrals: shape.referrals.map(({ person, referred }, i) => ({
      id: referralId(i),
      direction: 'RECEIVED',
      personId: personId(person),
      referredPersonId: referred === null ? null : personId(referred),
      referredName: null,
      targetBuyerId: null,
      referredOn: '2026-11-01',
      status: 'MET',
      value: null,
      currency: null,
      notes: null,
      thankedAt: null,
      isDemo: false,
      createdAt: AT,
      updatedAt: AT,
    })),
    referralStatusChanges: shape.referrals.map((_, i) => ({
      id: uuid('aeae', i),
      referralId: referralId(i),
      status: 'MET',
      changedOn: '2026-11-02',
      note: null,
      createdAt: AT,
    })),
    groups: Array.from({ length: shape.groups }, (_, i) => ({
      id: groupId(i),
      name: `Group ${i}`,
      kind: 'OTHER',
      onePerProfession: false,
      fee: null,
      feePeriod: 'YEAR',
      currency: 'GBP',
      meetingCadenceDays: null,
      costPerMeeting: null,
      travelCost: null,
      prepMinutes: 0,
      travelMinutes: 0,
      meetingMinutes: 0,
      chatMinutes: 0,
      joinedOn: null,
      leftOn: null,
      isDemo: false,
      createdAt: AT,
      updatedAt: AT,
    })),
    groupMembers: [],
    groupMeetings: [],
    groupEnjoymentRatings: [],
  };
};

/** A shape whose every reference points at a row that exists. */
const shapes = fc
  .record({
    people: fc.integer({ min: 1, max: 8 }),
    groups: fc.integer({ min: 0, max: 3 }),
    buyers: fc.integer({ min: 1, max: 3 }),
  })
  .chain(({ people, groups, buyers }) => {
    const person = fc.integer({ min: 0, max: people - 1 });
    return fc.record({
      people: fc.array(fc.record({ originPerson: fc.option(person, { nil: null }) }), {
        minLength: people,
        maxLength: people,
      }),
      groups: fc.constant(groups),
      interactions: fc.array(
        fc.record({
          participants: fc.uniqueArray(person, { minLength: 1, maxLength: 3 }),
          group: groups > 0 ? fc.option(fc.nat(groups - 1), { nil: null }) : fc.constant(null),
        }),
        { maxLength: 6 },
      ),
      buyers: fc.constant(buyers),
      knows: fc.uniqueArray(fc.tuple(person, fc.nat(buyers - 1)), {
        selector: ([p, b]) => `${p}:${b}`,
        maxLength: 6,
      }),
      referrals: fc.array(fc.record({ person, referred: fc.option(person, { nil: null }) }), {
        maxLength: 4,
      }),
    });
  });

/** Every id-shaped string anywhere in the document. */
const idsIn = (value: unknown): string[] => {
  if (typeof value === 'string') return /^[0-9a-f]{8}-/.test(value) ? [value] : [];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(idsIn);
};

const counter = () => {
  let next = 0;
  return () => {
    next += 1;
    return uuid('9999', next);
  };
};

describe('remapExportIds', () => {
  it('leaves no old id anywhere, and gives every row an id of its own', () => {
    fc.assert(
      fc.property(shapes, (shape) => {
        const document = documentOf(shape);
        const remapped = remapExportIds(document, counter());
        const before = new Set(idsIn(document));
        expect(idsIn(remapped).filter((id) => before.has(id))).toEqual([]);
      }),
    );
  });

  it('keeps every reference pointing at the same row (by position) under its new id', () => {
    fc.assert(
      fc.property(shapes, (shape) => {
        const document = documentOf(shape);
        const remapped = remapExportIds(document, counter());
        // Old ids in, written by position: the remapped document, with its ids read back to
        // positions, must be the original's shape again.
        const positions = new Map<string, string>();
        for (const section of [
          'people',
          'groups',
          'interactions',
          'targetBuyers',
          'referrals',
        ] as const) {
          for (const rows of [document[section], remapped[section]]) {
            rows.forEach((row, i) => {
              positions.set(row.id, `${section}#${i}`);
            });
          }
        }
        const byPosition = (doc: ExportDocument) =>
          JSON.parse(
            JSON.stringify(doc, (_key, value) =>
              typeof value === 'string' && positions.has(value) ? positions.get(value) : value,
            ),
          ) as Record<string, unknown[]>;
        const original = byPosition(document);
        const result = byPosition(remapped);
        for (const section of ['people', 'interactions', 'knows', 'referrals', 'groups'] as const) {
          expect(result[section]).toEqual(original[section]);
        }
        // Rows nothing points at get fresh ids too, and otherwise stay as they were.
        const withoutIds = (rows: unknown[] = []) =>
          rows.map((row) => ({ ...(row as object), id: undefined }));
        for (const section of ['depthChanges', 'oneToOnes', 'referralStatusChanges'] as const) {
          expect(withoutIds(result[section])).toEqual(withoutIds(original[section]));
        }
        const [list] = (result.weeklyLists ?? []) as ExportDocument['weeklyLists'];
        expect(list?.items.map((item) => item.personId)).toEqual(
          document.people.map((_, i) => `people#${i}`),
        );
      }),
    );
  });

  it('says which reference points at a row the export does not have', () => {
    const document = documentOf({
      people: [{ originPerson: null }],
      groups: 0,
      interactions: [{ participants: [0], group: null }],
      buyers: 1,
      knows: [],
      referrals: [],
    });
    const missing = uuid('7777', 1);
    document.interactions[0]?.participantIds.push(missing);
    document.knows.push({
      personId: uuid('aaaa', 0),
      targetBuyerId: missing,
      strength: 'KNOWS_OF',
      note: null,
      learnedOn: null,
      createdAt: AT,
      updatedAt: AT,
    });
    expect(issuesOf(() => remapExportIds(document, counter()))).toEqual([
      {
        path: ['interactions', '0', 'participantIds', '1'],
        message: `No person with the id ${missing} is in the export`,
      },
      {
        path: ['knows', '0', 'targetBuyerId'],
        message: `No target buyer profile with the id ${missing} is in the export`,
      },
    ]);
  });

  it('refuses two rows of a section with one id', () => {
    const document = documentOf({
      people: [{ originPerson: null }, { originPerson: null }],
      groups: 0,
      interactions: [],
      buyers: 1,
      knows: [],
      referrals: [],
    });
    const [first, second] = document.people;
    if (!first || !second) throw new Error('two people');
    second.id = first.id;
    expect(issuesOf(() => remapExportIds(document, counter()))).toContainEqual({
      path: ['people', '1', 'id'],
      message: `Two rows of people have the id ${first.id}`,
    });
  });
});
