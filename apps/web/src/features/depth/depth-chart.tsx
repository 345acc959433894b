import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { type DepthPoint, dayTicks } from './depth-series.ts';

const dayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const formatDay = (at: number) => dayFormat.format(new Date(at));

const LINES = [
  { key: 'trust', color: '#2f7d4f' },
  { key: 'theirUnderstanding', color: '#2b6cb0' },
  { key: 'myUnderstanding', color: '#b7791f' },
] as const;

/**
 * The three levels as steps over time. Loaded on its own (recharts is large), and described by
 * the history list beside it for anyone not seeing the chart.
 */
export const DepthChart = ({
  points,
  titles,
}: {
  points: readonly DepthPoint[];
  titles: Record<(typeof LINES)[number]['key'], string>;
}) => (
  <div className="depth-chart" role="img" aria-label="Chart of the depth levels over time">
    <ResponsiveContainer width="100%" height={180}>
      <LineChart data={[...points]} margin={{ top: 8, right: 24, bottom: 0, left: -24 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
        <XAxis
          dataKey="at"
          type="number"
          scale="time"
          domain={['dataMin', 'dataMax']}
          ticks={dayTicks(points)}
          tickFormatter={formatDay}
          fontSize={12}
        />
        <YAxis domain={[0, 5]} ticks={[0, 1, 2, 3, 4, 5]} allowDecimals={false} fontSize={12} />
        <Tooltip labelFormatter={(at) => formatDay(Number(at))} />
        <Legend iconType="plainline" wrapperStyle={{ fontSize: 12 }} />
        {LINES.map((line) => (
          <Line
            key={line.key}
            type="stepAfter"
            dataKey={line.key}
            name={titles[line.key]}
            stroke={line.color}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  </div>
);
