// Generates any one demo listing from (seed, position) alone, with its ground truth, so a million listings
// can be streamed into a database without holding them, and a test can regenerate the truth for any of them.
import type { NewListing } from '../db/listingsRepository';
import type { ListingStatus } from '../../api/contract';
import { DEMO_PRODUCTS, officialImageUrl, type DemoProduct } from './demoCatalog';
import { brandText, counterfeitTitle, genuineTitle, listingDescription, type BrandForm, type DemoLanguage } from './demoListingText';
import { demoImageUrl, demoItemNumber, demoListingUrl, displayedPrice, displayedUnitsSold, scrapedRow, type DemoMarketplace } from './demoMarketplaces';
import { fromUsd, ratesAt, roundToCents, toUsd, type DemoCurrency } from './demoRates';
import type { DemoSeller, SellerRole } from './demoSellers';
import { createRandom, mixSeed, weightedTable, type Random, type WeightedTable } from './random';

/** The fixed window in which the demo's listings were seen (UTC); cases are opened after it. */
export const DEMO_WINDOW = { start: '2025-01-06T00:00:00.000Z', end: '2025-06-27T23:59:59.000Z' } as const;

/** A listing as written to the database, with its seller as a position in the demo's seller list. */
export type DemoListing = Omit<NewListing, 'seller_id'> & { sellerIndex: number };

/** What the listing really is, for evaluating a matcher: never written to the workspace. */
export interface DemoListingTruth {
  marketplace: DemoMarketplace;
  listingId: string;
  /** The genuine product the listing is, or imitates. */
  sku: string;
  colourway: string;
  counterfeit: boolean;
  sellerRole: SellerRole;
  condition: 'new' | 'pre_owned';
  /** The model that never existed which the listing offers, when it does. */
  neverMadeModel: string | null;
  /** How the title writes the brand (genuine listings always write it exactly). */
  brandForm: BrandForm;
}

const MARKETPLACE_SHARE: readonly (readonly [DemoMarketplace, number])[] = [
  ['alibaba', 14], ['aliexpress', 24], ['taobao', 18], ['dhgate', 16], ['amazon', 12], ['ebay', 16],
];

/** The share of each marketplace's listings that are counterfeit (DHgate has no genuine seller at all). */
const COUNTERFEIT_SHARE: Record<DemoMarketplace, number> = { alibaba: 0.95, aliexpress: 0.85, taobao: 0.75, dhgate: 1, amazon: 0.35, ebay: 0.5 };

/** Of the genuine listings, the share sold by authorised sellers rather than grey-market resellers. */
const AUTHORISED_SHARE: Record<DemoMarketplace, number> = { alibaba: 0.3, aliexpress: 0.6, taobao: 0.35, dhgate: 0, amazon: 0.6, ebay: 0.3 };

const COUNTERFEIT_LANGUAGES: Record<DemoMarketplace, readonly (readonly [DemoLanguage, number])[]> = {
  alibaba: [['en', 85], ['zh', 15]],
  aliexpress: [['en', 50], ['es', 12], ['pt', 10], ['tr', 6], ['vi', 5], ['fr', 7], ['ru', 10]],
  taobao: [['zh', 100]],
  dhgate: [['en', 88], ['es', 4], ['pt', 5], ['vi', 3]],
  amazon: [['en', 95], ['es', 5]],
  ebay: [['en', 66], ['fr', 8], ['de', 10], ['it', 6], ['tr', 6], ['es', 4]],
};

const GENUINE_LANGUAGES: Record<DemoMarketplace, readonly (readonly [DemoLanguage, number])[]> = {
  alibaba: [['en', 1]],
  aliexpress: [['en', 1]],
  taobao: [['zh', 1]],
  dhgate: [['en', 1]],
  amazon: [['en', 1]],
  ebay: [['en', 70], ['fr', 12], ['de', 10], ['it', 8]],
};

const BRAND_FORMS: Record<'zh' | 'other', readonly (readonly [BrandForm, number])[]> = {
  zh: [['exact', 35], ['chinese', 30], ['hidden', 15], ['misspelt', 10], ['lookalike', 5], ['upper', 5]],
  other: [['exact', 40], ['upper', 12], ['misspelt', 14], ['lookalike', 10], ['hidden', 18], ['chinese', 6]],
};

/** The scraped "brand" attribute: counterfeits rarely fill it with the real brand. */
const COUNTERFEIT_BRAND_FIELD: Record<DemoMarketplace, readonly string[]> = {
  alibaba: ['OEM', 'Custom', 'Other', '', 'OEM/ODM'],
  aliexpress: ['NoEnName_Null', 'OEM', 'Unbranded', 'NoEnName_Null', ''],
  taobao: ['其他/other', '', 'other/其他'],
  dhgate: ['', 'OEM', 'Other'],
  amazon: ['Generic', 'Unbranded', 'Generic'],
  ebay: ['Unbranded', 'Corvanne', 'Does not apply', 'Unbranded'],
};

const WINDOW_START_S = Date.parse(DEMO_WINDOW.start) / 1000;
const WINDOW_SPAN_S = Date.parse(DEMO_WINDOW.end) / 1000 - WINDOW_START_S;
const WINDOW_DAYS = Array.from({ length: Math.ceil(WINDOW_SPAN_S / 86400) + 1 }, (_, d) => new Date((WINDOW_START_S + d * 86400) * 1000).toISOString().slice(0, 10));
const twoDigits = (n: number) => (n < 10 ? `0${n}` : String(n));

/** ISO-8601 for a second inside the window; Date#toISOString is too slow to call three million times. */
function iso(seconds: number): string {
  const offset = seconds - WINDOW_START_S;
  const day = Math.floor(offset / 86400);
  const inDay = offset - day * 86400;
  return `${WINDOW_DAYS[day]}T${twoDigits(Math.floor(inDay / 3600))}:${twoDigits(Math.floor((inDay % 3600) / 60))}:${twoDigits(inDay % 60)}.000Z`;
}

/** The first draws of a listing, which decide what it is; the cases pick their listings from these. */
export interface ListingSkeleton {
  marketplace: DemoMarketplace;
  counterfeit: boolean;
  product: DemoProduct;
  sellerIndex: number;
}

export interface DemoListingSource {
  readonly count: number;
  skeleton(index: number): ListingSkeleton;
  /** The full listing; a status given by a case overrides the listing's own. */
  listing(index: number, statusOverride?: ListingStatus): { listing: DemoListing; truth: DemoListingTruth };
}

export function demoListingSource(seed: number, count: number, sellers: readonly DemoSeller[]): DemoListingSource {
  const marketplaces = weightedTable(MARKETPLACE_SHARE);
  const products = weightedTable(DEMO_PRODUCTS.map((p) => [p, p.demoPopularity] as const));
  const sellerTables = new Map<string, WeightedTable<number> | null>();
  for (const [marketplace] of MARKETPLACE_SHARE) {
    for (const role of ['authorised', 'grey', 'counterfeit'] as const) {
      const entries = sellers.flatMap((s, i) => (s.marketplace === marketplace && s.role === role ? [[i, s.listingWeight] as const] : []));
      sellerTables.set(marketplace + role, entries.length ? weightedTable(entries) : null);
    }
  }
  const sellersOf = (marketplace: DemoMarketplace, role: SellerRole): WeightedTable<number> | null => sellerTables.get(marketplace + role) ?? null;
  const languages = new Map<string, WeightedTable<DemoLanguage>>();
  for (const [m] of MARKETPLACE_SHARE) {
    languages.set(`${m}:counterfeit`, weightedTable(COUNTERFEIT_LANGUAGES[m]));
    languages.set(`${m}:genuine`, weightedTable(GENUINE_LANGUAGES[m]));
  }
  const brandForms = { zh: weightedTable(BRAND_FORMS.zh), other: weightedTable(BRAND_FORMS.other) };

  const draw = (index: number): ListingSkeleton & { random: Random; role: SellerRole } => {
    const random = createRandom(mixSeed(seed, index, 0x1157));
    const marketplace = marketplaces.pick(random);
    let counterfeit = random.chance(COUNTERFEIT_SHARE[marketplace]);
    const product = products.pick(random);
    let role: SellerRole = counterfeit ? 'counterfeit' : random.chance(AUTHORISED_SHARE[marketplace]) ? 'authorised' : 'grey';
    let table = sellersOf(marketplace, role);
    if (!table && role === 'grey') {
      role = 'authorised';
      table = sellersOf(marketplace, role);
    }
    if (!table) {
      // No genuine seller of that kind on this marketplace: the listing is a counterfeit after all.
      counterfeit = true;
      role = 'counterfeit';
      table = sellersOf(marketplace, 'counterfeit') as WeightedTable<number>;
    }
    return { marketplace, counterfeit, product, sellerIndex: table.pick(random), random, role };
  };

  return {
    count,
    skeleton: (index) => {
      const { marketplace, counterfeit, product, sellerIndex } = draw(index);
      return { marketplace, counterfeit, product, sellerIndex };
    },
    listing(index, statusOverride) {
      const { marketplace, counterfeit, product, sellerIndex, random, role } = draw(index);
      const seller = sellers[sellerIndex] as DemoSeller;
      const colourIndex = random.int(0, product.colourways.length - 1);
      const colour = product.colourways[colourIndex] as string;
      const neverMadeModel = counterfeit && random.chance(0.08) ? random.pick(product.neverMadeModels) : null;
      const language = (languages.get(`${marketplace}:${counterfeit ? 'counterfeit' : 'genuine'}`) as WeightedTable<DemoLanguage>).pick(random);
      const condition: 'new' | 'pre_owned' = role === 'grey' && (marketplace === 'ebay' ? random.chance(0.7) : marketplace === 'taobao' ? random.chance(0.3) : false) ? 'pre_owned' : 'new';

      // When: first seen somewhere in the window, last seen (and captured) later in it.
      const firstSeenS = WINDOW_START_S + random.int(0, WINDOW_SPAN_S - 3600);
      const lastSeenS = firstSeenS + random.int(0, WINDOW_START_S + WINDOW_SPAN_S - firstSeenS);
      const firstSeen = iso(firstSeenS);
      const lastSeen = iso(lastSeenS);

      const currency = listingCurrency(random, marketplace, language);
      const pricing = listingPrice(random, marketplace, product, currency, lastSeen, counterfeit ? 'counterfeit' : condition === 'pre_owned' ? 'pre_owned' : role);
      const priceNormalised = toUsd(pricing.price, currency, lastSeen);

      const brandForm: BrandForm = counterfeit ? brandForms[language === 'zh' ? 'zh' : 'other'].pick(random) : 'exact';
      const title = counterfeit
        ? counterfeitTitle({
            random,
            language,
            marketplace,
            kind: product.kind,
            brand: brandText(random, brandForm, language),
            model: neverMadeModel ?? modelAsWritten(random, product),
            colour,
            wording: counterfeitWording(random, marketplace),
          })
        : genuineTitle({ random, language, product, colour, condition, authorised: role === 'authorised' });
      // Most exports come from search-result pages (one image, no description); the rest from item pages.
      const itemPage = random.chance(0.45);
      const description = itemPage ? listingDescription({ random, language, product, colourIndex, counterfeit, condition, marketplace, minOrder: pricing.minOrder }) : '';
      const brandField = counterfeit ? random.pick(COUNTERFEIT_BRAND_FIELD[marketplace]) : 'Corvanne';

      const imageUrls: string[] = [];
      const imageCount = itemPage ? random.int(2, 5) : 1;
      for (let view = 0; view < imageCount; view += 1) {
        const official = random.chance(role === 'authorised' ? 0.8 : counterfeit ? 0.12 : 0.25);
        imageUrls.push(official ? officialImageUrl(product, colourIndex, view + 1) : demoImageUrl(marketplace, random, seller.sellerRef));
      }

      // Dear goods sell in smaller numbers: without this a few costly fakes dominate every sales estimate.
      const drawnUnits = listingUnitsSold(random, marketplace, counterfeit);
      const unitsSold = drawnUnits === null ? null : Math.round(drawnUnits * Math.min(1, UNITS_PRICE_SCALE_USD / Math.max(priceNormalised, 1)));
      const status = statusOverride ?? ownStatus(random, counterfeit);
      const itemNumber = demoItemNumber(marketplace, index, seed);
      const url = demoListingUrl(marketplace, itemNumber, `${product.name} ${product.category}`, language, currency);

      const listing: DemoListing = {
        marketplace,
        listing_id: itemNumber,
        url,
        title,
        description,
        brand: brandField,
        price: pricing.price,
        price_max: pricing.priceMax,
        currency,
        price_normalised: priceNormalised,
        sellerIndex,
        seller_name: seller.name,
        seller_location: seller.location,
        image_urls: imageUrls,
        units_sold: unitsSold,
        language,
        status,
        captured_at: lastSeen,
        first_seen: firstSeen,
        last_seen: lastSeen,
        raw: scrapedRow(marketplace, {
          itemNumber,
          url,
          title,
          description,
          brandField,
          price: displayedPrice(marketplace, pricing.price, pricing.priceMax, currency, language),
          currency,
          sellerName: seller.name,
          sellerRef: seller.sellerRef,
          sellerLocation: seller.location,
          sellerLocationShown: seller.locationShown,
          unitsSold: displayedUnitsSold(marketplace, unitsSold),
          minOrder: pricing.minOrder,
          imageUrls,
          capturedAt: lastSeen,
        }),
      };
      const truth: DemoListingTruth = {
        marketplace,
        listingId: itemNumber,
        sku: product.sku,
        colourway: colour,
        counterfeit,
        sellerRole: role,
        condition,
        neverMadeModel,
        brandForm,
      };
      return { listing, truth };
    },
  };
}

function listingCurrency(random: Random, marketplace: DemoMarketplace, language: DemoLanguage): DemoCurrency {
  switch (marketplace) {
    case 'alibaba':
      return language === 'zh' || random.chance(0.25) ? 'CNY' : 'USD';
    case 'taobao':
      return 'CNY';
    case 'aliexpress':
      return language === 'es' || language === 'fr' ? 'EUR' : 'USD';
    case 'ebay':
      if (['fr', 'de', 'it', 'es'].includes(language)) return 'EUR';
      return random.chance(0.15) ? 'GBP' : 'USD';
    default:
      return 'USD';
  }
}

type Wording = 'strong' | 'soft' | 'claims_authentic';
const CAUTIOUS_WORDING = weightedTable<Wording>([['strong', 35], ['soft', 30], ['claims_authentic', 35]]);
const OPEN_WORDING = weightedTable<Wording>([['strong', 72], ['soft', 20], ['claims_authentic', 8]]);

/** Counterfeiters on Amazon and eBay avoid the words that trigger removals; elsewhere they advertise them. */
function counterfeitWording(random: Random, marketplace: DemoMarketplace): Wording {
  return (marketplace === 'amazon' || marketplace === 'ebay' ? CAUTIOUS_WORDING : OPEN_WORDING).pick(random);
}

/** The model as a counterfeit title names it: the full name, the family, or the first alias. */
function modelAsWritten(random: Random, product: DemoProduct): string {
  const r = random.next();
  return r < 0.5 ? product.name : r < 0.8 ? product.family : (product.aliases[0] as string);
}

type PriceKind = 'counterfeit' | 'authorised' | 'grey' | 'pre_owned';

/** The share of MSRP each kind of listing asks: fakes at 5–30 %, authorised sellers near MSRP. */
const PRICE_SHARE: Record<PriceKind, readonly [number, number]> = {
  counterfeit: [0.05, 0.3],
  authorised: [0.95, 1.0],
  grey: [0.72, 0.9],
  pre_owned: [0.45, 0.8],
};

function listingPrice(random: Random, marketplace: DemoMarketplace, product: DemoProduct, currency: DemoCurrency, at: string, kind: PriceKind): { price: number; priceMax: number | null; minOrder: number | null } {
  const msrpUsd = product.currency === 'USD' ? product.msrp : product.msrp * ratesAt(at).usdPer[product.currency];
  const [low, high] = PRICE_SHARE[kind];
  // Wholesale marketplaces quote the unit price at volume, the low end of the range.
  const share = kind === 'counterfeit' && (marketplace === 'alibaba' || marketplace === 'dhgate') ? random.between(low, 0.15) : random.between(low, high);
  const amount = fromUsd(msrpUsd * share, currency, at);
  const price = sellerRounding(random, marketplace, currency, amount);
  const wholesale = marketplace === 'alibaba' || marketplace === 'dhgate';
  const priceMax = wholesale && random.chance(0.85) ? roundToCents(price * random.between(1.15, 1.9)) : null;
  const minOrder = marketplace === 'alibaba' ? random.pick([1, 2, 5, 10, 20, 50, 100]) : marketplace === 'dhgate' ? random.pick([1, 1, 1, 2, 5]) : null;
  return { price, priceMax, minOrder };
}

/** Prices as sellers set them: ¥168 and ¥298 on Taobao, $129.99 on Amazon, two decimals elsewhere. */
function sellerRounding(random: Random, marketplace: DemoMarketplace, currency: DemoCurrency, amount: number): number {
  if (currency === 'CNY' && marketplace === 'taobao') {
    const whole = Math.max(1, Math.round(amount));
    return whole >= 100 && random.chance(0.6) ? Math.floor(whole / 10) * 10 + 8 : whole;
  }
  if (marketplace === 'amazon' || (marketplace === 'ebay' && random.chance(0.5))) return Math.max(1, Math.ceil(amount)) - 0.01;
  if (marketplace === 'ebay') return Math.max(1, Math.round(amount));
  return Math.max(0.5, roundToCents(amount));
}

/** Above this price in US dollars, units sold shrink in proportion to the price. */
const UNITS_PRICE_SCALE_USD = 150;

function listingUnitsSold(random: Random, marketplace: DemoMarketplace, counterfeit: boolean): number | null {
  const heavyTail = (max: number) => {
    const r = random.next();
    return Math.floor(r * r * r * max);
  };
  switch (marketplace) {
    case 'alibaba':
      return random.chance(0.3) ? null : heavyTail(counterfeit ? 5000 : 300);
    case 'aliexpress':
      return heavyTail(counterfeit ? 12000 : 400);
    case 'taobao':
      return heavyTail(counterfeit ? 20000 : 600);
    case 'dhgate':
      return heavyTail(3000);
    case 'amazon':
      return random.chance(0.3) ? null : heavyTail(counterfeit ? 2000 : 800);
    case 'ebay':
      return heavyTail(counterfeit ? 300 : 20);
  }
}

/** Listings outside cases: mostly new, some already triaged. */
function ownStatus(random: Random, counterfeit: boolean): ListingStatus {
  const r = random.next();
  if (counterfeit) return r < 0.88 ? 'new' : r < 0.96 ? 'suspect' : 'infringing';
  return r < 0.88 ? 'new' : 'not_infringing';
}
