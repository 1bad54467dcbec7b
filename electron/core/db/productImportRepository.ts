// SQL for importing genuine product specifications: insert-or-update by (brand, SKU) keeping a revision for undo.
import type Database from 'better-sqlite3';
import { AssayError } from '../errors';

export interface ImportedProduct {
  brand_id: number;
  sku: string;
  name: string;
  aliases: string[];
  category: string | null;
  msrp: number | null;
  currency: string | null;
  min_authorised_price: number | null;
  materials: string[];
  length_mm: number | null;
  width_mm: number | null;
  height_mm: number | null;
  weight_g: number | null;
  colourways: string[];
  gtins: string[];
  serial_pattern: string | null;
  authentication_features: string[];
  official_images: string[];
  never_made_models: string[];
  discontinued: 0 | 1;
}

const FIELDS = ['name', 'aliases', 'category', 'msrp', 'currency', 'min_authorised_price', 'materials', 'length_mm', 'width_mm', 'height_mm', 'weight_g', 'colourways', 'gtins', 'serial_pattern', 'authentication_features', 'official_images', 'never_made_models', 'discontinued'] as const;
const LISTS = new Set(['aliases', 'materials', 'colourways', 'gtins', 'authentication_features', 'official_images', 'never_made_models']);

/** The brand of that name, created when it is new (its rights-holder details are completed in Settings). */
export function brandIdByName(db: Database.Database, name: string, at: string): number {
  const row = db.prepare('SELECT id FROM brand WHERE name = ? COLLATE NOCASE').get(name) as { id: number } | undefined;
  if (row) return row.id;
  return Number(db.prepare('INSERT INTO brand (name, owner_name, created_at) VALUES (?, ?, ?)').run(name, name, at).lastInsertRowid);
}

/** The only brand of the workspace, when there is exactly one. */
export function soleBrandId(db: Database.Database): number | null {
  const rows = db.prepare('SELECT id FROM brand LIMIT 2').all() as { id: number }[];
  return rows.length === 1 ? rows[0]!.id : null;
}

export function productImportWriter(db: Database.Database, importId: number): (p: ImportedProduct) => 'new' | 'updated' | 'unchanged' {
  const find = db.prepare(`SELECT id, ${FIELDS.join(', ')}, import_id FROM product WHERE brand_id = ? AND sku = ?`);
  const insert = db.prepare(`INSERT INTO product (brand_id, sku, ${FIELDS.join(', ')}, first_import_id, import_id)
    VALUES (@brand_id, @sku, ${FIELDS.map((f) => `@${f}`).join(', ')}, @import_id, @import_id)`);
  const update = db.prepare(`UPDATE product SET ${FIELDS.map((f) => `${f} = @${f}`).join(', ')}, import_id = @import_id WHERE id = @id`);
  const revision = db.prepare('INSERT OR IGNORE INTO product_revision (product_id, import_id, previous) VALUES (?, ?, ?)');
  return (p) => {
    const values: Record<string, unknown> = { ...p, import_id: importId };
    for (const f of LISTS) values[f] = JSON.stringify(values[f]);
    const existing = find.get(p.brand_id, p.sku) as Record<string, unknown> | undefined;
    if (!existing) {
      insert.run(values);
      return 'new';
    }
    if (FIELDS.every((f) => values[f] === existing[f])) return 'unchanged';
    revision.run(existing.id, importId, JSON.stringify(Object.fromEntries([...FIELDS, 'import_id'].map((f) => [f, existing[f]]))));
    update.run({ ...values, id: existing.id });
    return 'updated';
  };
}

export function undoProductImport(db: Database.Database, importId: number): { removed: number; reverted: number } {
  const later = db.prepare('SELECT import_id FROM product WHERE (first_import_id = ? OR id IN (SELECT product_id FROM product_revision WHERE import_id = ?)) AND import_id <> ? LIMIT 1').get(importId, importId, importId) as
    | { import_id: number }
    | undefined;
  if (later) throw new AssayError('invalid_input', `Import ${importId} cannot be undone while import ${later.import_id} has changed the same products since; undo import ${later.import_id} first.`);
  const revisions = db.prepare('SELECT product_id, previous FROM product_revision WHERE import_id = ?').all(importId) as { product_id: number; previous: string }[];
  const restore = db.prepare(`UPDATE product SET ${[...FIELDS, 'import_id'].map((f) => `${f} = @${f}`).join(', ')} WHERE id = @id`);
  for (const r of revisions) restore.run({ ...(JSON.parse(r.previous) as Record<string, unknown>), id: r.product_id });
  const removed = db.prepare('DELETE FROM product WHERE first_import_id = ?').run(importId).changes;
  db.prepare('DELETE FROM product_revision WHERE import_id = ?').run(importId);
  return { removed, reverted: revisions.length };
}
