import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/domain-error.ts';
import { parseAccountSettingsInput } from './settings-input.ts';

describe('parseAccountSettingsInput: the ready threshold', () => {
  it('takes whole numbers from 0 to 100', () => {
    for (const readyThreshold of [0, 60, 100]) {
      expect(parseAccountSettingsInput({ readyThreshold })).toEqual({ readyThreshold });
    }
  });

  it.each([
    [101, 'At most 100'],
    [-1, 'At least 0'],
    [1.5, 'Enter a whole number'],
  ])('refuses %s at its field with "%s"', (readyThreshold, message) => {
    let error: unknown;
    try {
      parseAccountSettingsInput({ readyThreshold });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([{ path: ['readyThreshold'], message }]);
  });
});

describe('parseAccountSettingsInput: the hourly rate and currency', () => {
  const stored = { cadenceInnerDays: 30, cadenceMiddleDays: 60, cadenceOuterDays: 90 };

  it('takes an exact amount in the currency sent or stored; empty clears it', () => {
    expect(parseAccountSettingsInput({ hourlyRate: ' 85.5 ', currency: 'eur' })).toEqual({
      hourlyRate: '85.50',
      currency: 'EUR',
    });
    expect(
      parseAccountSettingsInput({ hourlyRate: '3000' }, { ...stored, currency: 'JPY' }),
    ).toEqual({ hourlyRate: '3000.00' });
    expect(parseAccountSettingsInput({ hourlyRate: '' })).toEqual({ hourlyRate: null });
    expect(parseAccountSettingsInput({})).toEqual({});
  });

  it.each([
    [{ hourlyRate: '12,5' }, 'hourlyRate'],
    [{ hourlyRate: '-1' }, 'hourlyRate'],
    [{ currency: 'EURO' }, 'currency'],
  ])('refuses %j at its field', (input, field) => {
    expect(() => parseAccountSettingsInput(input)).toThrow(ValidationError);
    try {
      parseAccountSettingsInput(input);
    } catch (error) {
      expect((error as ValidationError).issues.map(({ path }) => path.join('.'))).toEqual([field]);
    }
  });

  it('refuses decimal places the stored currency does not have', () => {
    expect(() =>
      parseAccountSettingsInput({ hourlyRate: '100.50' }, { ...stored, currency: 'JPY' }),
    ).toThrow(ValidationError);
  });
});
