// Display names of marketplaces as their owners write them ("eBay", "AliExpress", "DHgate").
// Unknown marketplaces (from imports) are shown as stored.

const NAMES: Record<string, string> = {
  alibaba: 'Alibaba',
  aliexpress: 'AliExpress',
  taobao: 'Taobao',
  dhgate: 'DHgate',
  amazon: 'Amazon',
  ebay: 'eBay',
  shopee: 'Shopee',
};

export function marketplaceName(marketplace: string): string {
  return NAMES[marketplace.toLowerCase()] ?? marketplace;
}
