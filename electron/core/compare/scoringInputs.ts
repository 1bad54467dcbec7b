// Reads from a workspace everything outside the listings that scoring depends on: the catalogue, the brand's marks,
// prefixes and authorised sellers, the exchange rates, each brand's rule weights, and the listings' images with
// their hashes, nearest official photos and reuse by other sellers.
import type Database from 'better-sqlite3';
import { exchangeRateMap } from '../db/importsRepository';
import { ruleWeightOverrides } from '../db/ruleWeightRepository';
import { brandContextRows, scoringProducts } from '../db/scoringRepository';
import { scoringImages } from './images/scoringImages';
import type { ScoringInputs } from './listingScorer';
import { DEFAULT_RULE_WEIGHTS, withOverrides, type RuleWeights } from './rules/ruleWeights';

export function scoringInputs(db: Database.Database): ScoringInputs {
  const products = scoringProducts(db);
  const brandWeights: Record<string, RuleWeights> = {};
  for (const [brand, overrides] of ruleWeightOverrides(db)) brandWeights[brand] = withOverrides(overrides);
  return {
    products,
    brand: brandContextRows(db),
    rates: exchangeRateMap(db),
    weights: DEFAULT_RULE_WEIGHTS,
    brandWeights,
    images: scoringImages(db, new Map(products.map((p) => [p.id, p.sku]))),
  };
}
