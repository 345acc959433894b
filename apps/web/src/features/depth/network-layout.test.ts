import { describe, expect, it } from 'vitest';
import {
  CELL,
  cellLeft,
  cellTop,
  layoutNetwork,
  originKeyOf,
  originKeys,
  PLOT_BOTTOM,
  PLOT_RIGHT,
  placeInCell,
} from './network-layout.ts';

const CELLS = [0, 1, 2, 3, 4, 5].flatMap((trust) =>
  [0, 1, 2, 3, 4, 5].map((theirUnderstanding) => ({ trust, theirUnderstanding })),
);

describe('placeInCell', () => {
  it('keeps every mark’s centre inside its own cell, however many share it', () => {
    for (const cell of CELLS) {
      for (const count of [1, 2, 7, 400]) {
        const marks = placeInCell(cell, Array(count).fill(0));
        expect(marks).toHaveLength(count);
        for (const mark of marks) {
          expect(mark.x).toBeGreaterThan(cellLeft(cell.theirUnderstanding));
          expect(mark.x).toBeLessThan(cellLeft(cell.theirUnderstanding) + CELL);
          expect(mark.y).toBeGreaterThan(cellTop(cell.trust));
          expect(mark.y).toBeLessThan(cellTop(cell.trust) + CELL);
        }
      }
    }
  });

  it('puts higher trust higher up and more understanding further right', () => {
    const [low] = placeInCell({ trust: 0, theirUnderstanding: 0 }, [0]);
    const [high] = placeInCell({ trust: 5, theirUnderstanding: 5 }, [0]);
    expect(high?.y).toBeLessThan(low?.y ?? 0);
    expect(high?.x).toBeGreaterThan(low?.x ?? 0);
    expect(cellTop(0) + CELL).toBe(PLOT_BOTTOM);
    expect(cellLeft(5) + CELL).toBe(PLOT_RIGHT);
  });

  it('lets no two marks of a cell overlap, up to a hundred people in it', () => {
    for (let count = 1; count <= 100; count += 1) {
      const marks = placeInCell({ trust: 2, theirUnderstanding: 3 }, Array(count).fill(0));
      for (let i = 0; i < marks.length; i += 1) {
        for (let j = i + 1; j < marks.length; j += 1) {
          const a = marks[i];
          const b = marks[j];
          if (!a || !b) throw new Error('missing mark');
          expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r - 1e-9);
        }
      }
    }
  });

  it('grows a mark with its won share, by area, to twice the radius', () => {
    const [none, half, all] = placeInCell({ trust: 1, theirUnderstanding: 1 }, [0, 0.5, 1]);
    expect(half?.r).toBeGreaterThan(none?.r ?? 0);
    expect((all?.r ?? 0) / (none?.r ?? 1)).toBeCloseTo(2);
  });
});

describe('originKeys', () => {
  it('gives each group its own colour, then introduced and other, with shapes', () => {
    const keys = originKeys([
      { originKind: 'OTHER' },
      { originKind: 'GROUP', originGroupId: 'b', originGroupName: 'Rotary' },
      { originKind: 'PERSON' },
      { originKind: 'GROUP', originGroupId: 'a', originGroupName: 'Breakfast Club' },
      { originKind: 'GROUP', originGroupId: 'a', originGroupName: 'Breakfast Club' },
    ]);
    expect(keys.map((k) => [k.key, k.label, k.shape])).toEqual([
      ['group:a', 'From Breakfast Club', 'circle'],
      ['group:b', 'From Rotary', 'circle'],
      ['person', 'Introduced by someone', 'diamond'],
      ['other', 'Other origin', 'square'],
    ]);
    expect(new Set(keys.map((k) => k.color)).size).toBe(4);
    expect(originKeyOf({ originKind: 'GROUP', originGroupId: 'a' })).toBe('group:a');
    expect(originKeyOf({ originKind: 'PERSON' })).toBe('person');
  });
});

describe('layoutNetwork', () => {
  it('places everyone once, top-left cell first, and counts each cell', () => {
    const point = (name: string, trust: number, theirUnderstanding: number) => ({
      name,
      trust,
      theirUnderstanding,
      wonShare: 0,
    });
    const layout = layoutNetwork([
      point('low', 0, 0),
      point('ready', 5, 5),
      point('trusted', 5, 0),
      point('low too', 0, 0),
    ]);
    expect(layout.marks.map((m) => m.point.name)).toEqual(['trusted', 'ready', 'low', 'low too']);
    expect(layout.cells).toEqual([
      { trust: 5, theirUnderstanding: 0, count: 1 },
      { trust: 5, theirUnderstanding: 5, count: 1 },
      { trust: 0, theirUnderstanding: 0, count: 2 },
    ]);
  });
});
