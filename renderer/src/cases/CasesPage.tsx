// The Cases page: a board with one column per stage (draft → resolved) and a form to open a case; with a
// case id in the address (#/cases/12), that case's view instead.
import { useState } from 'react';
import { useOperation } from '../api/useOperation';
import { InlineAlert } from '../components/InlineAlert';
import { PageHeader } from '../components/PageHeader';
import { formatDay } from '../format/dateFormat';
import { marketplaceName } from '../format/marketplaceNames';
import { countOf, formatCount } from '../format/numberFormat';
import { CASE_STATUS_ORDER, caseStatusLabel } from '../format/statusLabels';
import { caseHref } from '../routing/hashRoute';
import { CaseArchiveImport } from './CaseArchiveImport';
import { CaseView } from './CaseView';
import { NewCaseForm } from './NewCaseForm';
import './cases.css';

export function CasesPage({ openCaseId = null }: { openCaseId?: number | null }) {
  if (openCaseId !== null) return <CaseView caseId={openCaseId} />;
  return <CaseBoard />;
}

function CaseBoard() {
  const cases = useOperation('cases.list', {});
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const all = cases.data ?? [];
  return (
    <div className="page">
      <PageHeader
        title="Cases"
        subtitle={cases.data ? `${countOf(all.length, 'case')}, by stage. Open one to work on its listings, evidence and test buys.` : 'Reading the cases…'}
        actions={
          <>
            <button type="button" className="button" onClick={() => setImporting((v) => !v)} aria-expanded={importing}>
              Import a case archive
            </button>
            <button type="button" className="button button--primary" onClick={() => setCreating((v) => !v)} aria-expanded={creating}>
              New case
            </button>
          </>
        }
      />
      {creating ? (
        <div className="page-pad case-new">
          <NewCaseForm onCancel={() => setCreating(false)} />
        </div>
      ) : null}
      {importing ? (
        <div className="page-pad case-archive-panel">
          <CaseArchiveImport onImported={cases.reload} onClose={() => setImporting(false)} />
        </div>
      ) : null}
      {cases.error ? (
        <div className="page-pad">
          <InlineAlert>{cases.error}</InlineAlert>
        </div>
      ) : null}
      <div className="board">
        {CASE_STATUS_ORDER.map((status) => {
          const column = all.filter((c) => c.status === status);
          return (
            <section className="board__column" key={status} aria-labelledby={`board-${status}`} data-status={status}>
              <h2 className="board__title" id={`board-${status}`}>
                <span className={`board__dot board__dot--${status}`} aria-hidden="true" />
                {caseStatusLabel(status)}
                <span className="board__count">{formatCount(column.length)}</span>
              </h2>
              <ul className="board__cards">
                {column.map((c) => (
                  <li key={c.id}>
                    <a className="case-card case-card--link" href={caseHref(c.id)}>
                      <span className="case-card__name">{c.name}</span>
                      <span className="case-card__meta">
                        {countOf(c.listings, 'listing')}
                        {c.marketplaces.length > 0 ? ` · ${c.marketplaces.map(marketplaceName).join(', ')}` : ''}
                      </span>
                      <span className="case-card__date">Updated {formatDay(c.updatedAt)}</span>
                    </a>
                  </li>
                ))}
                {cases.data && column.length === 0 ? <li className="board__empty">No cases</li> : null}
              </ul>
            </section>
          );
        })}
      </div>
    </div>
  );
}
