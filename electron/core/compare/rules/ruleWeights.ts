// The default weight of each kind of finding, keyed by the finding's `rule`, and what each kind means. A weight is
// read as a percentage chance that the finding alone shows a counterfeit (riskScore combines them); Settings → Rule
// weights lets each brand change them, and a negative weight lowers the risk (an authorised seller).

// Calibrated on the demo (75% counterfeit by its ground truth): one strong finding alone is medium; a deep discount
// or a counterfeit term from an unauthorised seller is high; a grey-market reseller under the minimum authorised
// price (unauthorised 15, below minimum 20: 32) is medium, for review; an authorised seller stays low.
export const DEFAULT_RULE_WEIGHTS = {
  'price.not_positive': 30,
  'price.below_msrp_share': 55,
  'price.below_minimum_authorised': 20,
  'price.cannot_compare': 0,
  /** The weight of a lexicon entry of full strength (1.0); each entry's own weight scales it. */
  'vocabulary.counterfeit_term': 55,
  'brand.misspelling': 30,
  'brand.lookalike_characters': 40,
  'brand.spaced_out': 25,
  'seller.unauthorised': 15,
  'seller.denied': 50,
  'seller.authorised': -40,
  'identifier.gtin_malformed': 15,
  'identifier.gtin_check_digit': 30,
  'identifier.gtin_outside_prefix': 20,
  'identifier.serial_off_pattern': 30,
  'identifier.serial_pattern_invalid': 0,
  'catalogue.never_made_model': 50,
  'catalogue.colourway_not_made': 25,
  'catalogue.material_not_used': 25,
  'image.official_photo': 45,
  'image.shared_across_sellers': 20,
  'image.unreadable': 0,
} as const satisfies Record<string, number>;

export type RuleId = keyof typeof DEFAULT_RULE_WEIGHTS;

export type RuleWeights = Record<RuleId, number>;

/** What each kind of finding means, for the Settings card beside its weight. */
export const RULE_MEANINGS: Record<RuleId, string> = {
  'price.not_positive': 'The listing’s price is zero or negative.',
  'price.below_msrp_share': 'The price is below the brand’s share of the MSRP (40% by default), after currency conversion.',
  'price.below_minimum_authorised': 'The price is below the product’s minimum authorised price.',
  'price.cannot_compare': 'The price cannot be compared: no exchange rate for its currency, or no currency.',
  'vocabulary.counterfeit_term': 'The title or description uses counterfeit vocabulary (replica, 1:1, AAA, 高仿, réplica, …); each term’s own strength scales this.',
  'brand.misspelling': 'A protected mark is misspelt by a letter or two.',
  'brand.lookalike_characters': 'A protected mark is written with look-alike characters from another script.',
  'brand.spaced_out': 'A protected mark is spaced or punctuated out to dodge searches.',
  'seller.unauthorised': 'A seller not on the authorised list claims the brand.',
  'seller.denied': 'The seller is on the deny list.',
  'seller.authorised': 'The seller is an authorised reseller; a negative weight lowers the risk.',
  'identifier.gtin_malformed': 'A stated GTIN is not 8, 12, 13 or 14 digits.',
  'identifier.gtin_check_digit': 'A stated GTIN has a wrong check digit.',
  'identifier.gtin_outside_prefix': 'A stated GTIN lies outside the brand’s GS1 company prefixes.',
  'identifier.serial_off_pattern': 'A serial number does not follow the product’s pattern.',
  'identifier.serial_pattern_invalid': 'The product’s own serial pattern cannot be read (a note for the catalogue).',
  'catalogue.never_made_model': 'The listing names a model the brand never made.',
  'catalogue.colourway_not_made': 'The listing names a colourway the product was never made in.',
  'catalogue.material_not_used': 'The listing names a material the product is not made of.',
  'image.official_photo': 'A listing image is the brand’s official product photo (stolen product photography).',
  'image.shared_across_sellers': 'The same image appears in listings of other sellers.',
  'image.unreadable': 'A listing image could not be compared (corrupt, or too large to open).',
};

export const RULE_IDS = Object.keys(DEFAULT_RULE_WEIGHTS) as RuleId[];

export const isRuleId = (rule: string): rule is RuleId => Object.hasOwn(DEFAULT_RULE_WEIGHTS, rule);

/** The weights in force: the defaults with a brand's own values over them (unknown or non-numeric values ignored). */
export function withOverrides(overrides: Readonly<Record<string, number>>): RuleWeights {
  const weights: RuleWeights = { ...DEFAULT_RULE_WEIGHTS };
  for (const [rule, value] of Object.entries(overrides)) if (isRuleId(rule) && Number.isFinite(value)) weights[rule] = value;
  return weights;
}

/** The weight a brand set for a finding kind, falling back to the default when a setting is missing or not a number. */
export function weightOf(weights: Partial<RuleWeights>, rule: RuleId): number {
  const value = weights[rule];
  return typeof value === 'number' && Number.isFinite(value) ? value : DEFAULT_RULE_WEIGHTS[rule];
}
