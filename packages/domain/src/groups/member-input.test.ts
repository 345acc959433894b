import { describe, expect, it } from 'vitest';
import { issuesOf } from '../shared/issues-of.ts';
import {
  MAX_MEMBER_PROFESSION_LENGTH,
  MAX_MEMBERS_ADDED_AT_ONCE,
  onePerProfessionIssues,
  parseAddGroupMembersInput,
  parseGroupMemberInput,
} from './member-input.ts';

// 23:30 on 1 March in London is already 2 March in Auckland.
const clock = { now: new Date('2026-03-01T23:30:00Z'), timezone: 'Europe/London' };
const ana = '0b8f6a3e-4c2d-4e1f-9a7b-5c6d7e8f9a0b';
const ben = '7d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a';

const fieldsOf = (run: () => unknown) => issuesOf(run).map(({ path }) => path.join('.'));

describe('parseGroupMemberInput', () => {
  it('trims the profession and takes empty values as none', () => {
    expect(
      parseGroupMemberInput(
        { profession: '  Accountant ', joinedOn: '2025-01-09', leftOn: '' },
        clock,
      ),
    ).toEqual({ profession: 'Accountant', joinedOn: '2025-01-09', leftOn: null });
    expect(parseGroupMemberInput({}, clock)).toEqual({
      profession: null,
      joinedOn: null,
      leftOn: null,
    });
  });

  it('takes today in the account’s zone, and refuses tomorrow there but not in Auckland', () => {
    expect(parseGroupMemberInput({ leftOn: '2026-03-01' }, clock).leftOn).toBe('2026-03-01');
    expect(issuesOf(() => parseGroupMemberInput({ joinedOn: '2026-03-02' }, clock))).toEqual([
      { path: ['joinedOn'], message: 'Joined on cannot be in the future' },
    ]);
    expect(
      parseGroupMemberInput({ joinedOn: '2026-03-02' }, { ...clock, timezone: 'Pacific/Auckland' })
        .joinedOn,
    ).toBe('2026-03-02');
  });

  it('refuses a left date before the joined date, at the left date', () => {
    expect(
      issuesOf(() =>
        parseGroupMemberInput({ joinedOn: '2025-06-01', leftOn: '2025-05-31' }, clock),
      ),
    ).toEqual([{ path: ['leftOn'], message: 'The left date cannot be before the joined date' }]);
    expect(
      parseGroupMemberInput({ joinedOn: '2025-06-01', leftOn: '2025-06-01' }, clock).leftOn,
    ).toBe('2025-06-01');
  });

  it.each([
    [{ profession: 'x'.repeat(MAX_MEMBER_PROFESSION_LENGTH + 1) }, 'profession'],
    [{ profession: 'Accountant\nand more' }, 'profession'],
    [{ profession: 'Accoun\u202etant' }, 'profession'],
    [{ joinedOn: '2025-02-30' }, 'joinedOn'],
    [{ joinedOn: '1900-01-01' }, 'joinedOn'],
    [{ leftOn: 'yesterday' }, 'leftOn'],
  ])('refuses %j on its field', (input, field) => {
    expect(fieldsOf(() => parseGroupMemberInput(input, clock))).toEqual([field]);
  });

  it('keeps a profession of exactly the limit', () => {
    const profession = 'x'.repeat(MAX_MEMBER_PROFESSION_LENGTH);
    expect(parseGroupMemberInput({ profession }, clock).profession).toBe(profession);
  });
});

describe('parseAddGroupMembersInput', () => {
  it('takes people of the account’s and new ones, with one joined date for all', () => {
    expect(
      parseAddGroupMembersInput(
        {
          members: [
            { personId: ana },
            { personId: ben, profession: ' Lawyer ' },
            { newPerson: { name: ' Zoë  Quinn ', email: ' Zoe@Example.com ' }, profession: '' },
            { newPerson: { name: 'Max', email: '' } },
          ],
          joinedOn: '2026-03-01',
        },
        clock,
      ),
    ).toEqual({
      members: [
        { kind: 'existing', personId: ana, profession: null },
        { kind: 'existing', personId: ben, profession: 'Lawyer' },
        { kind: 'new', name: 'Zoë  Quinn', email: 'zoe@example.com', profession: null },
        { kind: 'new', name: 'Max', email: null, profession: null },
      ],
      joinedOn: '2026-03-01',
    });
  });

  it('reports each bad entry at its own path', () => {
    expect(
      issuesOf(() =>
        parseAddGroupMembersInput(
          {
            members: [
              { personId: ana },
              { personId: ben, profession: 'x'.repeat(1_000_000) },
              {},
              { personId: ana, newPerson: { name: 'Both' } },
              { newPerson: { name: ' ', email: 'not an address' } },
            ],
            joinedOn: '2026-03-02',
          },
          clock,
        ),
      ),
    ).toEqual([
      {
        path: ['members', '1', 'profession'],
        message: 'Profession must be at most 200 characters',
      },
      { path: ['members', '4', 'newPerson', 'name'], message: 'Name is required' },
      { path: ['members', '4', 'newPerson', 'email'], message: 'Enter a valid e-mail address' },
      { path: ['joinedOn'], message: 'Joined on cannot be in the future' },
      { path: ['members', '2'], message: 'Choose a person or name a new one' },
      { path: ['members', '3'], message: 'Choose a person or name a new one, not both' },
      { path: ['members', '3', 'personId'], message: 'This person is in the list twice' },
    ]);
  });

  it('refuses a person twice, and a new person typed twice, at the second', () => {
    expect(
      issuesOf(() =>
        parseAddGroupMembersInput(
          {
            members: [
              { personId: ana },
              { newPerson: { name: 'Zoë Quinn' } },
              { personId: ana, profession: 'Lawyer' },
              { newPerson: { name: ' zoë  QUINN ', email: '' } },
              // Same name, another e-mail: another person.
              { newPerson: { name: 'Zoë Quinn', email: 'zoe@example.com' } },
            ],
          },
          clock,
        ),
      ),
    ).toEqual([
      { path: ['members', '2', 'personId'], message: 'This person is in the list twice' },
      {
        path: ['members', '3', 'newPerson', 'name'],
        message: 'zoë  QUINN is in the list twice',
      },
    ]);
  });

  it('takes 1 to 200 members', () => {
    const people = (count: number) =>
      Array.from({ length: count }, (_, index) => ({ newPerson: { name: `Person ${index}` } }));
    expect(
      parseAddGroupMembersInput({ members: people(MAX_MEMBERS_ADDED_AT_ONCE) }, clock).members,
    ).toHaveLength(MAX_MEMBERS_ADDED_AT_ONCE);
    expect(
      fieldsOf(() =>
        parseAddGroupMembersInput({ members: people(MAX_MEMBERS_ADDED_AT_ONCE + 1) }, clock),
      ),
    ).toEqual(['members']);
    expect(fieldsOf(() => parseAddGroupMembersInput({ members: [] }, clock))).toEqual(['members']);
    expect(fieldsOf(() => parseAddGroupMembersInput({}, clock))).toEqual(['members']);
  });
});

describe('onePerProfessionIssues', () => {
  const at = (index: number) => ['members', String(index), 'profession'];

  it('names the current member who holds the profession, compared by its key', () => {
    expect(
      onePerProfessionIssues(
        [
          { name: 'Ana', profession: 'accountant ' },
          { name: 'Ben', profession: 'Lawyer' },
        ],
        [{ name: 'Cleo', profession: 'Accountant' }],
        at,
      ),
    ).toEqual([
      {
        path: at(0),
        message: 'The group takes one person per profession: Cleo is already the Accountant',
      },
    ]);
  });

  it('names the earlier one of two joining with one profession', () => {
    expect(
      onePerProfessionIssues(
        [
          { name: 'Ana', profession: 'Florist' },
          { name: 'Ben', profession: null },
          { name: 'Cleo', profession: 'FLORIST' },
        ],
        [{ name: 'Dev', profession: null }],
        at,
      ),
    ).toEqual([
      {
        path: at(2),
        message: 'The group takes one person per profession: Ana is already the Florist',
      },
    ]);
  });

  it('lets people without a profession join side by side', () => {
    expect(
      onePerProfessionIssues(
        [
          { name: 'Ana', profession: null },
          { name: 'Ben', profession: null },
        ],
        [{ name: 'Cleo', profession: null }],
        at,
      ),
    ).toEqual([]);
  });
});
