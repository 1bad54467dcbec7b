// Sellers: a deny-listed seller is high risk; an authorised seller lowers the risk; any other seller whose
// listing names a protected mark is selling the brand without authorisation.
import type { Finding, Rule, RuleListing, SellerKey } from './finding';
import { foldText } from './foldedText';
import { weightOf } from './ruleWeights';
import { compileTerm, matchRanges, type TermPattern } from './termMatcher';

const sameSeller = (listing: RuleListing, key: SellerKey): boolean =>
  key.marketplace.trim().toLowerCase() === (listing.sellerMarketplace ?? '').trim().toLowerCase() &&
  key.sellerRef.trim().toLowerCase() === (listing.sellerRef ?? '').trim().toLowerCase();

/** The first protected mark the listing's brand, title or description names, exactly (case- and width-folded). */
export function mentionedMark(listing: RuleListing, marks: readonly string[]): string | null {
  const texts = [listing.brand, listing.title, listing.description].map((t) => foldText(t ?? ''));
  for (const { mark, pattern } of compiledMarks(marks)) {
    if (texts.some((t) => matchRanges(pattern, t).length > 0)) return mark;
  }
  return null;
}

/** Compiled once per list of marks: scoring checks every listing against the same marks. */
const markPatterns = new WeakMap<readonly string[], { mark: string; pattern: TermPattern }[]>();
function compiledMarks(marks: readonly string[]): { mark: string; pattern: TermPattern }[] {
  let compiled = markPatterns.get(marks);
  if (!compiled) {
    compiled = marks.flatMap((mark) => {
      const pattern = compileTerm(mark);
      return pattern === null ? [] : [{ mark, pattern }];
    });
    markPatterns.set(marks, compiled);
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
