import { evenTicks, linearScale } from './scale.ts';

export type Bar = { key: string; label: string; value: number | null };

const WIDTH = 600;
const HEIGHT = 200;
const MARGIN = { top: 18, right: 8, bottom: 24, left: 40 };

/**
 * Values as vertical bars with their figure written above each, in plain SVG, so the numbers
 * do not depend on colour or on reading the axis. A missing value shows as "—" with no bar.
 * `describedBy` points at the table that holds the same figures as text.
 */
export const BarChart = ({
  label,
  bars,
  max,
  unit,
  describedBy,
}: {
  label: string;
  bars: readonly Bar[];
  max: number;
  unit: string;
  describedBy?: string;
}) => {
  const bottom = HEIGHT - MARGIN.bottom;
  const y = linearScale([0, max], [bottom, MARGIN.top]);
  const slot = (WIDTH - MARGIN.left - MARGIN.right) / Math.max(bars.length, 1);
  const barWidth = Math.min(slot * 0.7, 48);
  return (
    <figure className="chart">
      <svg
        role="img"
        aria-label={label}
        aria-describedby={describedBy}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        className="chart-svg"
      >
        {evenTicks(0, max, 4).map((tick) => (
          <g key={tick}>
            <line
              x1={MARGIN.left}
              x2={WIDTH - MARGIN.right}
              y1={y(tick)}
              y2={y(tick)}
              className="chart-grid"
            />
            <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">
              {tick}
              {unit}
            </text>
          </g>
        ))}
        {bars.map((bar, i) => {
          const centre = MARGIN.left + slot * (i + 0.5);
          const top = y(bar.value ?? 0);
          return (
            <g key={bar.key}>
              {bar.value === null ? null : (
                <rect
                  x={centre - barWidth / 2}
                  y={top}
                  width={barWidth}
                  height={bottom - top}
                  className="chart-bar"
                />
              )}
              <text x={centre} y={top - 4} textAnchor="middle">
                {bar.value === null ? '—' : `${bar.value}${unit}`}
              </text>
              <text x={centre} y={bottom + 16} textAnchor="middle">
                {bar.label}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
};
