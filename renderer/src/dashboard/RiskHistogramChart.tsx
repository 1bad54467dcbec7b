// How many listings fall in each ten-point band of the risk score; the high-risk bands in red.
// Clicking a bar opens the Listings page filtered to exactly that band's risk scores.
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { RiskBin } from '../../../electron/api/dashboardContract';
import { formatCount } from '../format/numberFormat';
import { AXIS_TICK, BLUE, GRID_STROKE, RISK_RED, TOOLTIP_STYLE } from './chartStyle';

export function RiskHistogramChart(props: { bins: RiskBin[]; onBin: (bin: RiskBin) => void }) {
  const data = props.bins.map((b) => ({ ...b, label: `${b.from}–${b.to}` }));
  return (
    <div className="chart" style={{ height: 240 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} barCategoryGap={2}>
          <CartesianGrid vertical={false} stroke={GRID_STROKE} />
          <XAxis dataKey="label" tick={AXIS_TICK} tickLine={false} axisLine={false} />
          <YAxis tickFormatter={(v: number) => formatCount(v)} tick={AXIS_TICK} tickLine={false} axisLine={false} width={64} />
          <Tooltip cursor={{ fill: 'rgba(59, 99, 201, 0.06)' }} formatter={(v) => [formatCount(Number(v)), 'Listings']} labelFormatter={(l) => `Risk ${String(l)}`} contentStyle={TOOLTIP_STYLE} />
          <Bar dataKey="listings" isAnimationActive={false} onClick={(_, index) => props.onBin(props.bins[index]!)} style={{ cursor: 'pointer' }}>
            {data.map((b) => (
              <Cell key={b.from} fill={b.high ? RISK_RED : BLUE} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
