import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../shared/issues-of.ts';
import { REFERRAL_STATUSES } from './referral-input.ts';
import {
  checkStatusMove,
  isClosedStatus,
  isForwardMove,
  OPEN_REFERRAL_STATUSES,
  parseMoveStatusInput,
  statusMoveIssues,
} from './status-moves.ts';

const clock = { now: new Date('2026-03-01T12:00:00Z'), timezone: 'Europe/London' };
const standing = { status: 'MET' as const, referredOn: '2026-01-10', lastChangedOn: '2026-02-01' };
const status = fc.constantFrom(...REFERRAL_STATUSES);

describe('isForwardMove', () => {
  it('follows the pipeline, skipping stages, and any open stage may be lost', () => {
    expect(isForwardMove('INTRODUCED', 'MET')).toBe(true);
    expect(isForwardMove('INTRODUCED', 'WON')).toBe(true);
    expect(isForwardMove('PROPOSAL', 'LOST')).toBe(true);
    expect(isForwardMove('INTRODUCED', 'LOST')).toBe(true);
    expect(isForwardMove('PROPOSAL', 'MET')).toBe(false);
    expect(isForwardMove('WON', 'INTRODUCED')).toBe(false);
    expect(isForwardMove('WON', 'LOST')).toBe(false);
    expect(isForwardMove('LOST', 'WON')).toBe(false);
  });

  it('never leaves won or lost, and never stays put', () => {
    fc.assert(
      fc.property(status, status, (from, to) => {
        if (isClosedStatus(from) || from === to) expect(isForwardMove(from, to)).toBe(false);
      }),
    );
  });

  it('of two different open stages, exactly one way is forward', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...OPEN_REFERRAL_STATUSES),
        fc.constantFrom(...OPEN_REFERRAL_STATUSES),
        (a, b) => {
          fc.pre(a !== b);
          expect(isForwardMove(a, b)).not.toBe(isForwardMove(b, a));
        },
      ),
    );
  });
});

describe('statusMoveIssues', () => {
  it('lets a forward move through on or after the last change', () => {
    expect(
      statusMoveIssues(standing, { status: 'PROPOSAL', changedOn: '2026-02-01', reopen: false }),
    ).toEqual([]);
  });

  it('asks for the reopening to say so when going back or out of won', () => {
    const back = { status: 'INTRODUCED' as const, changedOn: '2026-02-02', reopen: false };
    expect(statusMoveIssues(standing, back).map(({ path }) => path[0])).toEqual(['status']);
    expect(statusMoveIssues(standing, { ...back, reopen: true })).toEqual([]);
    const won = { ...standing, status: 'WON' as const };
    expect(issuesOf(() => checkStatusMove(won, back))[0]?.message).toMatch(/reopens/);
    expect(checkStatusMove(won, { ...back, reopen: true })).toBeUndefined();
  });

  it('refuses a move to the status it has', () => {
    expect(
      statusMoveIssues(standing, { status: 'MET', changedOn: '2026-02-02', reopen: true }),
    ).toEqual([{ path: ['status'], message: 'The referral is already met' }]);
  });

  it('refuses a date before the referral or before the last change', () => {
    const move = { status: 'WON' as const, reopen: false };
    expect(statusMoveIssues(standing, { ...move, changedOn: '2026-01-09' })).toEqual([
      { path: ['changedOn'], message: 'Date cannot be before the referral’s date' },
    ]);
    expect(statusMoveIssues(standing, { ...move, changedOn: '2026-01-31' })).toEqual([
      {
        path: ['changedOn'],
        message: 'Date cannot be before the last status change, on 2026-02-01',
      },
    ]);
  });

  it('with reopen said, any other status on a later day is fine', () => {
    fc.assert(
      fc.property(status, status, (from, to) => {
        fc.pre(from !== to);
        const issues = statusMoveIssues(
          { ...standing, status: from },
          { status: to, changedOn: '2026-02-15', reopen: true },
        );
        expect(issues).toEqual([]);
      }),
    );
  });
});

describe('parseMoveStatusInput', () => {
  it('reads the move, reopen false unless said', () => {
    expect(parseMoveStatusInput({ status: 'WON', changedOn: '2026-03-01' }, clock)).toEqual({
      status: 'WON',
      changedOn: '2026-03-01',
      note: null,
      reopen: false,
    });
  });

  it('refuses an unknown status, a future date and a long note at their fields', () => {
    const fields = issuesOf(() =>
      parseMoveStatusInput(
        { status: 'REVIVED', changedOn: '2026-03-02', note: 'x'.repeat(1_001) },
        clock,
      ),
    ).map(({ path }) => path[0]);
    expect(fields.sort()).toEqual(['changedOn', 'note', 'status']);
  });
});
