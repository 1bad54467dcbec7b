// The Clusters view of the Sellers page: seller accounts linked by shared contacts, largest estimated sales first.
// Each row expands to its sellers and the shared contacts that link them, which are the evidence for the grouping.
import { Fragment, useState } from 'react';
import type { SellerCluster } from '../../../electron/api/contract';
import { LoadingRows } from '../components/LoadingRows';
import { marketplaceName } from '../format/marketplaceNames';
import { formatCount } from '../format/numberFormat';
import { clusterTitle, formatEstimatedSales, linkEvidenceParts, linkKinds, sellerLinkKinds } from './clusterPresentation';

const COLUMNS = 6;

interface Props {
  clusters: SellerCluster[];
  loading: boolean;
}

export function SellerClusters({ clusters, loading }: Props) {
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number) =>
    setOpen((previous) => {
      const next = new Set(previous);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <div className="table-wrap">
      <table className="data-table cluster-table">
        <caption className="visually-hidden">Seller clusters, largest estimated sales first</caption>
        <thead>
          <tr>
            <th scope="col">Cluster</th>
            <th scope="col" className="numeric">
              Sellers
            </th>
            <th scope="col" className="cluster-table__marketplaces">
              Marketplaces
            </th>
            <th scope="col" className="numeric">
              Listings
            </th>
            <th scope="col" className="numeric">
              Est. sales (USD)
            </th>
            <th scope="col">Linked by</th>
          </tr>
        </thead>
        <tbody>
          {loading && clusters.length === 0 ? <LoadingRows columns={COLUMNS} rows={6} /> : null}
          {clusters.map((cluster) => {
            const isOpen = open.has(cluster.id);
            const { lead, more } = clusterTitle(cluster);
            const detailId = `cluster-${cluster.id}-detail`;
            return (
              <Fragment key={cluster.id}>
                <tr className={`cluster-row${isOpen ? ' is-open' : ''}`}>
                  <td>
                    <button type="button" className="cluster-toggle" aria-expanded={isOpen} aria-controls={isOpen ? detailId : undefined} onClick={() => toggle(cluster.id)}>
                      <span className="cluster-toggle__caret" aria-hidden="true">
                        {isOpen ? '▾' : '▸'}
                      </span>
                      <span className="strong">{lead}</span>
                      {more > 0 ? <span className="muted"> and {formatCount(more)} more</span> : null}
                    </button>
                  </td>
                  <td className="numeric">{formatCount(cluster.sellers.length)}</td>
                  <td>
                    <MarketplaceTags marketplaces={cluster.marketplaces} />
                  </td>
                  <td className="numeric">{formatCount(cluster.listings)}</td>
                  <td className="numeric">{formatEstimatedSales(cluster.estimatedSales)}</td>
                  <td className="muted">{linkKinds(cluster)}</td>
                </tr>
                {isOpen ? (
                  <tr className="cluster-detail" id={detailId}>
                    <td colSpan={COLUMNS}>
                      <ClusterDetail cluster={cluster} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function MarketplaceTags({ marketplaces }: { marketplaces: readonly string[] }) {
  return (
    <ul className="tag-list" aria-label={`${marketplaces.length} marketplaces`}>
      {marketplaces.map((m) => (
        <li key={m} className="tag">
          {marketplaceName(m)}
        </li>
      ))}
    </ul>
  );
}

function ClusterDetail({ cluster }: { cluster: SellerCluster }) {
  const names = new Map(cluster.sellers.map((s) => [s.id, s.name || s.sellerRef || `Seller ${s.id}`]));
  return (
    <div className="cluster-detail__body">
      <section aria-label="Shared contacts">
        <h3 className="section-label">Shared contacts (evidence)</h3>
        <ul className="evidence-list">
          {cluster.links.map((link) => {
            const { kind, value, sharedBy } = linkEvidenceParts(link);
            return (
              <li key={`${link.kind}-${link.value}`} className="evidence-list__item">
                <span>
                  <span className="evidence-list__kind">{kind}</span> <span className="mono">{value}</span> <span className="muted">{sharedBy}</span>
                </span>
                <span className="evidence-list__sellers">{link.sellerIds.map((id) => names.get(id) ?? `Seller ${id}`).join(' · ')}</span>
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-label="Sellers in the cluster">
        <h3 className="section-label">Sellers</h3>
        <table className="data-table data-table--compact cluster-sellers">
          <thead>
            <tr>
              <th scope="col">Marketplace</th>
              <th scope="col">Name</th>
              <th scope="col">Reference</th>
              <th scope="col" className="numeric">
                Listings
              </th>
              <th scope="col" className="numeric">
                Est. sales (USD)
              </th>
              <th scope="col">Linked by</th>
            </tr>
          </thead>
          <tbody>
            {cluster.sellers.map((s) => (
              <tr key={s.id}>
                <td>{marketplaceName(s.marketplace)}</td>
                <td className="strong">{s.name || '—'}</td>
                <td className="mono">{s.sellerRef || '—'}</td>
                <td className="numeric">{formatCount(s.listings)}</td>
                <td className="numeric">{formatEstimatedSales(s.estimatedSales)}</td>
                <td className="muted">{sellerLinkKinds(s.id, cluster.links).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
