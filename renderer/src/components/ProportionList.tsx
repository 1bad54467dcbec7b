// A compact list of labelled counts with a thin bar showing each one's share of the largest,
// for breakdowns too small to deserve a chart (statuses, case stages).
import type { ReactNode } from 'react';
import { formatCount } from '../format/numberFormat';

export interface ProportionItem {
  key: string;
  label: ReactNode;
  count: number;
}

export function ProportionList({ items, label }: { items: ProportionItem[]; label: string }) {
  const largest = Math.max(1, ...items.map((i) => i.count));
  return (
    <table className="proportion-list">
      <caption className="visually-hidden">{label}</caption>
      <tbody>
        {items.map((item) => (
          <tr key={item.key}>
            <th scope="row" className="proportion-list__label">
              {item.label}
            </th>
            <td className="proportion-list__bar-cell" aria-hidden="true">
              <span className="proportion-list__bar" style={{ width: `${(item.count / largest) * 100}%` }} />
            </td>
            <td className="proportion-list__count">{formatCount(item.count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
