// Cases from cases.list on a read-only board with one column per stage (draft → resolved).
// Creating and moving cases arrives with case work; the board shows what the workspace holds today.
import { useOperation } from '../api/useOperation';
import { InlineAlert } from '../components/InlineAlert';
import { PageHeader } from '../components/PageHeader';
import { formatDay } from '../format/dateFormat';
import { marketplaceName } from '../format/marketplaceNames';
import { countOf, formatCount } from '../format/numberFormat';
import { CASE_STATUS_ORDER, caseStatusLabel } from '../format/statusLabels';

export function CasesPage() {
  const cases = useOperation('cases.list', {});
  const all = cases.data ?? [];
  return (
    <div className="page">
      <PageHeader
        title="Cases"
        subtitle={`${cases.data ? `${countOf(all.length, 'case')}. ` : ''}Read-only for now: building cases, evidence and packets arrives with case work.`}
      />
      {cases.error ? (
        <div className="page-pad">
          <InlineAlert>{cases.error}</InlineAlert>
        </div>
      ) : null}
      <div className="board">
        {CASE_STATUS_ORDER.map((status) => {
          const column = all.filter((c) => c.status === status);
          return (
            <section className="board__column" key={status} aria-labelledby={`board-${status}`}>
              <h2 className="board__title" id={`board-${status}`}>
                <span className={`board__dot board__dot--${status}`} aria-hidden="true" />
                {caseStatusLabel(status)}
                <span className="board__count">{formatCount(column.length)}</span>
              </h2>
              <ul className="board__cards">
                {column.map((c) => (
                  <li key={c.id} className="case-card">
                    <span className="case-card__name">{c.name}</span>
                    <span className="case-card__meta">
                      {countOf(c.listings, 'listing')}
                      {c.marketplaces.length > 0 ? ` · ${c.marketplaces.map(marketplaceName).join(', ')}` : ''}
                    </span>
                    <span className="case-card__date">Updated {formatDay(c.updatedAt)}</span>
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
