// The Dashboard as a one-page PDF report for management, drawn with pdfkit on the Node side from the same
// figures the page shows, with the date and the filters printed on it and the CJK-capable font embedded.
import type Database from 'better-sqlite3';
import type { DashboardFilter } from '../../api/dashboardContract';
import { mainBrand } from '../db/catalogRepository';
import { packetFontFiles } from '../packets/pdfFonts';
import { caseFunnel, dashboardOptions, findingsByRule, headlineFigures, listingsOverTime, riskHistogram, sellerLocations, takedownsOverTime, topSellerClusters } from './dashboardFigures';

const W = 841.89; // A4 landscape width, in points
const M = 32;
const INK = '#1f2937';
const MUTED = '#6b7280';
const BLUE = '#4169c8';
const RED = '#c2410c';

type Bar = { label: string; value: number; color?: string };

const count = (n: number) => Math.round(n).toLocaleString('en-US');
const money = (n: number, currency: string) => `${currency} ${Math.round(n).toLocaleString('en-US')}`;
const compactMoney = (n: number, currency: string) => `${currency} ${new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 }).format(n)}`;

/** The filters in words, as printed under the title. */
export function describeFilter(db: Database.Database, f: DashboardFilter): string {
  const options = dashboardOptions(db);
  const parts: string[] = [];
  if (f.brandId) parts.push(`brand ${options.brands.find((b) => b.id === f.brandId)?.name ?? f.brandId}`);
  if (f.productId) {
    const p = options.products.find((x) => x.id === f.productId);
    parts.push(`product ${p ? `${p.sku} ${p.name}` : f.productId}`);
  }
  if (f.marketplace) parts.push(`marketplace ${f.marketplace}`);
  if (f.from || f.to) parts.push(`first seen ${f.from ?? 'start'} to ${f.to ?? 'today'} (whole weeks)`);
  return parts.length ? `Filters: ${parts.join('; ')}` : 'Filters: none (the whole workspace)';
}

function bars(pdf: PDFKit.PDFDocument, x: number, y: number, w: number, h: number, title: string, items: Bar[], format: (n: number) => string = count): void {
  pdf.font('bold').fontSize(9).fillColor(INK).text(title, x, y, { width: w, lineBreak: false });
  const top = y + 14;
  if (items.length === 0) {
    pdf.font('regular').fontSize(8).fillColor(MUTED).text('Nothing to show under these filters.', x, top + 4, { width: w });
    return;
  }
  const rowH = Math.min(14, (h - 14) / items.length);
  const labelW = w * 0.38;
  const max = Math.max(...items.map((i) => i.value), 1);
  items.forEach((item, i) => {
    const ry = top + i * rowH;
    pdf.font('regular').fontSize(Math.min(7.5, rowH - 2)).fillColor(INK).text(item.label, x, ry + 1, { width: labelW - 4, height: rowH, ellipsis: true, lineBreak: false });
    const bw = Math.max(0.5, ((w - labelW - 48) * item.value) / max);
    pdf.rect(x + labelW, ry + 1.5, bw, rowH - 3.5).fill(item.color ?? BLUE);
    pdf.fillColor(MUTED).text(format(item.value), x + labelW + bw + 3, ry + 1, { width: 44, lineBreak: false });
  });
}

export async function renderDashboardReport(db: Database.Database, f: DashboardFilter, now: Date, producer: string): Promise<Buffer> {
  const fonts = packetFontFiles();
  const options = dashboardOptions(db);
  const currency = options.normalisedCurrency;
  const headline = headlineFigures(db, f, now);
  const overTime = listingsOverTime(db, f);
  const risk = riskHistogram(db, f);
  const clusters = topSellerClusters(db, f, 8);
  const rules = findingsByRule(db, f).slice(0, 8);
  const funnel = caseFunnel(db, f);
  const takedowns = takedownsOverTime(db, f);
  const locations = sellerLocations(db, f, 8);
  const brand = mainBrand(db);

  // Loaded when first drawn, as for packets (renderPdf.ts): no CLI command pays for loading pdfkit unless it draws.
  const { default: PDFDocument } = await import('pdfkit');
  const pdf = new PDFDocument({ size: 'A4', layout: 'landscape', margin: M, info: { Title: 'Counterfeit overview', Creator: producer, Producer: producer, CreationDate: now, ModDate: now } });
  pdf.registerFont('regular', fonts.regular);
  pdf.registerFont('bold', fonts.bold);
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  pdf.font('bold').fontSize(16).fillColor(INK).text(`Counterfeit overview${brand ? ` — ${brand.name}` : ''}`, M, M, { lineBreak: false });
  pdf.font('regular').fontSize(8.5).fillColor(MUTED).text(`Report of ${now.toISOString().slice(0, 10)} · ${describeFilter(db, f)} · amounts in ${currency}`, M, M + 22, { width: W - 2 * M, lineBreak: false });

  const figures: [string, string][] = [
    ['Listings under watch', count(headline.listings)],
    ['High-risk listings', headline.scored > 0 ? count(headline.highRisk) : 'not scored'],
    ['Estimated counterfeit sales', money(headline.counterfeitSales, currency)],
    ['Open cases', count(headline.openCases)],
    ['Takedown success', headline.takedowns.rate === null ? 'no outcomes yet' : `${Math.round(headline.takedowns.rate * 100)}% (${headline.takedowns.succeeded} of ${headline.takedowns.decided})`],
    ['Seizure deadlines (30 days)', headline.seizures.available ? count(headline.seizures.upcoming.length) : 'no seizures'],
  ];
  const boxW = (W - 2 * M - 5 * 8) / 6;
  figures.forEach(([label, value], i) => {
    const x = M + i * (boxW + 8);
    pdf.roundedRect(x, M + 40, boxW, 44, 4).lineWidth(0.6).stroke('#dfe2e8');
    pdf.font('bold').fontSize(12).fillColor(INK).text(value, x + 8, M + 47, { width: boxW - 16, lineBreak: false, ellipsis: true });
    pdf.font('regular').fontSize(7.5).fillColor(MUTED).text(label, x + 8, M + 67, { width: boxW - 16, lineBreak: false });
  });

  const colW = (W - 2 * M - 2 * 20) / 3;
  const rowTop = [M + 100, M + 100 + 160, M + 100 + 320];
  const col = (i: number) => M + i * (colW + 20);
  const weekBars = overTime.weeks.slice(-10).map((w) => ({ label: `week of ${w.week}`, value: w.listings }));
  bars(pdf, col(0), rowTop[0]!, colW, 140, 'New listings per week (last 10 weeks)', weekBars);
  bars(pdf, col(1), rowTop[0]!, colW, 140, `Risk score distribution${risk.unscored ? ` (${count(risk.unscored)} not scored)` : ''}`, risk.bins.map((b) => ({ label: `${b.from}–${b.to}`, value: b.listings, color: b.high ? RED : BLUE })));
  bars(pdf, col(2), rowTop[0]!, colW, 140, `Top seller clusters by estimated sales (${currency})`, clusters.map((c) => ({ label: c.label, value: c.estimatedSales })), (n) => compactMoney(n, currency));
  bars(pdf, col(0), rowTop[1]!, colW, 140, 'Findings by rule', rules.map((r) => ({ label: r.rule, value: r.findings })));
  bars(pdf, col(1), rowTop[1]!, colW, 140, 'Cases reaching each stage', funnel.stages.map((s) => ({ label: s.status.replace('_', ' '), value: s.reached })));
  bars(pdf, col(2), rowTop[1]!, colW, 140, 'Listings by seller location', locations.map((l) => ({ label: l.location, value: l.listings })));
  const takedownTotals = takedowns.reduce((t, w) => ({ takenDown: t.takenDown + w.takenDown, rejected: t.rejected + w.rejected, relisted: t.relisted + w.relisted }), { takenDown: 0, rejected: 0, relisted: 0 });
  bars(pdf, col(0), rowTop[2]!, colW, 80, 'Takedown outcomes (listings)', takedowns.length ? [
    { label: 'taken down', value: takedownTotals.takenDown },
    { label: 'rejected', value: takedownTotals.rejected, color: RED },
    { label: 'relisted', value: takedownTotals.relisted, color: '#b45309' },
  ] : []);
  bars(pdf, col(1), rowTop[2]!, colW, 80, 'Case outcomes', funnel.outcomes.map((o) => ({ label: o.outcome.replace(/_/g, ' '), value: o.cases })));
  pdf.font('regular').fontSize(7).fillColor(MUTED).text('Estimated sales: units sold × price in the normalised currency, over listings with a risk score of 60 or more. Produced by Assay from the workspace database.', col(2), rowTop[2]! + 14, { width: colW });
  pdf.end();
  return done;
}
