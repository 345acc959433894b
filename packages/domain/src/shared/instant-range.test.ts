import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EARLIEST_INSTANT_MS, END_OF_INSTANTS_MS, isWithinInstantRange } from './instant-range.ts';

describe('the range of instants accepted as input', () => {
  it('starts at 1900-01-01 and ends before 2200-01-01, UTC', () => {
    expect(isWithinInstantRange(new Date('1900-01-01T00:00:00Z'))).toBe(true);
    expect(isWithinInstantRange(new Date('1899-12-31T23:59:59.999Z'))).toBe(false);
    expect(isWithinInstantRange(new Date('2199-12-31T23:59:59.999Z'))).toBe(true);
    expect(isWithinInstantRange(new Date('2200-01-01T00:00:00Z'))).toBe(false);
    expect(isWithinInstantRange(new Date('0000-01-01T00:00:00Z'))).toBe(false);
    expect(isWithinInstantRange(new Date(Number.NaN))).toBe(false);
  });

  it('holds exactly the instants between its ends', () => {
    fc.assert(
      fc.property(fc.date({ noInvalidDate: true }), (date) => {
        const time = date.getTime();
        return (
          isWithinInstantRange(date) === (time >= EARLIEST_INSTANT_MS && time < END_OF_INSTANTS_MS)
        );
      }),
    );
  });
});
