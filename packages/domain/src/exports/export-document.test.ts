import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/domain-error.ts';
import { issuesOf } from '../shared/issues-of.ts';
import {
  EXPORT_SECTIONS,
  type ExportDocument,
  type ExportRow,
  exportSectionFields,
} from './export-document.ts';
import { exportJson } from './export-json.ts';
import { MAX_REPORTED_ISSUES, parseExportDocument } from './parse-export-document.ts';

const AT = '2026-11-20T10:00:00.000Z';
const ANN_ID = '7d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a';
const GROUP_ID = '0b8f6a3e-4c2d-4e1f-9a7b-5c6d7e8f9a0b';

const person = (id: string, name: string): ExportRow<'people'> => ({
  id,
  name,
  emails: [],
  phones: [],
  company: null,
  role: null,
  profession: null,
  location: null,
  notes: null,
  tags: [],
  originKind: 'OTHER',
  originGroupId: null,
  originPersonId: null,
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
});

const emptyDocument = (): ExportDocument => ({
  format: 'tend-export',
  version: 1,
  exportedAt: AT,
  account: {
    name: 'Sam',
    myOffer: null,
    timezone: 'Europe/London',
    weekStart: 1,
    hourlyRate: '60.00',
    currency: 'GBP',
    profession: null,
    competitorProfessions: [],
    powerPartnerProfessions: [],
    reviewMinReferralsPerYear: 2,
    reviewMaxHoursPerMonth: 10,
    reviewMinBuyerReachPercent: 25,
    reviewMaxCompetitorPercent: 30,
    reviewMinGivenPerYear: 1,
    reviewMinEnjoyment: 3,
    reviewMinDepthCoveragePercent: 50,
    cadenceInnerDays: 30,
    cadenceMiddleDays: 60,
    cadenceOuterDays: 90,
    depthTouchKinds: ['ONE_TO_ONE', 'CALL'],
    weeklyListSize: 5,
    readyThreshold: 60,
    weeklyDigest: true,
  },
  people: [],
  depthChanges: [],
  interactions: [],
  oneToOnes: [],
  prompts: [],
  weeklyLists: [],
  targetBuyers: [],
  knows: [],
  introductionAsks: [],
  referrals: [],
  referralStatusChanges: [],
  groups: [],
  groupMembers: [],
  groupMeetings: [],
  groupEnjoymentRatings: [],
});

const messagesOf = (input: unknown) =>
  issuesOf(() => parseExportDocument(input)).map(
    (issue) => `${issue.path.join('.')}: ${issue.message}`,
  );

describe('parseExportDocument', () => {
  it('takes a well-formed document as it is', () => {
    const document = { ...emptyDocument(), people: [person(ANN_ID, 'Ann')] };
    expect(parseExportDocument(JSON.parse(JSON.stringify(document)))).toEqual(document);
  });

  it('says when the file is not a Tend export at all', () => {
    for (const input of [null, [], 'text', { format: 'other', version: 1 }, { version: 1 }]) {
      expect(messagesOf(input)).toEqual([
        'format: This is not a Tend export: its JSON has no "format": "tend-export"',
      ]);
    }
  });

  it('says when the export is of a version it does not read, newer or not', () => {
    expect(messagesOf({ ...emptyDocument(), version: 2 })).toEqual([
      'version: This export is version 2, made by a newer Tend; this one reads version 1',
    ]);
    expect(messagesOf({ ...emptyDocument(), version: '1' })).toEqual([
      `version: This export's version ("1") is not one Tend reads (version 1)`,
    ]);
  });

  it('names each bad field at its path', () => {
    const bad = {
      ...person(ANN_ID, 'Ann'),
      trust: 9,
      createdAt: '20 Nov 2026',
      id: 'not-a-uuid',
    };
    expect(messagesOf({ ...emptyDocument(), people: [bad] }).sort()).toEqual([
      'people.0.createdAt: An instant is an ISO 8601 date and time in UTC',
      'people.0.id: An id is a UUID',
      'people.0.trust: Too big: expected number to be <=5',
    ]);
  });

  it('refuses what Postgres would change or refuse: U+0000 and a lone surrogate', () => {
    expect(messagesOf({ ...emptyDocument(), people: [person(ANN_ID, 'A\u0000n')] })).toEqual([
      'people.0.name: Text cannot contain U+0000',
    ]);
    expect(messagesOf({ ...emptyDocument(), people: [person(ANN_ID, 'A\uD800n')] })).toEqual([
      'people.0.name: Text must be well-formed Unicode',
    ]);
  });

  it('refuses a field it does not know, and money written as a number', () => {
    const group = {
      id: GROUP_ID,
      name: 'Breakfast',
      kind: 'REFERRAL_CLUB',
      onePerProfession: false,
      fee: 1400.5,
      feePeriod: 'YEAR',
      currency: 'GBP',
      meetingCadenceDays: 7,
      costPerMeeting: null,
      travelCost: null,
      prepMinutes: 0,
      travelMinutes: 0,
      meetingMinutes: 90,
      chatMinutes: 0,
      joinedOn: '2020-02-30',
      leftOn: null,
      isDemo: false,
      createdAt: AT,
      updatedAt: AT,
      secret: 'x',
    };
    expect(messagesOf({ ...emptyDocument(), groups: [group] }).sort()).toEqual([
      'groups.0.fee: Invalid input: expected string, received number',
      'groups.0.joinedOn: A day is a date written YYYY-MM-DD',
      'groups.0: Unrecognized key: "secret"',
    ]);
  });

  it('reports the first problems of a document with many', () => {
    const people = Array.from({ length: 50 }, () => person('x', 'Ann'));
    const issues = issuesOf(() => parseExportDocument({ ...emptyDocument(), people }));
    expect(issues).toHaveLength(MAX_REPORTED_ISSUES + 1);
    expect(issues.at(-1)?.message).toBe(`… and ${50 - MAX_REPORTED_ISSUES} more problems`);
    expect(() => parseExportDocument({ ...emptyDocument(), people })).toThrow(ValidationError);
  });
});

describe('exportSectionFields', () => {
  it('names every section, people first, with each row schema’s fields', () => {
    expect(EXPORT_SECTIONS[0]).toBe('people');
    expect(EXPORT_SECTIONS).toHaveLength(15);
    expect(exportSectionFields('knows')).toEqual([
      'personId',
      'targetBuyerId',
      'strength',
      'note',
      'learnedOn',
      'createdAt',
      'updatedAt',
    ]);
  });
});

describe('exportJson', () => {
  const write = (document: ExportDocument, batchSize: number) => {
    let text = exportJson.head(new Date(document.exportedAt), document.account);
    for (const section of EXPORT_SECTIONS) {
      text += exportJson.open(section);
      const rows = document[section] as ExportRow<typeof section>[];
      for (let start = 0; start < rows.length; start += batchSize) {
        text += exportJson.rows(rows.slice(start, start + batchSize), start === 0);
      }
      text += exportJson.close;
    }
    return text + exportJson.end;
  };

  it('puts the pieces together, batch by batch, as the document (unicode as it is)', () => {
    const names = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(
        fc.array(names, { maxLength: 12 }),
        fc.integer({ min: 1, max: 5 }),
        (people, batchSize) => {
          const document = {
            ...emptyDocument(),
            people: people.map((name, i) =>
              person(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, name),
            ),
          };
          const text = write(document, batchSize);
          expect(JSON.parse(text)).toEqual(document);
          expect(parseExportDocument(JSON.parse(text))).toEqual(document);
        },
      ),
    );
  });

  it('writes the format and version first, so a reader sees them at once', () => {
    expect(write(emptyDocument(), 1).startsWith('{"format":"tend-export","version":1,')).toBe(true);
  });
});
