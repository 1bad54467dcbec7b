// Shared fixtures for the comparison-rule specifications: a clean listing, a genuine product and a brand context
// built from the real lexicon file, each overridable per test.
import fs from 'node:fs';
import path from 'node:path';
import { loadCounterfeitLexicon } from '../../electron/core/compare/rules/counterfeitLexicon';
import type { RuleContext, RuleListing, RuleProduct } from '../../electron/core/compare/rules/finding';
import { DEFAULT_RULE_WEIGHTS } from '../../electron/core/compare/rules/ruleWeights';

export const LEXICON = loadCounterfeitLexicon(JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../resources/lexicons/counterfeit.json'), 'utf8')));

export const listing = (over: Partial<RuleListing> = {}): RuleListing => ({
  title: 'Corvanne Aurelle Tote 34 Noir',
  description: 'Grained calfskin tote with dust bag.',
  brand: 'Corvanne',
  price: 2350,
  priceMax: null,
  currency: 'USD',
  priceUsd: 2350,
  sellerMarketplace: 'ebay',
  sellerRef: 'some-shop',
  sellerName: 'Some Shop',
  gtins: [],
  serials: [],
  ...over,
});

export const product = (over: Partial<RuleProduct> = {}): RuleProduct => ({
  sku: 'CV-AUR-34',
  name: 'Aurelle Tote 34',
  brand: 'Corvanne',
  msrp: 225,
  currency: 'USD',
  msrpUsd: 225,
  minAuthorisedPrice: 180,
  minAuthorisedPriceUsd: 180,
  colourways: ['Noir', 'Cognac', 'Taupe', 'Bordeaux'],
  materials: ['Grained calfskin leather', 'Cotton canvas lining', 'Palladium-finish brass hardware'],
  gtins: ['7640175000011'],
  serialPattern: '^CV[0-9]{2}[A-Z]{2}[0-9]{4}$',
  neverMadeModels: ['Aurelle Tote 40', 'Aurelle Tote 34 Tiffany Blue'],
  ...over,
});

export const context = (over: Partial<RuleContext> = {}): RuleContext => ({
  protectedMarks: ['Corvanne'],
  gs1Prefixes: ['7640175', '7640176'],
  authorisedSellers: [{ marketplace: 'ebay', sellerRef: 'corvanne-official' }],
  deniedSellers: [{ marketplace: 'dhgate', sellerRef: 'luxury-copies-88' }],
  weights: { ...DEFAULT_RULE_WEIGHTS },
  lexicon: LEXICON,
  msrpShareThreshold: 0.4,
  ...over,
});
