// Listings first seen per week, stacked by marketplace, with the high-risk listings among them as a line.
// Clicking a marketplace's band opens the Listings page on that marketplace and week (the week under the pointer);
// clicking its legend entry, on that marketplace over every week shown.
import { useRef } from 'react';
import { Area, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { WeeklyListings } from '../../../electron/api/dashboardContract';
import { formatCount } from '../format/numberFormat';
import { marketplaceName } from '../format/marketplaceNames';
import { AXIS_TICK, GRID_STROKE, RISK_RED, TOOLTIP_STYLE, seriesColour, weekLabel } from './chartStyle';

export function ListingsOverTimeChart(props: { marketplaces: string[]; weeks: WeeklyListings[]; onMarketplace: (marketplace: string, week?: string) => void }) {
  /** The week under the pointer: an area's click does not say which point of it was clicked. */
  const hoveredWeek = useRef<string | undefined>(undefined);
  const data = props.weeks.map((w) => ({ week: w.week, highRisk: w.highRisk, ...Object.fromEntries(props.marketplaces.map((m) => [m, w.byMarketplace[m] ?? 0])) }));
  return (
    <div className="chart" style={{ height: 280 }}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart
          data={data}
          margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
          onMouseMove={(state) => (hoveredWeek.current = state.activeLabel === undefined ? undefined : String(state.activeLabel))}
          onMouseLeave={() => (hoveredWeek.current = undefined)}
        >
          <CartesianGrid vertical={false} stroke={GRID_STROKE} />
          <XAxis dataKey="week" tickFormatter={weekLabel} tick={AXIS_TICK} tickLine={false} axisLine={false} minTickGap={16} />
          <YAxis tickFormatter={(v: number) => formatCount(v)} tick={AXIS_TICK} tickLine={false} axisLine={false} width={64} />
          <Tooltip labelFormatter={(w) => `Week of ${String(w)}`} formatter={(v, name) => [formatCount(Number(v)), name === 'highRisk' ? 'High-risk' : marketplaceName(String(name))]} contentStyle={TOOLTIP_STYLE} />
          <Legend
            formatter={(name: string) => (name === 'highRisk' ? 'High-risk listings' : marketplaceName(name))}
            onClick={(entry) => typeof entry.dataKey === 'string' && entry.dataKey !== 'highRisk' && props.onMarketplace(entry.dataKey)}
            wrapperStyle={{ fontSize: 12, cursor: 'pointer' }}
          />
          {props.marketplaces.map((m, i) => (
            <Area key={m} type="monotone" dataKey={m} stackId="listings" stroke={seriesColour(i)} fill={seriesColour(i)} fillOpacity={0.55} isAnimationActive={false} onClick={() => props.onMarketplace(m, hoveredWeek.current)} style={{ cursor: 'pointer' }} />
          ))}
          <Line type="monotone" dataKey="highRisk" stroke={RISK_RED} strokeWidth={2} dot={false} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
