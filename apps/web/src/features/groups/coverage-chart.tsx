import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export type CoveragePoint = { month: string; percent: number | null; met: number; members: number };

const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', year: '2-digit' });
// A YYYY-MM month as its first day at noon UTC, so no zone moves it into the month before.
const formatMonth = (month: string) => monthFormat.format(new Date(`${month}-01T12:00:00Z`));

/**
 * Depth coverage month by month as bars. Loaded on its own (recharts is large), and described by
 * the table beside it for anyone not seeing the chart.
 */
export const CoverageChart = ({ points }: { points: readonly CoveragePoint[] }) => (
  <div className="coverage-chart" role="img" aria-label="Chart of depth coverage by month">
    <ResponsiveContainer width="100%" height={180}>
      <BarChart
        data={points.map((point) => ({ ...point, percent: point.percent ?? 0 }))}
        margin={{ top: 8, right: 8, bottom: 0, left: -24 }}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
        <XAxis dataKey="month" tickFormatter={formatMonth} fontSize={12} />
        <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" fontSize={12} />
        <Tooltip
          labelFormatter={(month) => formatMonth(String(month))}
          formatter={(value) => [`${String(value)} %`, 'Met one-to-one']}
        />
        <Bar dataKey="percent" fill="#2f7d4f" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  </div>
);
