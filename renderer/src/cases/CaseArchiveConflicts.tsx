// The conflicts a case-archive import reports (or would report): a record both workspaces hold with a field that
// differs. The local value is always kept; both are shown so the person can decide whether to edit it by hand.
import type { CaseArchiveConflict } from '../../../electron/api/caseArchiveContract';
import { countOf } from '../format/numberFormat';

const SHOWN = 50;

/** A value as text, cut short: titles and descriptions can be long, and the whole value is in the tooltip. */
function valueText(v: unknown): { short: string; full: string } {
  const full = v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v);
  return { short: full.length > 120 ? `${full.slice(0, 119)}…` : full, full };
}

export function CaseArchiveConflicts(props: { conflicts: CaseArchiveConflict[]; caption: string }) {
  const { conflicts } = props;
  if (conflicts.length === 0) return <p className="muted">No conflicts: nothing in the archive disagrees with this workspace.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table data-table--compact case-archive-conflicts" aria-label={props.caption}>
        <caption className="case-archive-conflicts__caption">
          {countOf(conflicts.length, 'conflict')}; this workspace's value is kept in each.
        </caption>
        <thead>
          <tr>
            <th scope="col">Record</th>
            <th scope="col">Field</th>
            <th scope="col">Here (kept)</th>
            <th scope="col">In the archive</th>
          </tr>
        </thead>
        <tbody>
          {conflicts.slice(0, SHOWN).map((c, i) => {
            const local = valueText(c.local);
            const archive = valueText(c.archive);
            return (
              <tr key={`${c.kind}-${c.subject}-${c.field}-${i}`}>
                <td className="mono">{c.subject}</td>
                <td className="mono">{c.field}</td>
                <td title={local.full}>{local.short}</td>
                <td title={archive.full}>{archive.short}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {conflicts.length > SHOWN ? <p className="hint">… and {countOf(conflicts.length - SHOWN, 'more conflict')}; `assay case import --json` lists them all.</p> : null}
    </div>
  );
}
