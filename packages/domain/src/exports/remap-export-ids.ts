import { type FieldIssue, invalid } from '../shared/domain-error.ts';
import type { ExportDocument } from './export-document.ts';
import { firstIssues } from './parse-export-document.ts';

/** The sections whose rows other rows point at. */
type Referenced = 'people' | 'groups' | 'interactions' | 'targetBuyers' | 'referrals';

const NOUNS: Record<Referenced, string> = {
  people: 'person',
  groups: 'group',
  interactions: 'touch',
  targetBuyers: 'target buyer profile',
  referrals: 'referral',
};

/**
 * The document with every id replaced by one from `newId`, and every reference to a row
 * following that row's new id, so it can be written beside any other account's rows. A
 * reference to a row the document does not have, or two rows of a section with one id, is
 * reported (the first few, at their paths) and nothing is returned.
 */
export const remapExportIds = (document: ExportDocument, newId: () => string): ExportDocument => {
  const issues: FieldIssue[] = [];
  const maps = {} as Record<Referenced, Map<string, string>>;
  for (const section of Object.keys(NOUNS) as Referenced[]) {
    const map = new Map<string, string>();
    document[section].forEach((row, index) => {
      if (map.has(row.id)) {
        issues.push({
          path: [section, String(index), 'id'],
          message: `Two rows of ${section} have the id ${row.id}`,
        });
      }
      map.set(row.id, newId());
    });
    maps[section] = map;
  }

  const to = (section: Referenced, oldId: string, path: (string | number)[]): string => {
    const mapped = maps[section].get(oldId);
    if (mapped !== undefined) return mapped;
    issues.push({
      path: path.map(String),
      message: `No ${NOUNS[section]} with the id ${oldId} is in the export`,
    });
    return oldId;
  };
  const toOptional = (section: Referenced, oldId: string | null, path: (string | number)[]) =>
    oldId === null ? null : to(section, oldId, path);

  const remapped: ExportDocument = {
    ...document,
    people: document.people.map((row, i) => ({
      ...row,
      id: to('people', row.id, ['people', i, 'id']),
      originGroupId: toOptional('groups', row.originGroupId, ['people', i, 'originGroupId']),
      originPersonId: toOptional('people', row.originPersonId, ['people', i, 'originPersonId']),
    })),
    depthChanges: document.depthChanges.map((row, i) => ({
      ...row,
      id: newId(),
      personId: to('people', row.personId, ['depthChanges', i, 'personId']),
    })),
    interactions: document.interactions.map((row, i) => ({
      ...row,
      id: to('interactions', row.id, ['interactions', i, 'id']),
      groupId: toOptional('groups', row.groupId, ['interactions', i, 'groupId']),
      participantIds: row.participantIds.map((personId, j) =>
        to('people', personId, ['interactions', i, 'participantIds', j]),
      ),
    })),
    oneToOnes: document.oneToOnes.map((row, i) => ({
      ...row,
      id: newId(),
      personId: to('people', row.personId, ['oneToOnes', i, 'personId']),
      interactionId: toOptional('interactions', row.interactionId, [
        'oneToOnes',
        i,
        'interactionId',
      ]),
    })),
    prompts: document.prompts.map((row, i) => ({
      ...row,
      id: newId(),
      personId: to('people', row.personId, ['prompts', i, 'personId']),
    })),
    weeklyLists: document.weeklyLists.map((row, i) => ({
      ...row,
      id: newId(),
      items: row.items.map((item, j) => ({
        ...item,
        id: newId(),
        personId: to('people', item.personId, ['weeklyLists', i, 'items', j, 'personId']),
      })),
    })),
    targetBuyers: document.targetBuyers.map((row, i) => ({
      ...row,
      id: to('targetBuyers', row.id, ['targetBuyers', i, 'id']),
    })),
    knows: document.knows.map((row, i) => ({
      ...row,
      personId: to('people', row.personId, ['knows', i, 'personId']),
      targetBuyerId: to('targetBuyers', row.targetBuyerId, ['knows', i, 'targetBuyerId']),
    })),
    introductionAsks: document.introductionAsks.map((row, i) => ({
      ...row,
      id: newId(),
      personId: to('people', row.personId, ['introductionAsks', i, 'personId']),
      targetBuyerId: toOptional('targetBuyers', row.targetBuyerId, [
        'introductionAsks',
        i,
        'targetBuyerId',
      ]),
    })),
    referrals: document.referrals.map((row, i) => ({
      ...row,
      id: to('referrals', row.id, ['referrals', i, 'id']),
      personId: to('people', row.personId, ['referrals', i, 'personId']),
      referredPersonId: toOptional('people', row.referredPersonId, [
        'referrals',
        i,
        'referredPersonId',
      ]),
      targetBuyerId: toOptional('targetBuyers', row.targetBuyerId, [
        'referrals',
        i,
        'targetBuyerId',
      ]),
    })),
    referralStatusChanges: document.referralStatusChanges.map((row, i) => ({
      ...row,
      id: newId(),
      referralId: to('referrals', row.referralId, ['referralStatusChanges', i, 'referralId']),
    })),
    groups: document.groups.map((row, i) => ({
      ...row,
      id: to('groups', row.id, ['groups', i, 'id']),
    })),
    groupMembers: document.groupMembers.map((row, i) => ({
      ...row,
      groupId: to('groups', row.groupId, ['groupMembers', i, 'groupId']),
      personId: to('people', row.personId, ['groupMembers', i, 'personId']),
    })),
    groupMeetings: document.groupMeetings.map((row, i) => ({
      ...row,
      id: newId(),
      groupId: to('groups', row.groupId, ['groupMeetings', i, 'groupId']),
      interactionId: toOptional('interactions', row.interactionId, [
        'groupMeetings',
        i,
        'interactionId',
      ]),
    })),
    groupEnjoymentRatings: document.groupEnjoymentRatings.map((row, i) => ({
      ...row,
      id: newId(),
      groupId: to('groups', row.groupId, ['groupEnjoymentRatings', i, 'groupId']),
    })),
  };
  if (issues.length > 0) throw invalid(firstIssues(issues));
  return remapped;
};
