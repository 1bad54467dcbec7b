// What matching and the automatic checks need from the workspace, read once per piece of work: the genuine
// products (with their MSRP in USD), the brand's GS1 prefixes, the rate table, and a line matcher.
import type Database from 'better-sqlite3';
import type { ProductSummary } from '../../api/contract';
import { listProducts } from '../db/catalogRepository';
import { exchangeRateMap } from '../db/importsRepository';
import { brandContextRows } from '../db/scoringRepository';
import { normalisePrice } from '../imports/values/exchangeRates';
import type { AutoCheckProduct } from './autoChecks';
import { createLineMatcher, type LineMatcher } from './lineMatching';

export interface ExaminationContext {
  products: Map<number, ProductSummary>;
  checkProducts: Map<number, AutoCheckProduct>;
  gs1Prefixes: string[];
  usd(amount: number | null, currency: string | null): number | null;
  matcher: LineMatcher;
}

export function examinationContext(db: Database.Database): ExaminationContext {
  const rates = exchangeRateMap(db);
  const usd = (amount: number | null, currency: string | null) => normalisePrice(amount, currency, rates);
  const list = listProducts(db);
  const checkProducts = new Map<number, AutoCheckProduct>(
    list.map((p) => [
      p.id,
      {
        sku: p.sku, name: p.name, brand: p.brand, msrp: p.msrp, currency: p.currency, msrpUsd: usd(p.msrp, p.currency),
        minAuthorisedPrice: p.minAuthorisedPrice, minAuthorisedPriceUsd: usd(p.minAuthorisedPrice, p.currency),
        colourways: p.colourways, materials: p.materials, gtins: p.gtins, serialPattern: p.serialPattern, neverMadeModels: p.neverMadeModels,
        weightG: p.weightG, lengthMm: p.lengthMm, widthMm: p.widthMm, heightMm: p.heightMm,
      },
    ]),
  );
  return { products: new Map(list.map((p) => [p.id, p])), checkProducts, gs1Prefixes: brandContextRows(db).gs1Prefixes, usd, matcher: createLineMatcher(list) };
}

/** The declared value of one unit in USD, or null when the value, a positive quantity or a rate is missing. */
export function unitValueUsd(context: ExaminationContext, declaredValue: number | null, quantity: number | null, currency: string | null): number | null {
  if (declaredValue === null || quantity === null || quantity <= 0) return null;
  return context.usd(declaredValue / quantity, currency ?? 'USD');
}
