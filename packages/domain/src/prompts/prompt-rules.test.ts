import { describe, expect, it } from 'vitest';
import { cadenceFromDays } from '../interactions/cadence.ts';
import { reasonFacts } from '../interactions/reason-facts.ts';
import { ValidationError } from '../shared/domain-error.ts';
import { isPromptOpen, parseDismissInput, parseSnoozeInput, promptReason } from './prompt-rules.ts';

const NOW = new Date('2026-11-23T09:00:00Z');

describe('prompts', () => {
  const facts = reasonFacts({
    lastDepthTouchAt: new Date('2026-10-01T09:00:00Z'),
    createdAt: new Date('2026-01-01T09:00:00Z'),
    cadence: cadenceFromDays(30),
    readiness: 60,
    knowsStrength: 'WORKS_WITH',
  });

  it('keep the facts of why they were raised', () => {
    expect(facts).toEqual({
      anchorKind: 'LAST_DEPTH_TOUCH',
      anchorAt: new Date('2026-10-01T09:00:00Z'),
      cadenceDays: 30,
      readiness: 60,
      knowsStrength: 'WORKS_WITH',
    });
    expect(
      reasonFacts({
        lastDepthTouchAt: null,
        createdAt: new Date('2026-01-01T09:00:00Z'),
        cadence: cadenceFromDays(90),
        readiness: 0,
        knowsStrength: null,
      }),
    ).toMatchObject({
      anchorKind: 'ADDED',
      anchorAt: new Date('2026-01-01T09:00:00Z'),
      knowsStrength: null,
    });
  });

  it('say why: days against the cadence, readiness, a known target buyer', () => {
    expect(promptReason({ ...facts, closedAt: null }, NOW, 'UTC')).toBe(
      '53 days since your last depth touch, against a cadence of 30 days; readiness 60; knows a target buyer.',
    );
    expect(
      promptReason(
        {
          ...facts,
          anchorKind: 'ADDED',
          readiness: 0,
          knowsStrength: null,
          closedAt: null,
        },
        NOW,
        'UTC',
      ),
    ).toBe(
      '53 days since you added them, with no depth touch yet, against a cadence of 30 days; readiness 0.',
    );
  });

  it('count the days when shown, in calendar days of the zone, and stop when closed', () => {
    const open = { ...facts, closedAt: null };
    expect(promptReason(open, new Date('2026-11-30T09:00:00Z'), 'UTC')).toMatch(/^60 days since/);
    // 23:30 UTC on 1 October is already 2 October in Auckland; 30 November 12:00 UTC is 1 December.
    const lateTouch = { ...open, anchorAt: new Date('2026-10-01T23:30:00Z') };
    expect(promptReason(lateTouch, new Date('2026-11-30T12:00:00Z'), 'UTC')).toMatch(
      /^60 days since/,
    );
    expect(promptReason(lateTouch, new Date('2026-11-30T12:00:00Z'), 'Pacific/Auckland')).toMatch(
      /^60 days since/,
    );
    expect(promptReason(lateTouch, new Date('2026-11-30T10:00:00Z'), 'Pacific/Auckland')).toMatch(
      /^59 days since/,
    );
    const closed = { ...facts, closedAt: new Date('2026-11-02T09:00:00Z') };
    expect(promptReason(closed, new Date('2027-06-01T09:00:00Z'), 'UTC')).toMatch(/^32 days since/);
    expect(
      promptReason({ ...open, anchorAt: new Date('2026-11-22T09:00:00Z') }, NOW, 'UTC'),
    ).toMatch(/^1 day since/);
  });

  it('come back when a snooze ends', () => {
    const snoozed = { status: 'SNOOZED' as const, snoozedUntil: new Date('2026-11-30T09:00:00Z') };
    expect(isPromptOpen(snoozed, NOW)).toBe(false);
    expect(isPromptOpen(snoozed, new Date('2026-11-30T09:00:00Z'))).toBe(true);
    expect(isPromptOpen({ status: 'DISMISSED', snoozedUntil: null }, NOW)).toBe(false);
  });

  it('snooze until the start of the day a week or a calendar month later in the zone, or until a date within a year', () => {
    expect(parseSnoozeInput({ choice: 'WEEK' }, NOW, 'UTC')).toEqual(
      new Date('2026-11-30T00:00:00Z'),
    );
    expect(parseSnoozeInput({ choice: 'MONTH' }, NOW, 'UTC')).toEqual(
      new Date('2026-12-23T00:00:00Z'),
    );
    // 09:00 UTC on 23 November is 22:00 in Auckland: a week later is 30 November there.
    expect(parseSnoozeInput({ choice: 'WEEK' }, NOW, 'Pacific/Auckland')).toEqual(
      new Date('2026-11-29T11:00:00Z'),
    );
    // 23:30 on Saturday 24 October in London: a week on is 31 October, whatever the clocks do.
    const lateSaturday = new Date('2026-10-24T22:30:00Z');
    expect(parseSnoozeInput({ choice: 'WEEK' }, lateSaturday, 'Europe/London')).toEqual(
      new Date('2026-10-31T00:00:00Z'),
    );
    // A month from 31 January is the last day of February.
    expect(
      parseSnoozeInput({ choice: 'MONTH' }, new Date('2027-01-31T12:00:00Z'), 'Europe/London'),
    ).toEqual(new Date('2027-02-28T00:00:00Z'));
    const until = new Date('2027-01-05T09:00:00Z');
    expect(parseSnoozeInput({ choice: 'UNTIL', until }, NOW, 'UTC')).toEqual(until);
    for (const bad of [
      { choice: 'UNTIL' },
      { choice: 'UNTIL', until: new Date('2026-11-01T00:00:00Z') },
      { choice: 'UNTIL', until: new Date('2028-01-01T00:00:00Z') },
    ]) {
      expect(() => parseSnoozeInput(bad, NOW, 'UTC')).toThrow(ValidationError);
    }
  });

  it('are dismissed with a reason', () => {
    expect(parseDismissInput({ reason: '  Moved abroad ' })).toBe('Moved abroad');
    expect(() => parseDismissInput({ reason: ' ' })).toThrow(ValidationError);
  });
});
