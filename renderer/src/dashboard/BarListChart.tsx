// A horizontal bar per item, largest first, with its value at the end of the bar: the shape of the seller
// cluster, findings-by-rule and seller-location charts. Clicking a bar hands its item to the page.
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_TICK, BLUE, GRID_STROKE, TOOLTIP_STYLE } from './chartStyle';

const BAR_HEIGHT = 26;

export function BarListChart<T>(props: { items: T[]; label: (item: T) => string; value: (item: T) => number; format: (value: number) => string; valueName: string; colour?: string; labelWidth?: number; onItem: (item: T) => void }) {
  const data = props.items.map((item) => ({ name: props.label(item), value: props.value(item) }));
  const height = Math.max(120, data.length * BAR_HEIGHT + 24);
  return (
    <div className="chart" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 72, bottom: 4, left: 8 }} barCategoryGap={5}>
          <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
          <XAxis type="number" tickFormatter={(v: number) => props.format(v)} tick={AXIS_TICK} axisLine={false} tickLine={false} />
          <YAxis type="category" dataKey="name" width={props.labelWidth ?? 150} tick={{ fontSize: 12, fill: '#374151' }} axisLine={false} tickLine={false} interval={0} />
          <Tooltip cursor={{ fill: 'rgba(59, 99, 201, 0.06)' }} formatter={(v) => [props.format(Number(v)), props.valueName]} contentStyle={TOOLTIP_STYLE} />
          <Bar dataKey="value" fill={props.colour ?? BLUE} radius={[0, 3, 3, 0]} isAnimationActive={false} onClick={(_, index) => props.onItem(props.items[index]!)} style={{ cursor: 'pointer' }}>
            <LabelList dataKey="value" position="right" formatter={(v: unknown) => props.format(Number(v))} style={{ fontSize: 11, fill: '#4b5563', fontVariantNumeric: 'tabular-nums' }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
