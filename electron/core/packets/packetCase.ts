// What a takedown packet is built from: the case, its brand and rights holder, its listings with their findings
// and genuine products, its evidence and test buys, and its custody events. Read once by packetRepository,
// then every packet builder is a pure function of it.
import type { RightsHolderRecord } from '../../api/caseContract';
import type { ProductSummary } from '../../api/contract';

/** The rights holder, agent and signature block, as Settings → Brand keeps them. */
export type RightsHolder = RightsHolderRecord;

export interface PacketTrademark {
  mark: string;
  office: string;
  registrationNumber: string;
  classes: string[];
  kind: string;
  registeredOn: string | null;
  expiresOn: string | null;
}

/** The genuine specification a listing is compared with: the product fields a notice and a comparison print. */
export type GenuineProduct = Pick<
  ProductSummary,
  | 'id' | 'sku' | 'name' | 'msrp' | 'currency' | 'minAuthorisedPrice' | 'materials' | 'lengthMm' | 'widthMm' | 'heightMm' | 'weightG'
  | 'colourways' | 'gtins' | 'serialPattern' | 'authenticationFeatures'
>;

export interface PacketFinding {
  rule: string;
  severity: string;
  expected: string | null;
  observed: string | null;
  message: string;
}

export interface PacketListing {
  id: number;
  marketplace: string;
  /** The marketplace's own identifier: item number, ASIN, offer id. */
  listingId: string;
  url: string;
  title: string;
  brand: string;
  price: number | null;
  currency: string | null;
  sellerName: string;
  sellerRef: string | null;
  sellerLocation: string;
  capturedAt: string | null;
  /** The platform reason the case reports it under (e.g. "eBay VeRO 1.1 Counterfeit"). */
  reason: string;
  productId: number | null;
  findings: PacketFinding[];
}

export interface PacketEvidence {
  id: number;
  sha256: string;
  size: number;
  mediaType: string;
  kind: string;
  originalName: string;
  sourceUrl: string | null;
  capturedAt: string | null;
  /** The listing it shows, when it shows one. */
  listingId: number | null;
  /** The test buy it documents, when it documents one. */
  testBuyId: number | null;
}

export interface PacketTestBuy {
  id: number;
  listingId: number | null;
  productId: number | null;
  orderNumber: string;
  orderedOn: string | null;
  cost: number | null;
  currency: string | null;
  received: string;
  examination: { feature: string; expected: string; observed: string }[];
  conclusion: string | null;
}

export interface PacketCustodyEvent {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subjectType: string;
  subjectId: string;
  details: string;
  hash: string;
}

export interface PacketCase {
  id: number;
  name: string;
  status: string;
  rightsHolder: RightsHolder;
  trademarks: PacketTrademark[];
  listings: PacketListing[];
  products: GenuineProduct[];
  evidence: PacketEvidence[];
  testBuys: PacketTestBuy[];
  custody: PacketCustodyEvent[];
}
