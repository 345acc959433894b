/** The map is drawn in these units; the SVG scales to its box. */
export const MAP_SIZE = 600;
export const MAP_MARGIN = { left: 44, bottom: 40, top: 8, right: 8 };
export const LEVELS = 6;

export const CELL = (MAP_SIZE - MAP_MARGIN.left - MAP_MARGIN.right) / LEVELS;
const PLOT_HEIGHT = CELL * LEVELS;

/** Where level `level` of their understanding (x) or trust (y) begins, from the plot's corner. */
export const cellLeft = (level: number) => MAP_MARGIN.left + level * CELL;
export const cellTop = (level: number) => MAP_MARGIN.top + (LEVELS - 1 - level) * CELL;
export const PLOT_BOTTOM = MAP_MARGIN.top + PLOT_HEIGHT;
export const PLOT_RIGHT = MAP_MARGIN.left + PLOT_HEIGHT;

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Room left free at a cell's edge, so neighbouring cells' marks stay apart. */
const CELL_PADDING = 6;
const MAX_RADIUS = 7;
const MIN_RADIUS = 1.6;

export type PlacedMark = { x: number; y: number; r: number };

/**
 * People sharing a cell spread on a sunflower spiral (equal area per mark) that fills the cell
 * however many there are: nobody hides another, and the spiral's size shows the count. A mark
 * grows with `share` (0–1, its won value) by area, up to twice the radius.
 */
export const placeInCell = (
  cell: { trust: number; theirUnderstanding: number },
  shares: readonly number[],
): PlacedMark[] => {
  const count = shares.length;
  const centreX = cellLeft(cell.theirUnderstanding) + CELL / 2;
  const centreY = cellTop(cell.trust) + CELL / 2;
  const reach = CELL / 2 - CELL_PADDING;
  // Spacing between neighbours on the spiral: the reach shared by `count` equal areas.
  const spacing = count > 1 ? reach / Math.sqrt(count) : 0;
  const base = count > 1 ? Math.max(MIN_RADIUS, Math.min(MAX_RADIUS, spacing * 0.45)) : MAX_RADIUS;
  return shares.map((share, index) => {
    const distance = spacing * Math.sqrt(index + 0.5);
    const angle = index * GOLDEN_ANGLE;
    return {
      x: centreX + distance * Math.cos(angle),
      y: centreY + distance * Math.sin(angle),
      r: base * Math.sqrt(1 + 3 * Math.min(1, Math.max(0, share))),
    };
  });
};

export type OriginShape = 'circle' | 'diamond' | 'square';

export type OriginKey = { key: string; label: string; color: string; shape: OriginShape };

// Okabe–Ito: told apart by most colour-blind readers; the shape says the origin's kind too.
const GROUP_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'];
const INTRODUCED = '#6A3D9A';
const OTHER = '#6B7280';

type OriginFields = {
  originKind: 'GROUP' | 'PERSON' | 'OTHER';
  originGroupId?: string | null;
  originGroupName?: string | null;
};

/**
 * One legend entry per group people came from (by name), then "introduced by someone", then
 * "other": each with its colour and shape. Groups past the palette share the last colour.
 */
export const originKeys = (points: readonly OriginFields[]): OriginKey[] => {
  const groups = new Map<string, string>();
  let introduced = false;
  let other = false;
  for (const point of points) {
    if (point.originKind === 'GROUP' && point.originGroupId) {
      groups.set(point.originGroupId, point.originGroupName ?? 'A group');
    } else if (point.originKind === 'PERSON') introduced = true;
    else other = true;
  }
  const keys: OriginKey[] = [...groups.entries()]
    .sort(([, a], [, b]) => a.localeCompare(b))
    .map(([id, name], index) => ({
      key: `group:${id}`,
      label: `From ${name}`,
      color: GROUP_COLOURS[Math.min(index, GROUP_COLOURS.length - 1)] ?? OTHER,
      shape: 'circle',
    }));
  if (introduced) {
    keys.push({
      key: 'person',
      label: 'Introduced by someone',
      color: INTRODUCED,
      shape: 'diamond',
    });
  }
  if (other) keys.push({ key: 'other', label: 'Other origin', color: OTHER, shape: 'square' });
  return keys;
};

/** The legend key a person belongs to (see `originKeys`). */
export const originKeyOf = (point: OriginFields): string => {
  if (point.originKind === 'GROUP' && point.originGroupId) return `group:${point.originGroupId}`;
  return point.originKind === 'PERSON' ? 'person' : 'other';
};

type Placeable = { trust: number; theirUnderstanding: number; wonShare: number };

export type NetworkLayout<T> = {
  /** In reading order, top-left cell first: the order the arrow keys move in. */
  marks: (PlacedMark & { point: T })[];
  cells: { trust: number; theirUnderstanding: number; count: number }[];
};

/** Everyone placed: grouped per cell (levels are few, so many share one), then spread in it. */
export const layoutNetwork = <T extends Placeable>(points: readonly T[]): NetworkLayout<T> => {
  const byCell = new Map<number, T[]>();
  for (const point of points) {
    const key = (LEVELS - 1 - point.trust) * LEVELS + point.theirUnderstanding;
    const cell = byCell.get(key);
    if (cell) cell.push(point);
    else byCell.set(key, [point]);
  }
  const layout: NetworkLayout<T> = { marks: [], cells: [] };
  for (const [, people] of [...byCell.entries()].sort(([a], [b]) => a - b)) {
    const first = people[0];
    if (!first) continue;
    const cell = { trust: first.trust, theirUnderstanding: first.theirUnderstanding };
    const placed = placeInCell(
      cell,
      people.map((person) => person.wonShare),
    );
    placed.forEach((mark, index) => {
      const point = people[index];
      if (point) layout.marks.push({ ...mark, point });
    });
    layout.cells.push({ ...cell, count: people.length });
  }
  return layout;
};
