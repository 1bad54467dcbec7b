// The application shell: navigation, the integrity banner, and the page for the current hash route.
// In a browser whose token was refused, the whole window explains how to open the proper link instead.
import { useEffect, useSyncExternalStore } from 'react';
import { isUnauthorized, onEvent, onUnauthorized } from './api/client';
import { CasesPage } from './cases/CasesPage';
import { InlineAlert } from './components/InlineAlert';
import { DashboardPage } from './dashboard/DashboardPage';
import { ImportsPage } from './imports/ImportsPage';
import { ListingsPage } from './listings/ListingsPage';
import { ProductsPage } from './products/ProductsPage';
import { parseRoute, routeHref, useHash, type Route } from './routing/hashRoute';
import { SeizuresPage } from './seizures/SeizuresPage';
import { SellersPage } from './sellers/SellersPage';
import { SettingsPage } from './settings/SettingsPage';
import { IntegrityBanner } from './shell/IntegrityBanner';
import { LinkRequiredPage } from './shell/LinkRequiredPage';
import { Sidebar } from './shell/Sidebar';
import { useWorkspace } from './workspace/workspaceStore';

const PAGE_TITLES: Record<string, string> = {
  dashboard: 'Dashboard',
  listings: 'Listings',
  sellers: 'Sellers',
  products: 'Products',
  cases: 'Cases',
  seizures: 'Seizures',
  imports: 'Imports',
  settings: 'Settings',
};

export function App() {
  const unauthorized = useSyncExternalStore(onUnauthorized, isUnauthorized);
  const route = parseRoute(useHash());
  const { info, error, load } = useWorkspace();

  useEffect(() => {
    void load();
  }, [load]);

  // A restored backup replaced the workspace under every page: start again from it, on the same route.
  useEffect(() => onEvent('workspace.replaced', () => window.location.reload()), []);

  useEffect(() => {
    const page = route.page === 'not-found' ? 'Not found' : PAGE_TITLES[route.page];
    document.title = info?.brand ? `${page} — ${info.brand.name} — Assay` : `${page} — Assay`;
  }, [route.page, info]);

  if (unauthorized) return <LinkRequiredPage />;

  return (
    <div className="app">
      <Sidebar current={route.page === 'not-found' ? null : route.page} info={info} />
      <div className="app__content">
        {info ? <IntegrityBanner problems={info.integrityProblems} /> : null}
        {error ? (
          <div className="app__alert">
            <InlineAlert title="The workspace could not be read." action={<button type="button" className="button button--small" onClick={() => void load()}>Retry</button>}>
              {error}
            </InlineAlert>
          </div>
        ) : null}
        <main className="app__page" key={route.page}>
          <PageFor route={route} />
        </main>
      </div>
    </div>
  );
}

function PageFor({ route }: { route: Route }) {
  switch (route.page) {
    case 'dashboard':
      return <DashboardPage />;
    case 'listings':
      return <ListingsPage openId={route.listingId} />;
    case 'sellers':
      return <SellersPage />;
    case 'products':
      return <ProductsPage />;
    case 'cases':
      return <CasesPage openCaseId={route.caseId ?? null} />;
    case 'seizures':
      return <SeizuresPage />;
    case 'imports':
      return <ImportsPage />;
    case 'settings':
      return <SettingsPage />;
    case 'not-found':
      return (
        <div className="page-pad">
          <InlineAlert tone="warning" title="There is no page here.">
            Nothing lives at “{route.path}”. <a href={routeHref('listings')}>Go to Listings</a>.
          </InlineAlert>
        </div>
      );
  }
}
