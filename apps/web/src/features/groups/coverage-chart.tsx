import { BarChart } from '../../ui/charts/bar-chart.tsx';

export type CoveragePoint = { month: string; percent: number | null; met: number; members: number };

const monthFormat = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  year: '2-digit',
  timeZone: 'UTC',
});
// A YYYY-MM month is a calendar month, not an instant: read it in UTC so no zone moves it.
const formatMonth = (month: string) => monthFormat.format(new Date(`${month}-01T12:00:00Z`));

/** Depth coverage month by month as bars; `describedBy` is the table of the same figures. */
export const CoverageChart = ({
  points,
  describedBy,
}: {
  points: readonly CoveragePoint[];
  describedBy: string;
}) => {
  const known = points.filter((point) => point.percent !== null);
  const latest = known[known.length - 1];
  const summary = latest
    ? `Chart of depth coverage by month; latest ${formatMonth(latest.month)}: ${latest.percent} % met one-to-one`
    : 'Chart of depth coverage by month; no members yet';
  return (
    <div className="coverage-chart">
      <BarChart
        label={summary}
        describedBy={describedBy}
        max={100}
        unit="%"
        bars={points.map((point) => ({
          key: point.month,
          label: formatMonth(point.month),
          value: point.percent,
        }))}
      />
    </div>
  );
};
