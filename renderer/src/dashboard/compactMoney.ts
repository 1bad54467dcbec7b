// Large sums as a manager reads them at a glance: "USD 503.2M", "USD 12.5K", "USD 940".

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

export function formatCompactMoney(amount: number, currency: string): string {
  return `${currency} ${compact.format(amount)}`;
}
