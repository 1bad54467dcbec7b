// Proposes a column mapping from a file's header: an exact synonym beats a contained one, a header containing
// synonyms of two fields goes to the longer (more specific) one, and each column and field is used once.
import type { ColumnMapping, ImportKind } from './listingFields';
import { fieldsFor } from './importFields';
import { CONTAINS_BLOCKERS, LISTING_HEADER_SYNONYMS, PRODUCT_HEADER_SYNONYMS, type HeaderSynonyms } from './headerSynonyms';
import { normaliseHeader } from './normaliseHeader';

interface Synonym {
  field: string;
  text: string;
  /** Scripts written without spaces between words (Chinese, Japanese, Thai) match as substrings. */
  unspaced: boolean;
}

interface SynonymTable {
  exact: Map<string, { field: string; rank: number }>;
  contains: Synonym[];
  blockers: Synonym[];
}

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Hangul}]/u;

const synonym = (field: string, raw: string): Synonym => {
  const text = normaliseHeader(raw);
  return { field, text, unspaced: UNSPACED.test(text) };
};

function compile(synonyms: HeaderSynonyms): SynonymTable {
  const exact = new Map<string, { field: string; rank: number }>();
  const contains: Synonym[] = [];
  for (const [field, list] of Object.entries(synonyms)) {
    list.forEach((raw, rank) => {
      const exactOnly = raw.startsWith('=');
      const s = synonym(field, exactOnly ? raw.slice(1) : raw);
      if (!s.text) return;
      if (!exact.has(s.text)) exact.set(s.text, { field, rank });
      if (!exactOnly) contains.push(s);
    });
  }
  return { exact, contains, blockers: CONTAINS_BLOCKERS.map((b) => synonym('', b)) };
}

const TABLES: Record<ImportKind, SynonymTable> = { listings: compile(LISTING_HEADER_SYNONYMS), products: compile(PRODUCT_HEADER_SYNONYMS) };

const occursIn = (s: Synonym, header: string, spacedHeader: string): boolean => (s.unspaced ? header.includes(s.text) : spacedHeader.includes(` ${s.text} `));

interface Candidate {
  field: string;
  column: string;
  score: number;
  index: number;
}

/** The field a header suggests, with a score: exact matches score above 1000, containment by synonym length. */
function candidateFor(table: SynonymTable, header: string): { field: string; score: number } | null {
  const h = normaliseHeader(header);
  if (!h) return null;
  const exact = table.exact.get(h);
  if (exact) return { field: exact.field, score: 2000 - exact.rank };
  const spaced = ` ${h} `;
  if (table.blockers.some((b) => occursIn(b, h, spaced))) return null;
  let best: Synonym | null = null;
  let tied = false;
  for (const s of table.contains) {
    if (!occursIn(s, h, spaced)) continue;
    if (!best || s.text.length > best.text.length) {
      best = s;
      tied = false;
    } else if (s.text.length === best.text.length && s.field !== best.field) {
      tied = true;
    }
  }
  return best && !tied ? { field: best.field, score: best.text.length } : null;
}

export function suggestMapping(headers: readonly string[], kind: ImportKind): ColumnMapping {
  return suggestWith(headers, TABLES[kind], fieldsFor(kind).map((f) => f.key));
}

/** The same suggestion for a field list of its own (seized-goods inventories declare theirs in core/seizures). */
export function suggestMappingFrom(headers: readonly string[], synonyms: HeaderSynonyms, fieldKeys: readonly string[]): ColumnMapping {
  return suggestWith(headers, compile(synonyms), fieldKeys);
}

function suggestWith(headers: readonly string[], table: SynonymTable, fieldKeys: readonly string[]): ColumnMapping {
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  headers.forEach((column, index) => {
    // A header written twice cannot be told apart by name, so only its first column is offered.
    if (seen.has(column)) return;
    seen.add(column);
    const c = candidateFor(table, column);
    if (c) candidates.push({ ...c, column, index });
  });
  candidates.sort((a, b) => b.score - a.score || a.index - b.index);

  const chosen = new Map<string, string>();
  const usedColumns = new Set<string>();
  for (const c of candidates) {
    if (chosen.has(c.field) || usedColumns.has(c.column)) continue;
    chosen.set(c.field, c.column);
    usedColumns.add(c.column);
  }
  const mapping: ColumnMapping = {};
  for (const key of fieldKeys) {
    const column = chosen.get(key);
    if (column !== undefined) mapping[key] = column;
  }
  return mapping;
}
