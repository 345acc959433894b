import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DEPTH_TOUCH_KINDS,
  INTERACTION_KIND_LABELS,
  INTERACTION_KINDS,
  type InteractionKind,
  isDepthTouch,
} from './kinds.ts';

const kind = fc.constantFrom(...INTERACTION_KINDS);

describe('interaction kinds', () => {
  it('lists the eight kinds of touch', () => {
    expect(INTERACTION_KINDS).toEqual([
      'ONE_TO_ONE',
      'CALL',
      'VIDEO',
      'MESSAGE',
      'EMAIL',
      'SOCIAL',
      'GROUP_MEETING',
      'EVENT',
    ]);
  });

  it('labels every kind with a distinct, non-empty label', () => {
    const labels = INTERACTION_KINDS.map((k) => INTERACTION_KIND_LABELS[k]);
    for (const label of labels) expect(label.trim()).not.toBe('');
    expect(new Set(labels).size).toBe(INTERACTION_KINDS.length);
    expect(Object.keys(INTERACTION_KIND_LABELS).sort()).toEqual([...INTERACTION_KINDS].sort());
  });

  it('only lists known kinds as default depth touches', () => {
    for (const k of DEFAULT_DEPTH_TOUCH_KINDS) expect(INTERACTION_KINDS).toContain(k);
  });
});

describe('isDepthTouch', () => {
  it.each<InteractionKind>(['ONE_TO_ONE', 'CALL', 'VIDEO', 'SOCIAL'])(
    'counts %s as a depth touch by default',
    (k) => {
      expect(isDepthTouch(k)).toBe(true);
    },
  );

  it.each<InteractionKind>(['GROUP_MEETING', 'EVENT'])(
    'counts %s as a visibility touch, not a depth touch, by default',
    (k) => {
      expect(isDepthTouch(k)).toBe(false);
    },
  );

  it.each<InteractionKind>(['MESSAGE', 'EMAIL'])('does not count %s by default', (k) => {
    expect(isDepthTouch(k)).toBe(false);
  });

  it('lets the user choose which kinds count', () => {
    expect(isDepthTouch('GROUP_MEETING', ['GROUP_MEETING'])).toBe(true);
    expect(isDepthTouch('ONE_TO_ONE', ['GROUP_MEETING'])).toBe(false);
    expect(isDepthTouch('ONE_TO_ONE', [])).toBe(false);
  });

  it('is exactly membership in the chosen kinds', () => {
    fc.assert(
      fc.property(kind, fc.subarray([...INTERACTION_KINDS]), (k, chosen) => {
        expect(isDepthTouch(k, chosen)).toBe(chosen.includes(k));
      }),
    );
  });

  it('uses the default list when none is given', () => {
    fc.assert(
      fc.property(kind, (k) => {
        expect(isDepthTouch(k)).toBe(isDepthTouch(k, DEFAULT_DEPTH_TOUCH_KINDS));
        expect(isDepthTouch(k, undefined)).toBe(DEFAULT_DEPTH_TOUCH_KINDS.includes(k));
      }),
    );
  });
});
