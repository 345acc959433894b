import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../shared/issues-of.ts';
import {
  KNOWS_STRENGTHS,
  localDateIn,
  MAX_KNOWS_NOTE_LENGTH,
  MAX_TAGGED_PEOPLE,
  parseSetKnowsInput,
  parseTagPeopleKnowsInput,
} from './knows-input.ts';

// 23:30 on 1 March in London is already 2 March in Auckland.
const clock = { now: new Date('2026-03-01T23:30:00Z'), timezone: 'Europe/London' };
const auckland = { ...clock, timezone: 'Pacific/Auckland' };

const valid = { personId: 'p', targetBuyerId: 'b', strength: 'WORKS_WITH' };

describe('parseSetKnowsInput', () => {
  it('accepts a tag with no note or date', () => {
    expect(parseSetKnowsInput(valid, clock)).toEqual({ ...valid, note: null, learnedOn: null });
  });

  it('accepts every strength', () => {
    for (const strength of KNOWS_STRENGTHS) {
      expect(parseSetKnowsInput({ ...valid, strength }, clock).strength).toBe(strength);
    }
  });

  it('refuses an unknown strength at its field', () => {
    expect(
      issuesOf(() => parseSetKnowsInput({ ...valid, strength: 'BEST_FRIENDS' }, clock)),
    ).toEqual([expect.objectContaining({ path: ['strength'] })]);
  });

  it('trims and composes the note, and keeps a blank note as none', () => {
    const note = parseSetKnowsInput({ ...valid, note: '  Cafe\u0301 owner ' }, clock).note;
    expect(note).toBe('Café owner');
    expect(parseSetKnowsInput({ ...valid, note: '   ' }, clock).note).toBeNull();
  });

  it('refuses a note over the limit, and accepts one at it', () => {
    const atLimit = 'x'.repeat(MAX_KNOWS_NOTE_LENGTH);
    expect(parseSetKnowsInput({ ...valid, note: atLimit }, clock).note).toBe(atLimit);
    expect(issuesOf(() => parseSetKnowsInput({ ...valid, note: `${atLimit}x` }, clock))).toEqual([
      { path: ['note'], message: `Note must be at most ${MAX_KNOWS_NOTE_LENGTH} characters` },
    ]);
  });

  it('takes today from the account’s zone', () => {
    expect(localDateIn(clock.now, clock.timezone)).toBe('2026-03-01');
    expect(localDateIn(auckland.now, auckland.timezone)).toBe('2026-03-02');
    expect(parseSetKnowsInput({ ...valid, learnedOn: '2026-03-02' }, auckland).learnedOn).toBe(
      '2026-03-02',
    );
    expect(
      issuesOf(() => parseSetKnowsInput({ ...valid, learnedOn: '2026-03-02' }, clock)),
    ).toEqual([{ path: ['learnedOn'], message: 'Date learned cannot be in the future' }]);
  });

  it('accepts exactly 100 years back, not a day more', () => {
    expect(parseSetKnowsInput({ ...valid, learnedOn: '1926-03-01' }, clock).learnedOn).toBe(
      '1926-03-01',
    );
    expect(
      issuesOf(() => parseSetKnowsInput({ ...valid, learnedOn: '1926-02-28' }, clock)),
    ).toEqual([{ path: ['learnedOn'], message: 'Date learned cannot be more than 100 years ago' }]);
  });

  it('refuses text that is not a calendar date', () => {
    for (const learnedOn of ['2026-02-30', '1/3/2026', '2026-3-1', '2026-03-01T00:00', 'soon']) {
      expect(issuesOf(() => parseSetKnowsInput({ ...valid, learnedOn }, clock))).toEqual([
        { path: ['learnedOn'], message: 'Date learned must be a date (YYYY-MM-DD)' },
      ]);
    }
  });

  it('accepts every date from 100 years back to today and refuses every later one', () => {
    const today = Date.parse('2026-03-01T00:00:00Z');
    const earliest = Date.parse('1926-03-01T00:00:00Z');
    fc.assert(
      fc.property(fc.integer({ min: -40_000, max: 400 }), (daysBack) => {
        const day = new Date(today - daysBack * 86_400_000);
        const learnedOn = day.toISOString().slice(0, 10);
        const accepted = day.getTime() <= today && day.getTime() >= earliest;
        const run = () => parseSetKnowsInput({ ...valid, learnedOn }, clock);
        if (accepted) expect(run().learnedOn).toBe(learnedOn);
        else expect(issuesOf(run).map((issue) => issue.path)).toEqual([['learnedOn']]);
      }),
    );
  });

  it('never accepts a string strength outside the list', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !(KNOWS_STRENGTHS as readonly string[]).includes(s)),
        (strength) => {
          expect(
            issuesOf(() => parseSetKnowsInput({ ...valid, strength }, clock)).map((i) => i.path),
          ).toContainEqual(['strength']);
        },
      ),
    );
  });
});

describe('parseTagPeopleKnowsInput', () => {
  const bulk = { personIds: ['a', 'b', 'a'], targetBuyerId: 'b', strength: 'KNOWS_OF' };

  it('counts each person once', () => {
    expect(parseTagPeopleKnowsInput(bulk, clock).personIds).toEqual(['a', 'b']);
  });

  it('needs at least one person and at most the limit', () => {
    expect(issuesOf(() => parseTagPeopleKnowsInput({ ...bulk, personIds: [] }, clock))).toEqual([
      { path: ['personIds'], message: 'Choose at least one person' },
    ]);
    const tooMany = Array.from({ length: MAX_TAGGED_PEOPLE + 1 }, (_, i) => `p${i}`);
    expect(
      issuesOf(() => parseTagPeopleKnowsInput({ ...bulk, personIds: tooMany }, clock)).map(
        (i) => i.path,
      ),
    ).toEqual([['personIds']]);
  });

  it('checks the shared fields like one tag', () => {
    expect(
      issuesOf(() =>
        parseTagPeopleKnowsInput({ ...bulk, strength: 'NOPE', learnedOn: '2999-01-01' }, clock),
      ).map((i) => i.path),
    ).toEqual([['strength'], ['learnedOn']]);
  });
});
