// The demo's three cases, each at a different stage (submitted, ready, draft), filled with counterfeit listings
// chosen from the listings' first draws, with the history a reviewer would have recorded along the way.
import type { CaseStatus, ListingStatus } from '../../api/contract';
import type { ProductKind } from './demoCatalog';
import type { DemoListingSource, ListingSkeleton } from './demoListings';
import type { DemoMarketplace } from './demoMarketplaces';
import { createRandom, mixSeed, type Random } from './random';

export const DEMO_REVIEWER = 'Aline Moreau (Brightline IP)';

export interface DemoCaseListing {
  /** Position of the listing in the demo (its database id is index + 1 in a fresh workspace). */
  index: number;
  reason: string;
  outcome: 'taken_down' | null;
  addedAt: string;
  /** The status the listing has because it is in this case. */
  status: ListingStatus;
}

/** One entry of a case's history; listings are named by position and turned into database ids when written. */
export interface DemoCaseEvent {
  at: string;
  action: 'case.created' | 'case.listings_added' | 'case.status_changed' | 'case.submitted' | 'case.listing_outcome';
  listingIndexes: number[];
  details: Record<string, unknown>;
}

export interface DemoCase {
  name: string;
  status: CaseStatus;
  notes: string;
  createdAt: string;
  updatedAt: string;
  listings: DemoCaseListing[];
  events: DemoCaseEvent[];
}

const PLATFORM_REASON: Record<DemoMarketplace, string> = {
  alibaba: 'Counterfeit (Alibaba IPP)',
  aliexpress: 'Counterfeit (Alibaba IPP – AliExpress)',
  taobao: 'Counterfeit (Alibaba IPP – Taobao)',
  dhgate: 'Counterfeit (DHgate IPR complaint)',
  amazon: 'Counterfeit (Amazon Report Infringement)',
  ebay: 'eBay VeRO 1.1 Counterfeit',
};

interface CaseSpec {
  name: string;
  stage: 'submitted' | 'ready' | 'draft';
  marketplaces: readonly DemoMarketplace[];
  kinds: readonly ProductKind[];
  size: number;
  /** When the case was opened (UTC); the seed adds up to two hours. */
  opened: string;
  notes: string;
}

const SPECS: readonly CaseSpec[] = [
  {
    name: 'Aurelle and Sable replicas – Alibaba group marketplaces',
    stage: 'submitted',
    marketplaces: ['alibaba', 'aliexpress', 'taobao'],
    kinds: ['bag'],
    size: 24,
    opened: '2025-06-28T09:00:00.000Z',
    notes: 'Submitted through the Alibaba IP Protection Platform as one complaint batch. A test buy from the largest Guangzhou supplier is on its way.',
  },
  {
    name: 'Meridian and Abysse watch copies on eBay',
    stage: 'ready',
    marketplaces: ['ebay'],
    kinds: ['watch'],
    size: 15,
    opened: '2025-06-30T10:00:00.000Z',
    notes: 'Every listing quotes a price under 30 % of MSRP or a serial off the Meridian/Abysse format. Ready for a VeRO report.',
  },
  {
    name: 'Riviera sneaker fakes – DHgate and Amazon sweep',
    stage: 'draft',
    marketplaces: ['dhgate', 'amazon'],
    kinds: ['sneaker'],
    size: 20,
    opened: '2025-07-03T11:00:00.000Z',
    notes: 'First pass of the Putian sneaker sellers; several share a WhatsApp number across DHgate and Amazon.',
  },
];

const plusMinutes = (isoTime: string, minutes: number) => new Date(Date.parse(isoTime) + minutes * 60_000).toISOString();

/**
 * Finds counterfeit listings for a case: first those matching its marketplaces and product kinds, then any counterfeit
 * on its marketplaces, then any counterfeit. It probes up to 4,096 positions spread over all listings before scanning
 * them one by one, so a million-listing demo does not read every listing to fill three cases.
 */
function chooseListings(source: DemoListingSource, spec: CaseSpec, taken: Set<number>, random: Random): number[] {
  const n = source.count;
  const chosen: number[] = [];
  if (n === 0) return chosen;
  const tiers: ((s: ListingSkeleton) => boolean)[] = [
    (s) => s.counterfeit && spec.marketplaces.includes(s.marketplace) && spec.kinds.includes(s.product.kind),
    (s) => s.counterfeit && spec.marketplaces.includes(s.marketplace),
    (s) => s.counterfeit,
  ];
  const start = random.int(0, n - 1);
  const stride = Math.max(1, Math.floor(n / 4096));
  for (const accept of tiers) {
    for (const step of stride > 1 ? [stride, 1] : [1]) {
      const probes = step === 1 ? n : Math.min(n, 4096);
      for (let k = 0; k < probes && chosen.length < spec.size; k += 1) {
        const index = (start + k * step) % n;
        if (taken.has(index) || !accept(source.skeleton(index))) continue;
        taken.add(index);
        chosen.push(index);
      }
      if (chosen.length >= spec.size) return chosen.sort((a, b) => a - b);
    }
  }
  return chosen.sort((a, b) => a - b);
}

export function generateDemoCases(seed: number, source: DemoListingSource): DemoCase[] {
  const random = createRandom(mixSeed(seed, 0xca5e));
  const taken = new Set<number>();
  return SPECS.map((spec) => {
    const indexes = chooseListings(source, spec, taken, random);
    const reasonOf = (index: number) => PLATFORM_REASON[source.skeleton(index).marketplace];
    const opened = plusMinutes(spec.opened, random.int(0, 120));
    const events: DemoCaseEvent[] = [{ at: opened, action: 'case.created', listingIndexes: [], details: { name: spec.name, status: 'draft' } }];
    let clock = opened;
    const later = (minMinutes: number, maxMinutes: number) => (clock = plusMinutes(clock, random.int(minMinutes, maxMinutes)));

    // Listings go in as a reviewer works: in two batches for the larger case.
    const batches = spec.size > 20 ? [indexes.slice(0, Math.ceil(indexes.length * 0.6)), indexes.slice(Math.ceil(indexes.length * 0.6))] : [indexes];
    const addedAt = new Map<number, string>();
    for (const batch of batches) {
      if (batch.length === 0) continue;
      const at = later(5, batches.length > 1 ? 600 : 90);
      for (const i of batch) addedAt.set(i, at);
      const reasons = [...new Set(batch.map(reasonOf))].sort();
      events.push({ at, action: 'case.listings_added', listingIndexes: batch, details: { count: batch.length, reasons } });
    }

    const transitions: [CaseStatus, CaseStatus][] = spec.stage === 'draft' ? [] : [['draft', 'in_review'], ['in_review', 'ready']];
    for (const [from, to] of transitions) events.push({ at: later(240, 1500), action: 'case.status_changed', listingIndexes: [], details: { from, to } });

    const takenDown = new Set<number>();
    if (spec.stage === 'submitted') {
      const submittedAt = later(60, 900);
      events.push({ at: submittedAt, action: 'case.status_changed', listingIndexes: [], details: { from: 'ready', to: 'submitted' } });
      events.push({ at: submittedAt, action: 'case.submitted', listingIndexes: indexes, details: { profile: 'alibaba_ipp', complaintRef: `IPP-${submittedAt.slice(0, 10).replace(/-/g, '')}-${random.int(1000, 9999)}` } });
      for (const i of indexes) if (random.chance(0.4)) takenDown.add(i);
      if (takenDown.size) events.push({ at: later(1440, 4320), action: 'case.listing_outcome', listingIndexes: [...takenDown].sort((a, b) => a - b), details: { outcome: 'taken_down' } });
    }

    const listingStatus = (i: number): ListingStatus => (spec.stage === 'submitted' ? (takenDown.has(i) ? 'taken_down' : 'reported') : 'infringing');
    return {
      name: spec.name,
      status: spec.stage,
      notes: spec.notes,
      createdAt: opened,
      updatedAt: clock,
      listings: indexes.map((index) => ({
        index,
        reason: reasonOf(index),
        outcome: takenDown.has(index) ? 'taken_down' : null,
        addedAt: addedAt.get(index) as string,
        status: listingStatus(index),
      })),
      events,
    };
  });
}
