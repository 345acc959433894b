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
