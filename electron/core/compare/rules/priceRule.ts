// Price: a listing far below the genuine product's MSRP, or under the minimum authorised price, compared in US
// dollars. A price that cannot be converted, or is zero or negative, gets its own finding instead of a comparison.
import type { Finding, Rule, RuleListing, RuleProduct } from './finding';
import { moneyText, percentText, usdText } from './moneyText';
import { weightOf } from './ruleWeights';

const isAmount = (n: number | null): n is number => typeof n === 'number' && Number.isFinite(n);

/** The listed price as the seller wrote it (a range when there is one), with its US-dollar value. */
function listedText(listing: RuleListing, price: number): string {
  const upper = isAmount(listing.priceMax) && listing.priceMax > price ? `–${moneyText(listing.priceMax, listing.currency)}` : '';
  const local = `${moneyText(price, listing.currency)}${upper}`;
  const usd = isAmount(listing.priceUsd) && (listing.currency ?? '').toUpperCase() !== 'USD' ? ` (${usdText(listing.priceUsd)})` : '';
  return `${local}${usd}`;
}

function msrpFinding(product: RuleProduct, priceUsd: number, listed: () => string, share: number, points: number): Finding[] {
  if (!isAmount(product.msrpUsd) || product.msrpUsd <= 0) return [];
  const ratio = priceUsd / product.msrpUsd;
  if (ratio >= share) return [];
  const msrp = isAmount(product.msrp) && product.currency !== null && product.currency.toUpperCase() !== 'USD'
    ? `${moneyText(product.msrp, product.currency)} (${usdText(product.msrpUsd)})`
    : usdText(product.msrpUsd);
  return [{
    rule: 'price.below_msrp_share',
    severity: ratio < share / 2 ? 'high' : 'medium',
    expected: `at least ${percentText(share)} of the MSRP of ${usdText(product.msrpUsd)}`,
    observed: usdText(priceUsd),
    weight: points,
    message: `Listed at ${listed()}, ${percentText(ratio)} of the MSRP of ${msrp}.`,
  }];
}

function minimumFinding(product: RuleProduct, priceUsd: number, listed: () => string, points: number): Finding[] {
  const minimum = product.minAuthorisedPriceUsd;
  if (!isAmount(minimum) || minimum <= 0 || priceUsd >= minimum) return [];
  return [{
    rule: 'price.below_minimum_authorised',
    severity: 'medium',
    expected: `at least ${usdText(minimum)}`,
    observed: usdText(priceUsd),
    weight: points,
    message: `Listed at ${listed()}, below the minimum authorised price of ${usdText(minimum)}.`,
  }];
}

export const priceRule: Rule = (listing, product, context) => {
  if (product === null || !isAmount(listing.price)) return [];
  const { weights } = context;
  if (listing.price <= 0) {
    return [{
      rule: 'price.not_positive',
      severity: 'medium',
      expected: 'a price above zero',
      observed: moneyText(listing.price, listing.currency),
      weight: weightOf(weights, 'price.not_positive'),
      message: `Listed at ${moneyText(listing.price, listing.currency)}; a price of zero or below is not a genuine offer of ${product.name}.`,
    }];
  }
  if (!isAmount(listing.priceUsd)) {
    return [{
      rule: 'price.cannot_compare',
      severity: 'info',
      expected: 'a price in a currency with a known exchange rate',
      observed: moneyText(listing.price, listing.currency),
      weight: weightOf(weights, 'price.cannot_compare'),
      message: `Listed at ${moneyText(listing.price, listing.currency)}: cannot compare price, because ${listing.currency ? `there is no exchange rate for ${listing.currency}` : 'the currency is unknown'}.`,
    }];
  }
  // Written only for a finding: most listings are priced within reach of the MSRP.
  const price = listing.price;
  let text: string | undefined;
  const listed = (): string => (text ??= listedText(listing, price));
  const threshold = isAmount(context.msrpShareThreshold) && context.msrpShareThreshold > 0 ? context.msrpShareThreshold : 0.4;
  return [
    ...msrpFinding(product, listing.priceUsd, listed, threshold, weightOf(weights, 'price.below_msrp_share')),
    ...minimumFinding(product, listing.priceUsd, listed, weightOf(weights, 'price.below_minimum_authorised')),
  ];
};
