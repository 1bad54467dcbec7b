// The small query language that picks listings for a case (`assay case create --listings-where QUERY`):
//
//   QUERY      := TERM ( whitespace TERM )*
//   TERM       := WORD | "quoted words" | CONDITION
//   CONDITION  := risk OP N            N a whole number 0–100 (the last `assay score`)
//               | price OP AMOUNT      in the workspace's normalised currency
//               | marketplace=M[,M…]   or marketplace!=M[,M…]
//               | status=S[,S…]        or status!=S[,S…] (new, suspect, infringing, not_infringing, reported, taken_down)
//   OP         := >= | <= | > | < | =
//
// Words and quoted words are searched as on the Listings page (full text, all must match, prefixes allowed).
// Example: `risk>=60 marketplace=ebay,amazon "riviera runner"`.
import { LISTING_STATUSES, type ListingStatus } from '../../api/vocabulary';
import { AssayError } from '../errors';

export type Comparison = '>=' | '<=' | '>' | '<' | '=';

export interface ListingQuery {
  /** Full-text words, as typed in the Listings page's search. */
  text: string;
  marketplaces: { include: string[]; exclude: string[] };
  statuses: { include: ListingStatus[]; exclude: ListingStatus[] };
  risk: { op: Comparison; value: number }[];
  price: { op: Comparison; value: number }[];
}

const CONDITION = /^([A-Za-z_]+)\s*(>=|<=|!=|>|<|=)\s*(.*)$/s;
const FIELDS = ['risk', 'price', 'marketplace', 'status'] as const;

/** Splits on white space outside double quotes; refuses an unclosed quote. */
function tokens(query: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of query) {
    if (ch === '"') {
      quoted = !quoted;
      current += ch;
    } else if (!quoted && /\s/.test(ch)) {
      if (current) out.push(current);
      current = '';
    } else current += ch;
  }
  if (quoted) throw refusal(query, 'a double quote is not closed');
  if (current) out.push(current);
  return out;
}

const refusal = (query: string, why: string) =>
  new AssayError('invalid_input', `The listing query "${query}" could not be understood: ${why}. Write words to search for and conditions such as risk>=60, marketplace=ebay or status=suspect.`);

export function parseListingQuery(query: string): ListingQuery {
  const q: ListingQuery = { text: '', marketplaces: { include: [], exclude: [] }, statuses: { include: [], exclude: [] }, risk: [], price: [] };
  const words: string[] = [];
  for (const token of tokens(query.trim())) {
    if (token.startsWith('"')) {
      words.push(token.replace(/"/g, ''));
      continue;
    }
    const m = CONDITION.exec(token);
    if (!m) {
      if (/[<>=!]/.test(token)) throw refusal(query, `"${token}" is not a condition`);
      words.push(token);
      continue;
    }
    const [, rawField, op, rawValue] = m as unknown as [string, string, string, string];
    const field = rawField.toLowerCase();
    const value = rawValue.replace(/"/g, '').trim();
    if (!(FIELDS as readonly string[]).includes(field)) throw refusal(query, `"${rawField}" is not a field (use ${FIELDS.join(', ')})`);
    if (!value) throw refusal(query, `"${token}" has no value`);
    if (field === 'risk' || field === 'price') {
      if (op === '!=') throw refusal(query, `${field} takes >=, <=, >, < or =, not !=`);
      const n = Number(value);
      if (!/^\d+(\.\d+)?$/.test(value) || !Number.isFinite(n)) throw refusal(query, `"${value}" in "${token}" is not a number`);
      if (field === 'risk' && (n > 100 || !Number.isInteger(n))) throw refusal(query, `risk is a whole number from 0 to 100, not ${value}`);
      q[field].push({ op: op as Comparison, value: n });
      continue;
    }
    if (op !== '=' && op !== '!=') throw refusal(query, `${field} takes = or !=, not ${op}`);
    const list = value.split(',').map((v) => v.trim().toLowerCase()).filter(Boolean);
    if (field === 'status') {
      const bad = list.find((s) => !(LISTING_STATUSES as readonly string[]).includes(s));
      if (bad) throw refusal(query, `"${bad}" is not a listing status (use ${LISTING_STATUSES.join(', ')})`);
      q.statuses[op === '=' ? 'include' : 'exclude'].push(...(list as ListingStatus[]));
    } else {
      const bad = list.find((mk) => !/^[a-z0-9][a-z0-9._-]{0,39}$/.test(mk));
      if (bad) throw refusal(query, `"${bad}" is not a marketplace name`);
      q.marketplaces[op === '=' ? 'include' : 'exclude'].push(...list);
    }
  }
  q.text = words.join(' ');
  return q;
}
