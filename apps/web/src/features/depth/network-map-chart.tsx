import { type KeyboardEvent, memo, type PointerEvent, useMemo, useRef, useState } from 'react';
import {
  CELL,
  cellLeft,
  cellTop,
  LEVELS,
  layoutNetwork,
  MAP_MARGIN,
  MAP_SIZE,
  type OriginKey,
  type OriginShape,
  originKeyOf,
  PLOT_BOTTOM,
  PLOT_RIGHT,
  type PlacedMark,
} from './network-layout.ts';
import {
  type MapRegion,
  type NetworkMapData,
  type NetworkPoint,
  REGION_TITLES,
} from './network-queries.ts';

const LEVEL_NUMBERS = Array.from({ length: LEVELS }, (_, level) => level);

/** What a screen reader hears on a mark, and the tooltip shows. */
const markLabel = (point: NetworkPoint) =>
  `${point.name}: readiness ${point.readiness}, ${REGION_TITLES[point.region].toLowerCase()}${point.stale ? ', due for a touch' : ''}. Next step: ${point.nextStep.title}.`;

/** A person's mark: its shape says their origin's kind, so colour is never the only signal. */
export const OriginMark = ({
  shape,
  x,
  y,
  r,
  color,
}: PlacedMark & { shape: OriginShape; color: string }) => {
  if (shape === 'circle') return <circle cx={x} cy={y} r={r} fill={color} />;
  if (shape === 'diamond') {
    const d = r * 1.25;
    return <path d={`M${x} ${y - d}L${x + d} ${y}L${x} ${y + d}L${x - d} ${y}Z`} fill={color} />;
  }
  const side = r * 1.7;
  return <rect x={x - side / 2} y={y - side / 2} width={side} height={side} fill={color} />;
};

/** The four regions, shaded, each named with its count where the quarter has room. */
const Regions = ({ highFrom, counts }: { highFrom: number; counts: Record<MapRegion, number> }) => {
  const splitX = cellLeft(highFrom);
  const splitY = cellTop(highFrom - 1);
  const quarters: { region: MapRegion; x: number; y: number; w: number; h: number }[] = [
    {
      region: 'BRIEF_THEM',
      x: MAP_MARGIN.left,
      y: MAP_MARGIN.top,
      w: splitX - MAP_MARGIN.left,
      h: splitY - MAP_MARGIN.top,
    },
    {
      region: 'READY_TO_REFER',
      x: splitX,
      y: MAP_MARGIN.top,
      w: PLOT_RIGHT - splitX,
      h: splitY - MAP_MARGIN.top,
    },
    {
      region: 'ACQUAINTANCE',
      x: MAP_MARGIN.left,
      y: splitY,
      w: splitX - MAP_MARGIN.left,
      h: PLOT_BOTTOM - splitY,
    },
    { region: 'GIVE_FIRST', x: splitX, y: splitY, w: PLOT_RIGHT - splitX, h: PLOT_BOTTOM - splitY },
  ];
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG g without tabindex is not focusable; the counts above say the same
    <g aria-hidden="true">
      {quarters.map((q) =>
        q.w > 0 && q.h > 0 ? (
          <g key={q.region}>
            <rect
              x={q.x}
              y={q.y}
              width={q.w}
              height={q.h}
              className={`map-region map-region-${q.region}`}
            />
            <text x={q.x + 6} y={q.y + 16} className="map-region-label">
              {REGION_TITLES[q.region]} · {counts[q.region]}
            </text>
          </g>
        ) : null,
      )}
    </g>
  );
};

const Axes = () => (
  // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG g without tabindex is not focusable; the marks say their levels
  <g aria-hidden="true" className="map-axes">
    {LEVEL_NUMBERS.map((level) => (
      <g key={level}>
        <text x={cellLeft(level) + CELL / 2} y={PLOT_BOTTOM + 16} textAnchor="middle">
          {level}
        </text>
        <text x={MAP_MARGIN.left - 8} y={cellTop(level) + CELL / 2} dy="0.32em" textAnchor="end">
          {level}
        </text>
      </g>
    ))}
    <text
      x={(MAP_MARGIN.left + PLOT_RIGHT) / 2}
      y={PLOT_BOTTOM + 34}
      textAnchor="middle"
      className="map-axis-title"
    >
      Their understanding of my business →
    </text>
    <text
      transform={`translate(14 ${(MAP_MARGIN.top + PLOT_BOTTOM) / 2}) rotate(-90)`}
      textAnchor="middle"
      className="map-axis-title"
    >
      Trust →
    </text>
  </g>
);

type Mark = PlacedMark & { point: NetworkPoint };

/**
 * Every person as a link; drawn once per layout, so hovering (which only moves the tooltip) does
 * not redraw thousands of marks. One mark is in the tab order; the arrow keys move between them.
 */
const Marks = memo(
  ({
    marks,
    keys,
    active,
    onOpen,
  }: {
    marks: readonly Mark[];
    keys: ReadonlyMap<string, OriginKey>;
    active: number;
    onOpen: (personId: string) => void;
  }) => (
    <>
      {marks.map((mark, index) => {
        const key = keys.get(originKeyOf(mark.point));
        return (
          <a
            key={mark.point.personId}
            href={`/people/${mark.point.personId}`}
            className="map-mark"
            data-index={index}
            tabIndex={index === active ? 0 : -1}
            aria-label={markLabel(mark.point)}
            onClick={(event) => {
              event.preventDefault();
              onOpen(mark.point.personId);
            }}
          >
            <OriginMark {...mark} shape={key?.shape ?? 'square'} color={key?.color ?? '#6B7280'} />
          </a>
        );
      })}
    </>
  ),
);

const STEP_KEYS: Record<string, (index: number, last: number) => number> = {
  ArrowRight: (i, last) => Math.min(last, i + 1),
  ArrowDown: (i, last) => Math.min(last, i + 1),
  ArrowLeft: (i) => Math.max(0, i - 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_i, last) => last,
};

/** The map itself: regions, axes, everyone's mark, and a tooltip for the one pointed at. */
export const NetworkMapChart = ({
  map,
  keys,
  onOpen,
}: {
  map: NetworkMapData;
  keys: ReadonlyMap<string, OriginKey>;
  onOpen: (personId: string) => void;
}) => {
  const layout = useMemo(() => layoutNetwork(map.points), [map.points]);
  const counts = useMemo(
    () =>
      Object.fromEntries(map.regionCounts.map((r) => [r.region, r.count])) as Record<
        MapRegion,
        number
      >,
    [map.regionCounts],
  );
  const [active, setActive] = useState(0);
  // Who asked for the tooltip: the pointer passing over the map must not hide the focused mark's
  // (scrolling a focused mark into view moves the map under a resting pointer).
  const [shown, setShown] = useState<{ index: number; by: 'focus' | 'pointer' } | null>(null);
  const svg = useRef<SVGSVGElement>(null);

  const indexOf = (target: EventTarget | null) => {
    const element = target instanceof Element ? target.closest('[data-index]') : null;
    return element ? Number(element.getAttribute('data-index')) : null;
  };
  const focusMark = (index: number) => {
    setActive(index);
    svg.current?.querySelector<SVGElement>(`[data-index="${index}"]`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const step = STEP_KEYS[event.key];
    const current = indexOf(event.target);
    if (!step || current === null) return;
    event.preventDefault();
    focusMark(step(current, layout.marks.length - 1));
  };
  const onPointer = (event: PointerEvent) => {
    const index = indexOf(event.target);
    if (index !== null) setShown({ index, by: 'pointer' });
    else setShown((current) => (current?.by === 'pointer' ? null : current));
  };

  const mark = shown === null ? undefined : layout.marks[shown.index];
  return (
    <div className="map-frame">
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a fieldset; its links are grouped under one name */}
      <svg
        ref={svg}
        role="group"
        aria-label={`Network map of ${map.points.length} ${map.points.length === 1 ? 'person' : 'people'}: trust upwards, their understanding of my business to the right`}
        viewBox={`0 0 ${MAP_SIZE} ${MAP_SIZE}`}
        className="network-map"
        onKeyDown={onKeyDown}
        onPointerOver={onPointer}
        onPointerLeave={() => setShown((current) => (current?.by === 'pointer' ? null : current))}
        onFocus={(event) => {
          const index = indexOf(event.target);
          if (index !== null) {
            setActive(index);
            setShown({ index, by: 'focus' });
          }
        }}
        onBlur={() => setShown(null)}
      >
        <Regions highFrom={map.highFrom} counts={counts} />
        <Axes />
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG g without tabindex is not focusable; every person is a mark */}
        <g aria-hidden="true" className="map-cell-counts">
          {layout.cells.map((cell) =>
            cell.count > 1 ? (
              <text
                key={`${cell.trust}/${cell.theirUnderstanding}`}
                x={cellLeft(cell.theirUnderstanding) + CELL - 4}
                y={cellTop(cell.trust) + CELL - 4}
                textAnchor="end"
              >
                {cell.count}
              </text>
            ) : null,
          )}
        </g>
        <Marks marks={layout.marks} keys={keys} active={active} onOpen={onOpen} />
      </svg>
      {mark ? (
        <div
          className="map-tooltip"
          aria-hidden="true"
          style={{
            left: `${(mark.x / MAP_SIZE) * 100}%`,
            top: `${(mark.y / MAP_SIZE) * 100}%`,
            // Anchored away from the nearer edge, so it never runs off a phone's screen.
            transform: `translate(${mark.x < MAP_SIZE / 3 ? '0' : mark.x > (2 * MAP_SIZE) / 3 ? '-100%' : '-50%'}, ${mark.y < MAP_SIZE / 3 ? '12px' : 'calc(-100% - 12px)'})`,
          }}
        >
          <strong>{mark.point.name}</strong>
          <span>
            Readiness {mark.point.readiness} · {REGION_TITLES[mark.point.region]}
            {mark.point.stale ? ' · due' : ''}
          </span>
          <span>Next step: {mark.point.nextStep.title}</span>
        </div>
      ) : null}
    </div>
  );
};
