// The shapes every comparison rule shares: what a rule sees (listing, genuine product, brand context) and
// what it returns (findings a lawyer can quote: expected, observed, weight toward the risk score, one sentence).
import type { CounterfeitLexicon } from './counterfeitLexicon';
import type { RuleWeights } from './ruleWeights';

export type Severity = 'info' | 'low' | 'medium' | 'high';

export type FindingField = 'title' | 'description' | 'seller' | 'price';

export interface Finding {
  /** A stable identifier such as 'price.below_msrp_share'; also the key of its weight in RuleWeights. */
  rule: string;
  severity: Severity;
  expected: string | null;
  observed: string | null;
  /** Points toward a 0–100 risk score; negative lowers risk. */
  weight: number;
  /** A sentence fit for a notice. */
  message: string;
  /** Where in the ORIGINAL text the evidence lies (UTF-16 indexes, end exclusive). */
  where?: { field: FindingField; start: number; end: number };
  /** The stored image a finding of the images rule concerns (kept in finding.image_sha256 and beside it). */
  image?: FindingImage;
}

/** Which stored image a finding of the images rule is about, as data: the sentence is for people, this for the marks. */
export interface FindingImage {
  /** SHA-256 of the listing image. */
  sha256: string;
  /** SHA-256 of the official photo it copies (image.official_photo only). */
  photoSha256?: string;
  /** How many other sellers list a near-identical image (image.shared_across_sellers only). */
  otherSellers?: number;
}

export interface RuleListing {
  title: string;
  description: string;
  brand: string;
  price: number | null;
  priceMax: number | null;
  currency: string | null;
  priceUsd: number | null;
  sellerMarketplace: string;
  sellerRef: string;
  sellerName: string;
  gtins: string[];
  serials: string[];
}

export interface RuleProduct {
  sku: string;
  name: string;
  brand: string;
  msrp: number | null;
  currency: string | null;
  msrpUsd: number | null;
  minAuthorisedPrice: number | null;
  minAuthorisedPriceUsd: number | null;
  colourways: string[];
  materials: string[];
  gtins: string[];
  serialPattern: string | null;
  neverMadeModels: string[];
}

export interface SellerKey {
  marketplace: string;
  sellerRef: string;
}

export interface RuleContext {
  protectedMarks: string[];
  gs1Prefixes: string[];
  authorisedSellers: SellerKey[];
  deniedSellers: SellerKey[];
  weights: RuleWeights;
  lexicon: CounterfeitLexicon;
  /** A listing priced below this share of the MSRP is flagged; 0.4 unless the brand says otherwise. */
  msrpShareThreshold: number;
}

export type Rule = (listing: RuleListing, product: RuleProduct | null, context: RuleContext) => Finding[];
