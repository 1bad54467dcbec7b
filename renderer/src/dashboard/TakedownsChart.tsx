// Per week an outcome was recorded, the share of decided listings taken down, rejected or relisted (lines),
// with the counts in the tooltip. Clicking the chart opens the listings taken down.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { WeeklyTakedowns } from '../../../electron/api/dashboardContract';
import { AXIS_TICK, BLUE, GRID_STROKE, RISK_RED, TOOLTIP_STYLE, weekLabel } from './chartStyle';

const NAMES: Record<string, string> = { takenDownShare: 'Taken down', rejectedShare: 'Rejected', relistedShare: 'Relisted' };

export function TakedownsChart(props: { weeks: WeeklyTakedowns[]; onClick: () => void }) {
  const percent = (v: number) => `${Math.round(v * 100)}%`;
  return (
    <div className="chart" style={{ height: 240 }}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={props.weeks} margin={{ top: 8, right: 16, bottom: 0, left: 0 }} onClick={props.onClick} style={{ cursor: 'pointer' }}>
          <CartesianGrid vertical={false} stroke={GRID_STROKE} />
          <XAxis dataKey="week" tickFormatter={weekLabel} tick={AXIS_TICK} tickLine={false} axisLine={false} />
          <YAxis domain={[0, 1]} tickFormatter={percent} tick={AXIS_TICK} tickLine={false} axisLine={false} width={44} />
          <Tooltip
            labelFormatter={(w) => `Week of ${String(w)}`}
            formatter={(v, name, item) => {
              const week = (item as { payload?: WeeklyTakedowns }).payload;
              const counts = week ? { takenDownShare: week.takenDown, rejectedShare: week.rejected, relistedShare: week.relisted }[String(name)] : undefined;
              return [`${percent(Number(v))}${counts === undefined ? '' : ` (${counts})`}`, NAMES[String(name)] ?? String(name)];
            }}
            contentStyle={TOOLTIP_STYLE}
          />
          <Legend formatter={(name: string) => NAMES[name] ?? name} wrapperStyle={{ fontSize: 12 }} />
          <Line type="monotone" dataKey="takenDownShare" stroke={BLUE} strokeWidth={2} dot={{ r: 4 }} isAnimationActive={false} />
          <Line type="monotone" dataKey="rejectedShare" stroke={RISK_RED} strokeWidth={2} dot={{ r: 4 }} isAnimationActive={false} />
          <Line type="monotone" dataKey="relistedShare" stroke="#b45309" strokeWidth={2} dot={{ r: 4 }} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
