// The Dashboard: the whole counterfeit picture under one filter (brand, product, marketplace, weeks first seen,
// kept in the address). Headline figures, eight charts that click through to the listings behind them, exports of
// each chart (PNG, SVG, CSV), and a one-page PDF report drawn on the Node side from the same figures.
import { useState } from 'react';
import type { DashboardFilter } from '../../../electron/api/dashboardContract';
import { errorMessage } from '../api/apiError';
import { call } from '../api/client';
import { useOperation } from '../api/useOperation';
import { EmptyState } from '../components/EmptyState';
import { InlineAlert } from '../components/InlineAlert';
import { PageHeader } from '../components/PageHeader';
import { navigate, routeHref, useHash } from '../routing/hashRoute';
import { SeizureDeadlines } from '../seizures/SeizureDeadlines';
import { useWorkspace } from '../workspace/workspaceStore';
import { saveBlob } from '../files/downloadTextFile';
import { DashboardBody } from './DashboardCharts';
import { DashboardFilters } from './DashboardFilters';
import { dashboardHref, filterFromHash } from './dashboardUrl';
import './dashboard.css';

export function DashboardPage() {
  const filter = filterFromHash(useHash());
  const info = useWorkspace((s) => s.info);
  const currency = info?.normalisedCurrency ?? 'USD';
  const options = useOperation('dashboard.options', {});
  const empty = options.data !== undefined && options.data.firstWeek === null;

  return (
    <div className="page page--scroll">
      <PageHeader title="Dashboard" subtitle={info?.brand ? `${info.brand.name} · ${info.brand.ownerName}` : undefined} actions={empty ? undefined : <ReportButton filter={filter} />} />
      <div className="page-pad stack">
        {options.error ? <InlineAlert>{options.error}</InlineAlert> : null}
        <SeizureDeadlines />
        {empty ? (
          <EmptyState title="Nothing to chart yet">
            <p>This workspace holds no listings. Import your first file of marketplace listings, and the Dashboard fills in: listings over time, risk, prices against MSRP, seller clusters and enforcement.</p>
            <p>
              <a className="button button--primary" href={routeHref('imports')}>
                Import your first file
              </a>
            </p>
          </EmptyState>
        ) : (
          <>
            {options.data ? <DashboardFilters options={options.data} filter={filter} onChange={(f) => navigate(dashboardHref(f))} /> : null}
            <DashboardBody filter={filter} currency={currency} productLabel={options.data?.products.find((p) => p.id === filter.productId)?.sku} />
          </>
        )}
      </div>
    </div>
  );
}

function ReportButton({ filter }: { filter: DashboardFilter }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const save = async () => {
    setBusy(true);
    try {
      const report = await call('dashboard.reportPdf', { filter });
      const bytes = Uint8Array.from(atob(report.base64), (c) => c.charCodeAt(0));
      saveBlob(report.fileName, new Blob([bytes], { type: 'application/pdf' }));
      setProblem(null);
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="dashboard-report">
      {problem ? <span className="dashboard-chart__problem">{problem}</span> : null}
      <button type="button" className="button button--primary" disabled={busy} onClick={() => void save()}>
        {busy ? 'Preparing PDF…' : 'Export PDF report'}
      </button>
    </div>
  );
}
