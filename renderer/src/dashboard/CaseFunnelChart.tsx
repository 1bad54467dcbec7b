// Cases that reached each stage, draft → resolved, with how many sit at that stage now, and the outcomes of
// resolved cases beside. Clicking a stage opens the listings in that state of enforcement.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CaseFunnel } from '../../../electron/api/dashboardContract';
import { formatCount } from '../format/numberFormat';
import { AXIS_TICK, BLUE, GRID_STROKE, MUTED_BAR, TOOLTIP_STYLE } from './chartStyle';

const STAGE_LABEL: Record<string, string> = { draft: 'Draft', in_review: 'In review', ready: 'Ready', submitted: 'Submitted', resolved: 'Resolved' };

export function CaseFunnelChart(props: { funnel: CaseFunnel; onStage: (status: string) => void }) {
  const data = props.funnel.stages.map((s) => ({ ...s, label: STAGE_LABEL[s.status] ?? s.status }));
  const outcomes = props.funnel.outcomes.map((o) => `${o.outcome.replace(/_/g, ' ')} ${formatCount(o.cases)}`).join(' · ');
  return (
    <>
      <div className="chart" style={{ height: 220 }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid vertical={false} stroke={GRID_STROKE} />
            <XAxis dataKey="label" tick={AXIS_TICK} tickLine={false} axisLine={false} />
            <YAxis allowDecimals={false} tick={AXIS_TICK} tickLine={false} axisLine={false} width={40} />
            <Tooltip cursor={{ fill: 'rgba(59, 99, 201, 0.06)' }} formatter={(v, name) => [formatCount(Number(v)), name === 'reached' ? 'Reached this stage' : 'At this stage now']} contentStyle={TOOLTIP_STYLE} />
            <Legend formatter={(name: string) => (name === 'reached' ? 'Reached this stage' : 'At this stage now')} wrapperStyle={{ fontSize: 12 }} />
            <Bar dataKey="reached" fill={BLUE} isAnimationActive={false} onClick={(_, index) => props.onStage(data[index]!.status)} style={{ cursor: 'pointer' }} />
            <Bar dataKey="now" fill={MUTED_BAR} isAnimationActive={false} onClick={(_, index) => props.onStage(data[index]!.status)} style={{ cursor: 'pointer' }} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <p className="dashboard-chart__hint">Outcomes of resolved cases: {outcomes || 'none recorded yet'}.</p>
    </>
  );
}
