// One case: its stage and the moves it can make, its listings (each with the reason it is reported under and
// its outcome), evidence, test buys, packets and history. Every change reloads the case from the Node side.
import type { CaseView as CaseViewData } from '../../../electron/api/caseContract';
import { useOperation } from '../api/useOperation';
import { InlineAlert } from '../components/InlineAlert';
import { PageHeader } from '../components/PageHeader';
import { CaseStatusBadge } from '../components/StatusBadge';
import { formatTimestamp } from '../format/dateFormat';
import { marketplaceName } from '../format/marketplaceNames';
import { routeHref } from '../routing/hashRoute';
import { CaseArchiveExport } from './CaseArchiveExport';
import { CaseEvidenceSection } from './CaseEvidenceSection';
import { CaseHistorySection } from './CaseHistorySection';
import { CaseListingsSection } from './CaseListingsSection';
import { CaseStatusActions } from './CaseStatusActions';
import { caseOutcomeLabel } from './casePresentation';
import { TestBuysSection } from './TestBuysSection';
import { CasePackets } from '../packets/CasePackets';

export function CaseView({ caseId }: { caseId: number }) {
  const view = useOperation('cases.get', { caseId });
  if (view.error && !view.data) {
    return (
      <div className="page-pad">
        <InlineAlert title="This case could not be opened." action={<a href={routeHref('cases')}>All cases</a>}>
          {view.error}
        </InlineAlert>
      </div>
    );
  }
  if (!view.data) return <p className="page-pad muted">Reading the case…</p>;
  return <CaseViewBody data={view.data} reload={view.reload} error={view.error} />;
}

function CaseViewBody({ data, reload, error }: { data: CaseViewData; reload: () => void; error: string | null }) {
  const c = data.case;
  const marketplaces = [...new Set([...c.marketplaces, ...data.listings.map((l) => l.marketplace)])].sort();
  return (
    <div className="page page--scroll">
      <PageHeader
        title={c.name}
        subtitle={
          <span className="case-head">
            <a href={routeHref('cases')}>Cases</a>
            <span aria-hidden="true">›</span>
            <CaseStatusBadge status={c.status} />
            {c.outcome ? <span className="badge badge--case-resolved">{caseOutcomeLabel(c.outcome)}</span> : null}
            <span>
              {c.brandName}
              {marketplaces.length ? ` · ${marketplaces.map(marketplaceName).join(', ')}` : ''}
              {` · opened ${formatTimestamp(c.createdAt)}`}
              {c.statusAt ? ` · ${c.status.replace('_', ' ')} since ${formatTimestamp(c.statusAt)}` : ''}
            </span>
          </span>
        }
        actions={<CaseStatusActions caseRecord={c} listings={data.listings.length} onMoved={reload} />}
      />
      <div className="page-pad stack case-view">
        {error ? <InlineAlert>{error}</InlineAlert> : null}
        {c.notes ? <p className="case-notes">{c.notes}</p> : null}
        <CaseListingsSection caseRecord={c} listings={data.listings} onChanged={reload} />
        <CaseEvidenceSection caseId={c.id} evidence={data.evidence} listings={data.listings} onChanged={reload} />
        <TestBuysSection caseId={c.id} testBuys={data.testBuys} listings={data.listings} evidence={data.evidence} onChanged={reload} />
        <section data-region="packets" aria-label="Packets">
          <CasePackets caseId={c.id} />
        </section>
        <CaseArchiveExport caseId={c.id} onExported={reload} />
        <CaseHistorySection transitions={data.transitions} history={data.history} />
      </div>
    </div>
  );
}
