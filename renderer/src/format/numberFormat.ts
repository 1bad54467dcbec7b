// Counts as people read them: "12,345 listings", "1 listing".
// One formatter (en-US grouping, as the prices use) so every page agrees.

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function formatCount(n: number): string {
  return integer.format(n);
}

/** "1 listing", "12,345 listings"; the plural defaults to singular + "s". */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : plural}`;
}
