// SQL over the rule weights each brand changed from the defaults (Settings → Rule weights). Only changed weights
// are stored; removing a row restores the default. Callers write the custody event in the same transaction.
import type Database from 'better-sqlite3';

/** Every brand by name with the weights it changed, keyed by rule. */
export function ruleWeightOverrides(db: Database.Database): Map<string, Record<string, number>> {
  const brands = db.prepare('SELECT id, name FROM brand ORDER BY id').all() as { id: number; name: string }[];
  const rows = db.prepare('SELECT brand_id AS brandId, rule, weight FROM rule_weight ORDER BY brand_id, rule').all() as { brandId: number; rule: string; weight: number }[];
  const byBrand = new Map<string, Record<string, number>>();
  for (const b of brands) byBrand.set(b.name, Object.fromEntries(rows.filter((r) => r.brandId === b.id).map((r) => [r.rule, r.weight])));
  return byBrand;
}

export function brandRuleWeightOverrides(db: Database.Database, brandId: number): Record<string, number> {
  const rows = db.prepare('SELECT rule, weight FROM rule_weight WHERE brand_id = ? ORDER BY rule').all(brandId) as { rule: string; weight: number }[];
  return Object.fromEntries(rows.map((r) => [r.rule, r.weight]));
}

/** Sets a brand's weight for a rule, or with null returns it to the default. */
export function setRuleWeight(db: Database.Database, brandId: number, rule: string, weight: number | null): void {
  if (weight === null) db.prepare('DELETE FROM rule_weight WHERE brand_id = ? AND rule = ?').run(brandId, rule);
  else db.prepare('INSERT INTO rule_weight (brand_id, rule, weight) VALUES (?, ?, ?) ON CONFLICT (brand_id, rule) DO UPDATE SET weight = excluded.weight').run(brandId, rule, weight);
}
