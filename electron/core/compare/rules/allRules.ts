// Every comparison rule, in the order their findings are shown, and one call that runs them all on a listing.
import { brandMisspellingRule } from './brandMisspellingRule';
import { catalogueRule } from './catalogueRule';
import type { Finding, Rule, RuleContext, RuleListing, RuleProduct } from './finding';
import { identifierRule } from './identifierRule';
import { priceRule } from './priceRule';
import { sellerRule } from './sellerRule';
import { vocabularyRule } from './vocabularyRule';

export const ALL_RULES: readonly { name: string; rule: Rule }[] = [
  { name: 'price', rule: priceRule },
  { name: 'vocabulary', rule: vocabularyRule },
  { name: 'brand', rule: brandMisspellingRule },
  { name: 'seller', rule: sellerRule },
  { name: 'identifier', rule: identifierRule },
  { name: 'catalogue', rule: catalogueRule },
];

/** The findings of every rule for one listing against the genuine product it claims to be (null when none matched). */
export const applyRules = (listing: RuleListing, product: RuleProduct | null, context: RuleContext): Finding[] =>
  ALL_RULES.flatMap(({ rule }) => rule(listing, product, context));
