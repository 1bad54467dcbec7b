// Each sampled listing's price against its matched product's MSRP (both in the normalised currency), with the
// line at MSRP and the price rule's threshold line below it. Clicking a dot opens that listing.
import { CartesianGrid, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts';
import type { PricePoint } from '../../../electron/api/dashboardContract';
import { formatCount } from '../format/numberFormat';
import { AXIS_TICK, BLUE, GRID_STROKE, RISK_RED, TOOLTIP_STYLE } from './chartStyle';

/** A plain circle per listing: recharts' default symbol builds a path per point, which is slow for hundreds of dots. */
function dot(props: unknown) {
  const { cx, cy } = props as { cx?: number; cy?: number };
  return <circle className="price-dot" cx={cx} cy={cy} r={3} fill={BLUE} fillOpacity={0.5} />;
}

export function PriceMsrpChart(props: { points: PricePoint[]; threshold: number; currency: string; onPoint: (point: PricePoint) => void }) {
  const maxMsrp = Math.max(...props.points.map((p) => p.msrp), 1);
  const maxPrice = Math.max(...props.points.map((p) => p.price), maxMsrp);
  const money = (v: number) => `${formatCount(v)}`;
  return (
    <div className="chart" style={{ height: 280 }}>
      <ResponsiveContainer width="100%" height="100%">
        <ScatterChart margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid stroke={GRID_STROKE} />
          <XAxis type="number" dataKey="msrp" name="MSRP" domain={[0, Math.ceil(maxMsrp * 1.05)]} tickFormatter={money} tick={AXIS_TICK} tickLine={false} label={{ value: `MSRP (${props.currency})`, position: 'insideBottomRight', offset: -4, fontSize: 11, fill: '#6b7280' }} />
          <YAxis type="number" dataKey="price" name="Price" domain={[0, Math.ceil(maxPrice * 1.05)]} tickFormatter={money} tick={AXIS_TICK} tickLine={false} width={64} label={{ value: `Price (${props.currency})`, angle: -90, position: 'insideLeft', offset: 12, fontSize: 11, fill: '#6b7280' }} />
          <ZAxis range={[18, 18]} />
          <Tooltip
            cursor={{ strokeDasharray: '3 3' }}
            contentStyle={TOOLTIP_STYLE}
            formatter={(v, name) => [`${props.currency} ${formatCount(Number(v))}`, String(name)]}
          />
          <ReferenceLine segment={[{ x: 0, y: 0 }, { x: maxMsrp, y: maxMsrp }]} stroke="#9ca3af" strokeDasharray="4 4" ifOverflow="extendDomain" label={{ value: 'MSRP', position: 'insideTopRight', fontSize: 11, fill: '#6b7280' }} />
          <ReferenceLine
            segment={[{ x: 0, y: 0 }, { x: maxMsrp, y: maxMsrp * props.threshold }]}
            stroke={RISK_RED}
            strokeWidth={1.5}
            ifOverflow="extendDomain"
            label={{ value: `${Math.round(props.threshold * 100)}% of MSRP`, position: 'insideBottomRight', fontSize: 11, fill: RISK_RED }}
          />
          <Scatter data={props.points} fill={BLUE} fillOpacity={0.55} isAnimationActive={false} shape={dot} onClick={(entry) => props.onPoint((entry as unknown as { payload: PricePoint }).payload)} style={{ cursor: 'pointer' }} />
        </ScatterChart>
      </ResponsiveContainer>
    </div>
  );
}
