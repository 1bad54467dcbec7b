// Writes rows that came out of a case archive into this workspace's tables: only the columns the local table has
// (names come from the table itself, never from the archive), with this workspace's ids put in by the caller.
import type Database from 'better-sqlite3';

import { rowInserter, tableColumnNames } from '../db/caseArchiveRepository';
import type { BundleRow } from './caseBundle';

export interface RowWriter {
  /** Inserts the row (its own id column is never taken from the archive) and returns the new rowid. */
  insert(table: string, row: BundleRow, ids?: Record<string, number | null>): number;
  /** The columns this workspace's table has. */
  columns(table: string): ReadonlySet<string>;
}

export function rowWriter(db: Database.Database): RowWriter {
  const columnCache = new Map<string, Set<string>>();
  const statements = new Map<string, (values: (string | number | null | undefined)[]) => number>();
  const columns = (table: string): Set<string> => {
    let set = columnCache.get(table);
    if (!set) {
      set = new Set(tableColumnNames(db, table));
      columnCache.set(table, set);
    }
    return set;
  };
  return {
    columns,
    insert(table, row, ids = {}) {
      const local = columns(table);
      const values: Record<string, string | number | null> = {};
      for (const [k, v] of Object.entries(row)) if (k !== 'id' && local.has(k) && !(k in ids)) values[k] = v;
      for (const [k, v] of Object.entries(ids)) if (local.has(k)) values[k] = v;
      const names = Object.keys(values).sort();
      const key = `${table}\u0000${names.join(',')}`;
      let statement = statements.get(key);
      if (!statement) {
        statement = rowInserter(db, table, names);
        statements.set(key, statement);
      }
      return statement(names.map((n) => values[n]));
    },
  };
}

/** The fields of `archived` that differ from `local`, for the columns both have and `compare` names. */
export function differences(local: Record<string, unknown>, archived: BundleRow, compare: readonly string[]): { field: string; local: unknown; archive: unknown }[] {
  const out: { field: string; local: unknown; archive: unknown }[] = [];
  for (const field of compare) {
    if (!(field in local) || !(field in archived)) continue;
    const a = archived[field];
    const l = local[field];
    if (l === a || (typeof l === 'number' && typeof a === 'number' && Math.abs(l - a) < 1e-9)) continue;
    out.push({ field, local: l, archive: a });
  }
  return out;
}
