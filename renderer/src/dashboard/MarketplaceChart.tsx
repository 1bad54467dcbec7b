// Listings under watch per marketplace as a horizontal bar chart (recharts), largest first.
// Animation is off: figures should appear at once, as in the rest of the app.
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Facet } from '../../../electron/api/contract';
import { formatCount } from '../format/numberFormat';
import { marketplaceName } from '../format/marketplaceNames';

const BAR_HEIGHT = 30;

export function MarketplaceChart({ facets }: { facets: Facet[] }) {
  const data = facets.map((f) => ({ name: marketplaceName(f.value), count: f.count }));
  const height = Math.max(120, data.length * BAR_HEIGHT + 40);
  return (
    <div className="chart" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 64, bottom: 4, left: 8 }} barCategoryGap={6}>
          <CartesianGrid horizontal={false} stroke="#eceef2" />
          <XAxis type="number" tickFormatter={(v: number) => formatCount(v)} tick={{ fontSize: 11, fill: '#6b7280' }} axisLine={false} tickLine={false} />
          <YAxis type="category" dataKey="name" width={92} tick={{ fontSize: 12, fill: '#374151' }} axisLine={false} tickLine={false} />
          <Tooltip cursor={{ fill: 'rgba(59, 99, 201, 0.06)' }} formatter={(value) => [formatCount(Number(value)), 'Listings']} contentStyle={{ fontSize: 12, borderRadius: 6, borderColor: '#dfe2e8' }} />
          <Bar dataKey="count" fill="#4169c8" radius={[0, 3, 3, 0]} isAnimationActive={false}>
            <LabelList dataKey="count" position="right" formatter={(v: unknown) => formatCount(Number(v))} style={{ fontSize: 11, fill: '#4b5563', fontVariantNumeric: 'tabular-nums' }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
