import { describe, expect, it } from 'vitest';
import { cadenceFromDays } from '../interactions/cadence.ts';
import { ValidationError } from '../shared/domain-error.ts';
import { isPromptOpen, parseDismissInput, parseSnoozeInput, promptReason } from './prompt-rules.ts';

const NOW = new Date('2026-11-23T09:00:00Z');

describe('prompts', () => {
  it('say why: days against the cadence, readiness, a known target buyer', () => {
    expect(
      promptReason(
        {
          lastDepthTouchAt: new Date('2026-10-01T09:00:00Z'),
          createdAt: new Date('2026-01-01T09:00:00Z'),
          cadence: cadenceFromDays(30),
          readiness: 60,
          knowsTargetBuyer: true,
        },
        NOW,
      ),
    ).toBe(
      '53 days since your last depth touch, against a cadence of 30 days; readiness 60; knows a target buyer.',
    );
  });

  it('come back when a snooze ends', () => {
    const snoozed = { status: 'SNOOZED' as const, snoozedUntil: new Date('2026-11-30T09:00:00Z') };
    expect(isPromptOpen(snoozed, NOW)).toBe(false);
    expect(isPromptOpen(snoozed, new Date('2026-11-30T09:00:00Z'))).toBe(true);
    expect(isPromptOpen({ status: 'DISMISSED', snoozedUntil: null }, NOW)).toBe(false);
  });

  it('snooze for a week, a month, or until a date within a year', () => {
    expect(parseSnoozeInput({ choice: 'WEEK' }, NOW)).toEqual(new Date('2026-11-30T09:00:00Z'));
    expect(parseSnoozeInput({ choice: 'MONTH' }, NOW)).toEqual(new Date('2026-12-23T09:00:00Z'));
    const until = new Date('2027-01-05T09:00:00Z');
    expect(parseSnoozeInput({ choice: 'UNTIL', until }, NOW)).toEqual(until);
    for (const bad of [
      { choice: 'UNTIL' },
      { choice: 'UNTIL', until: new Date('2026-11-01T00:00:00Z') },
      { choice: 'UNTIL', until: new Date('2028-01-01T00:00:00Z') },
    ]) {
      expect(() => parseSnoozeInput(bad, NOW)).toThrow(ValidationError);
    }
  });

  it('are dismissed with a reason', () => {
    expect(parseDismissInput({ reason: '  Moved abroad ' })).toBe('Moved abroad');
    expect(() => parseDismissInput({ reason: ' ' })).toThrow(ValidationError);
  });
});
