// The default points each kind of finding adds to a listing's 0–100 risk score, keyed by the finding's `rule`.
// Settings will let each brand edit them; a negative weight lowers the risk (an authorised seller).

export const DEFAULT_RULE_WEIGHTS = {
  'price.not_positive': 30,
  'price.below_msrp_share': 35,
  'price.below_minimum_authorised': 20,
  'price.cannot_compare': 0,
  /** Points for a lexicon entry of full strength (1.0); each entry's own weight scales it. */
  'vocabulary.counterfeit_term': 40,
  'brand.misspelling': 25,
  'brand.lookalike_characters': 35,
  'brand.spaced_out': 20,
  'seller.unauthorised': 15,
  'seller.denied': 50,
  'seller.authorised': -40,
  'identifier.gtin_malformed': 15,
  'identifier.gtin_check_digit': 25,
  'identifier.gtin_outside_prefix': 20,
  'identifier.serial_off_pattern': 25,
  'identifier.serial_pattern_invalid': 0,
  'catalogue.never_made_model': 40,
  'catalogue.colourway_not_made': 20,
  'catalogue.material_not_used': 20,
} as const satisfies Record<string, number>;

export type RuleId = keyof typeof DEFAULT_RULE_WEIGHTS;

export type RuleWeights = Record<RuleId, number>;

/** The weight a brand set for a finding kind, falling back to the default when a setting is missing or not a number. */
export function weightOf(weights: Partial<RuleWeights>, rule: RuleId): number {
  const value = weights[rule];
  return typeof value === 'number' && Number.isFinite(value) ? value : DEFAULT_RULE_WEIGHTS[rule];
}
