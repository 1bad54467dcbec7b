// Sellers: a deny-listed seller is high risk; an authorised seller lowers the risk; any other seller whose
// listing names a protected mark is selling the brand without authorisation.
import type { Finding, Rule, RuleListing, SellerKey } from './finding';
import { foldText } from './foldedText';
import { weightOf } from './ruleWeights';
import { allMatches, compileTerms, type TermSet } from './termMatcher';

const sameSeller = (listing: RuleListing, key: SellerKey): boolean =>
  key.marketplace.trim().toLowerCase() === (listing.sellerMarketplace ?? '').trim().toLowerCase() &&
  key.sellerRef.trim().toLowerCase() === (listing.sellerRef ?? '').trim().toLowerCase();

/** The first protected mark the listing's brand, title or description names, exactly (case- and width-folded). */
export function mentionedMark(listing: RuleListing, marks: readonly string[]): string | null {
  const set = compiledMarks(marks);
  // One scan of each text for every mark at once; the mark listed first among those found wins.
  let first = -1;
  for (const text of [listing.brand, listing.title, listing.description]) {
    for (const { term } of allMatches(foldText(text ?? ''), set)) if (first < 0 || term < first) first = term;
    if (first === 0) break;
  }
  return first < 0 ? null : set.terms[first]!.value;
}

/** Compiled once per list of marks: scoring checks every listing against the same marks. */
const markSets = new WeakMap<readonly string[], TermSet<string>>();
function compiledMarks(marks: readonly string[]): TermSet<string> {
  let compiled = markSets.get(marks);
  if (!compiled) {
    compiled = compileTerms(marks.map((mark) => ({ term: mark, value: mark })));
    markSets.set(marks, compiled);
  }
  return compiled;
}

const sellerText = (listing: RuleListing): string => {
  const name = (listing.sellerName ?? '').trim();
  const ref = `${listing.sellerRef} on ${listing.sellerMarketplace}`;
  return name === '' ? ref : `${name} (${ref})`;
};

export const sellerRule: Rule = (listing, _product, context) => {
  const seller = sellerText(listing);
  const { weights } = context;
  if (context.deniedSellers.some((key) => sameSeller(listing, key))) {
    return [{
      rule: 'seller.denied', severity: 'high', expected: 'a seller not on the brand\'s deny list', observed: seller,
      weight: weightOf(weights, 'seller.denied'),
      message: `The seller ${seller} is on the brand's deny list.`,
    }];
  }
  if (context.authorisedSellers.some((key) => sameSeller(listing, key))) {
    return [{
      rule: 'seller.authorised', severity: 'info', expected: null, observed: seller,
      weight: weightOf(weights, 'seller.authorised'),
      message: `The seller ${seller} is an authorised seller of the brand.`,
    }];
  }
  const mark = mentionedMark(listing, context.protectedMarks);
  if (mark === null) return [];
  const finding: Finding = {
    rule: 'seller.unauthorised', severity: 'medium', expected: 'an authorised seller', observed: seller,
    weight: weightOf(weights, 'seller.unauthorised'),
    message: `The seller ${seller} offers goods as "${mark}" but is not an authorised seller of the brand.`,
  };
  return [finding];
};
