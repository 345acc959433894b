import { evenTicks, linearScale, stepPath } from './scale.ts';

export type StepSeries = {
  key: string;
  title: string;
  color: string;
  /** Dash pattern, so lines differ by more than colour. */
  dash?: string;
  values: readonly number[];
};

const WIDTH = 600;
const HEIGHT = 200;
const MARGIN = { top: 10, right: 16, bottom: 24, left: 28 };

/**
 * Levels over time as step lines, in plain SVG. The picture is one image to assistive
 * technology (`label` sums it up); a visually hidden table carries the same figures.
 */
export const StepLineChart = ({
  label,
  times,
  xTicks,
  formatTime,
  yMax,
  series,
}: {
  label: string;
  times: readonly number[];
  xTicks: readonly number[];
  formatTime: (at: number) => string;
  yMax: number;
  series: readonly StepSeries[];
}) => {
  const first = times[0] ?? 0;
  const last = times[times.length - 1] ?? first;
  const bottom = HEIGHT - MARGIN.bottom;
  const x = linearScale([first, last], [MARGIN.left, WIDTH - MARGIN.right]);
  const y = linearScale([0, yMax], [bottom, MARGIN.top]);
  const yTicks = evenTicks(0, yMax, yMax);
  // A small offset per line, so equal levels stay visible side by side rather than hiding each other.
  const offset = (index: number) => (index - (series.length - 1) / 2) * 2.5;

  return (
    <figure className="chart">
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        className="chart-svg"
      >
        {yTicks.map((tick) => (
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
            </text>
          </g>
        ))}
        {xTicks.map((tick) => (
          <text key={tick} x={x(tick)} y={bottom + 16} textAnchor="middle">
            {formatTime(tick)}
          </text>
        ))}
        {series.map((line, index) => (
          <path
            key={line.key}
            d={stepPath(times.map((at, i) => [x(at), y(line.values[i] ?? 0) + offset(index)]))}
            fill="none"
            stroke={line.color}
            strokeWidth={2}
            strokeDasharray={line.dash}
          />
        ))}
      </svg>
      {/* In HTML, so long titles wrap on a phone instead of running into each other. Hidden from
          assistive technology, which reads the same titles in the table. */}
      <ul className="chart-legend" aria-hidden="true">
        {series.map((line) => (
          <li key={line.key}>
            <svg width={24} height={8} viewBox="0 0 24 8" aria-hidden="true">
              <line
                x1={0}
                x2={24}
                y1={4}
                y2={4}
                stroke={line.color}
                strokeWidth={2}
                strokeDasharray={line.dash}
              />
            </svg>
            {line.title}
          </li>
        ))}
      </ul>
      {/* A table box ignores the 1px width, so the hiding goes on a block around it. */}
      <div className="visually-hidden">
        <table>
          <caption>{label}</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              {series.map((line) => (
                <th key={line.key} scope="col">
                  {line.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {times.map((at, i) => (
              // Several points can share an instant; the index keeps the rows apart.
              // biome-ignore lint/suspicious/noArrayIndexKey: rows never reorder
              <tr key={i}>
                <th scope="row">{formatTime(at)}</th>
                {series.map((line) => (
                  <td key={line.key}>{line.values[i]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
};
