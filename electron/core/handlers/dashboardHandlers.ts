// The Dashboard operations of the contract: one per figure set or chart, and the PDF report, over one workspace.
import type { Handlers } from '../../api/contract';
import type { Workspace } from '../db/openWorkspace';
import { caseFunnel, dashboardOptions, findingsByRule, headlineFigures, listingsOverTime, priceVsMsrp, riskHistogram, sellerLocations, takedownsOverTime, topSellerClusters } from '../dashboard/dashboardFigures';
import { renderDashboardReport } from '../dashboard/dashboardReport';

type DashboardOperations = Extract<keyof Handlers, `dashboard.${string}`>;

export function dashboardHandlers(ws: Workspace): Pick<Handlers, DashboardOperations> {
  const { db } = ws;
  return {
    'dashboard.options': () => dashboardOptions(db),
    'dashboard.headline': ({ filter }) => headlineFigures(db, filter),
    'dashboard.listingsOverTime': ({ filter }) => listingsOverTime(db, filter),
    'dashboard.riskHistogram': ({ filter }) => riskHistogram(db, filter),
    'dashboard.priceVsMsrp': ({ filter }) => priceVsMsrp(db, filter),
    'dashboard.sellerClusters': ({ filter }) => topSellerClusters(db, filter),
    'dashboard.findingsByRule': ({ filter }) => findingsByRule(db, filter),
    'dashboard.caseFunnel': ({ filter }) => caseFunnel(db, filter),
    'dashboard.takedownsOverTime': ({ filter }) => takedownsOverTime(db, filter),
    'dashboard.sellerLocations': ({ filter }) => sellerLocations(db, filter),
    'dashboard.reportPdf': async ({ filter }) => {
      const now = new Date();
      const pdf = await renderDashboardReport(db, filter, now, 'Assay');
      return { fileName: `assay-dashboard-${now.toISOString().slice(0, 10)}.pdf`, base64: pdf.toString('base64') };
    },
  };
}
