// The left navigation: the workspace's brand at the top, one link per page (with counts where the
// workspace knows them), the current page marked with aria-current, and a running import's progress.
import type { ReactNode } from 'react';
import type { WorkspaceInfo } from '../../../electron/api/contract';
import { formatCount } from '../format/numberFormat';
import { RunningImportIndicator } from '../imports/RunningImportIndicator';
import { routeHref, type PageName } from '../routing/hashRoute';

interface NavItem {
  page: PageName;
  label: string;
  count?: (info: WorkspaceInfo) => number;
  /** Not built yet: shown, but marked as coming. */
  later?: boolean;
  /** A live mark beside the label (the running import). */
  indicator?: () => ReactNode;
}

const SECTIONS: { label: string; items: NavItem[] }[] = [
  {
    label: 'Review',
    items: [
      { page: 'dashboard', label: 'Dashboard' },
      { page: 'listings', label: 'Listings', count: (i) => i.counts.listings },
      { page: 'sellers', label: 'Sellers', count: (i) => i.counts.sellers },
      { page: 'products', label: 'Products', count: (i) => i.counts.products },
      { page: 'cases', label: 'Cases', count: (i) => i.counts.cases },
    ],
  },
  {
    label: 'Workspace',
    items: [
      { page: 'seizures', label: 'Seizures' },
      { page: 'imports', label: 'Imports', indicator: () => <RunningImportIndicator /> },
      { page: 'settings', label: 'Settings' },
    ],
  },
];

export function Sidebar(props: { current: PageName | null; info: WorkspaceInfo | null }) {
  const brand = props.info?.brand;
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="sidebar__workspace">
        <div className="sidebar__mark" aria-hidden="true">
          {(brand?.name ?? 'A').slice(0, 1).toUpperCase()}
        </div>
        <div className="sidebar__names">
          <span className="sidebar__brand">{brand?.name ?? (props.info ? 'No brand yet' : 'Assay')}</span>
          <span className="sidebar__product">{brand?.ownerName ? brand.ownerName : 'Assay workspace'}</span>
        </div>
      </div>
      {SECTIONS.map((section) => (
        <div className="sidebar__section" key={section.label}>
          <span className="sidebar__section-label">{section.label}</span>
          <ul className="sidebar__list">
            {section.items.map((item) => (
              <li key={item.page}>
                <a className="sidebar__link" href={routeHref(item.page)} aria-current={props.current === item.page ? 'page' : undefined}>
                  <span>{item.label}</span>
                  {item.count && props.info ? <span className="sidebar__count">{formatCount(item.count(props.info))}</span> : null}
                  {item.later ? <span className="sidebar__later">Soon</span> : null}
                  {item.indicator ? item.indicator() : null}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
