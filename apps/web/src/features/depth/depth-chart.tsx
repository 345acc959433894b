import { StepLineChart } from '../../ui/charts/step-line-chart.tsx';
import { type DepthLevels, type DepthPoint, dayTicks } from './depth-series.ts';

// Colour plus a dash pattern each, so the three lines differ without colour too.
const LINES = [
  { key: 'trust', color: '#2f7d4f' },
  { key: 'theirUnderstanding', color: '#2b6cb0', dash: '6 4' },
  { key: 'myUnderstanding', color: '#b7791f', dash: '2 3' },
] as const;

/** The three levels as steps over time; dates are days in the account's zone. */
export const DepthChart = ({
  points,
  titles,
  timeZone,
}: {
  points: readonly DepthPoint[];
  titles: Record<keyof DepthLevels, string>;
  timeZone?: string;
}) => {
  const dayFormat = new Intl.DateTimeFormat(undefined, {
    day: 'numeric',
    month: 'short',
    timeZone,
  });
  const last = points[points.length - 1];
  const summary = last
    ? `Chart of the depth levels over time; now ${LINES.map((line) => `${titles[line.key]} ${last[line.key]}`).join(', ')}`
    : 'Chart of the depth levels over time';
  return (
    <div className="depth-chart">
      <StepLineChart
        label={summary}
        times={points.map((point) => point.at)}
        xTicks={dayTicks(points, timeZone)}
        formatTime={(at) => dayFormat.format(at)}
        yMax={5}
        series={LINES.map((line) => ({
          ...line,
          title: titles[line.key],
          values: points.map((point) => point[line.key]),
        }))}
      />
    </div>
  );
};
