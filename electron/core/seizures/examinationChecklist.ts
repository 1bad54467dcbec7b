// The examiner's checklist for one seized line, built from the genuine product's specification: one item per
// authentication feature the catalogue lists, each tagged with its kind, then weight and dimensions where known.

export interface ChecklistProduct {
  authenticationFeatures: readonly string[];
  weightG: number | null;
  lengthMm: number | null;
  widthMm: number | null;
  heightMm: number | null;
}

export interface ChecklistItem {
  feature: string;
  kind: string;
}

/** The first kind whose words a feature mentions; order matters ("holographic label" is a hologram). */
const KINDS: readonly [kind: string, words: RegExp][] = [
  ['hologram', /hologra/i],
  ['serial', /serial/i],
  ['stitching', /stitch|seam|thread/i],
  ['packaging', /\bbox\b|dust bag|packag|pouch|booklet|tissue/i],
  ['hardware', /zip|buckle|clasp|rivet|hardware|pull|crown|bezel|dial|movement|sole|lens|hinge/i],
  ['font', /font|typeface|logotype|lettering|capitals|print(ed|ing) (logo|name)/i],
  ['label', /label|tag\b|tab\b|card/i],
  ['material', /leather|silk|canvas|steel|cotton|material/i],
];

export function featureKind(feature: string): string {
  for (const [kind, words] of KINDS) if (words.test(feature)) return kind;
  return 'other';
}

const mm = (n: number) => `${Math.round(n * 10) / 10} mm`;

export function buildChecklist(product: ChecklistProduct): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  const seen = new Set<string>();
  for (const raw of product.authenticationFeatures) {
    const feature = raw.trim();
    if (feature === '' || seen.has(feature)) continue;
    seen.add(feature);
    items.push({ feature, kind: featureKind(feature) });
  }
  if (product.weightG !== null) items.push({ feature: `Weight: ${Math.round(product.weightG)} g per unit`, kind: 'weight' });
  const dims = [product.lengthMm, product.widthMm, product.heightMm];
  if (dims.some((d) => d !== null)) items.push({ feature: `Dimensions: ${dims.map((d) => (d === null ? '?' : mm(d))).join(' × ')}`, kind: 'dimensions' });
  return items;
}
