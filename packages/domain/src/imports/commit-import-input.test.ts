import { describe, expect, it } from 'vitest';
import { issuesOf } from '../shared/issues-of.ts';
import { parseCommitImportInput } from './commit-import-input.ts';

const groupId = '0b8f6a3e-4c2d-4e1f-9a7b-5c6d7e8f9a0b';

describe('the choices made on a preview', () => {
  it('default to importing every row as planned, with no tag, origin or cadence', () => {
    expect(parseCommitImportInput(undefined)).toEqual({
      skipRows: [],
      createNewRows: [],
      tag: null,
      originKind: 'OTHER',
      originGroupId: null,
      originPersonId: null,
      cadence: null,
    });
  });

  it('take rows to skip, merges to make new people, a tag, an origin and a cadence', () => {
    expect(
      parseCommitImportInput({
        skipRows: [3, 1, 3],
        createNewRows: [2],
        tag: '  LinkedIn ',
        originKind: 'GROUP',
        originGroupId: groupId,
        originPersonId: 'ignored',
        cadence: { mode: 'CUSTOM', days: 30 },
      }),
    ).toEqual({
      skipRows: [3, 1],
      createNewRows: [2],
      tag: 'LinkedIn',
      originKind: 'GROUP',
      originGroupId: groupId,
      originPersonId: null,
      cadence: { cadenceMode: 'CUSTOM', cadenceDays: 30 },
    });
  });

  it('refuse bad rows, a long tag, an origin without its group, a cadence without days', () => {
    expect(
      issuesOf(() =>
        parseCommitImportInput({
          skipRows: [0],
          tag: 'x'.repeat(51),
          originKind: 'GROUP',
        }),
      ).map((issue) => [issue.path.join('.'), issue.message]),
    ).toEqual([
      ['skipRows.0', 'Rows are numbered from 1'],
      ['tag', 'Tags must be at most 50 characters'],
      ['originGroupId', 'Choose the group'],
    ]);
    expect(issuesOf(() => parseCommitImportInput({ cadence: { mode: 'CUSTOM' } }))).toEqual([
      { path: ['cadence', 'days'], message: 'Enter a number of days' },
    ]);
  });
});
