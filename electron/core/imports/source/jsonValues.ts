// Turns parsed JSON records into rows of strings: numbers and booleans as written, null as '', nested values
// as JSON text; and parses integers too long for a double as their digits, so an ID is never rounded.
import { uniqueHeaders, setValue } from './headerNames';

/** A JSON value as the text of a cell. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What a JSON value is, for a reason: "a number", "an array". */
export function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/** Wraps number literals of 16 or more digits in quotes, outside strings, so JSON.parse keeps their digits. */
function quoteLongNumbers(text: string): string {
  let out = '';
  let from = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
      i++;
      continue;
    }
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      const m = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
      if (m && (m[0].match(/\d/g)?.length ?? 0) >= 16) {
        out += `${text.slice(from, i)}"${m[0]}"`;
        from = i + m[0].length;
      }
      i += m ? m[0].length : 1;
      continue;
    }
    i++;
  }
  return out + text.slice(from);
}

/** A number of 16 or more digits may have lost some in a double: at or above 1e15, anywhere in the value. */
function mayHaveLostDigits(v: unknown): boolean {
  if (typeof v === 'number') return Math.abs(v) >= 1e15;
  if (typeof v !== 'object' || v === null) return false;
  for (const x of Array.isArray(v) ? v : Object.values(v)) if (mayHaveLostDigits(x)) return true;
  return false;
}

/** JSON.parse, except that numbers of 16 or more digits come back as their exact text. */
export function parseJsonExact(text: string): unknown {
  const value = JSON.parse(text) as unknown;
  return mayHaveLostDigits(value) ? JSON.parse(quoteLongNumbers(text)) : value;
}

/** Header names for JSON keys, and the header each key of a record goes under (new keys get their own name). */
export class JsonColumns {
  private readonly byKey = new Map<string, string>();
  private readonly used: Set<string>;

  constructor(readonly headers: readonly string[], keys: readonly string[]) {
    keys.forEach((k, i) => this.byKey.set(k, headers[i]!));
    this.used = new Set(headers);
  }

  static fromKeys(keys: readonly string[]): { headers: string[]; sourceKeys: string[] } {
    return { headers: uniqueHeaders(keys), sourceKeys: [...keys] };
  }

  values(record: Record<string, unknown>): Record<string, string> {
    const values: Record<string, string> = {};
    for (const h of this.headers) setValue(values, h, '');
    for (const key of Object.keys(record)) setValue(values, this.headerFor(key), cellText(record[key]));
    return values;
  }

  private headerFor(key: string): string {
    let name = this.byKey.get(key);
    if (name === undefined) {
      const base = key.trim() || 'Column';
      name = base;
      for (let n = 2; this.used.has(name); n++) name = `${base} (${n})`;
      this.used.add(name);
      this.byKey.set(key, name);
    }
    return name;
  }
}

/** Keys in order of first appearance across records. */
export function keysOf(records: Iterable<unknown>): string[] {
  const keys = new Set<string>();
  for (const r of records) if (isRecord(r)) for (const k of Object.keys(r)) keys.add(k);
  return [...keys];
}
