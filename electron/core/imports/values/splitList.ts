// Splits a cell of several values (image URLs, aliases, GTINs) on "|", ";", new lines and "、", on commas only
// where a comma cannot be inside a value (not "1,299", not in a URL), or reads a JSON array; trims and dedupes.

const STRONG = /[|;\n\r\t、；｜]/;
const STRONG_SPLIT = /[|;\n\r\t、；｜]+/;
const URL_COMMA = /\s*[,，]\s*(?=(?:https?:)?\/\/)/i;
const isDigit = (c: number | undefined): boolean => c !== undefined && c >= 48 && c <= 57;

/** Commas between digits stay when they read as thousands ("1,299") or decimals ("95,5%"). */
function splitOnCommas(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 44 && c !== 0xff0c) continue;
    if (c === 44 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) {
      let after = 0;
      while (isDigit(text.charCodeAt(i + 1 + after))) after++;
      let before = 0;
      while (isDigit(text.charCodeAt(i - 1 - before))) before++;
      if (after === 3 || (after <= 2 && before <= 3)) continue;
    }
    parts.push(text.slice(start, i));
    start = i + 1;
  }
  parts.push(text.slice(start));
  return parts;
}

function fromJsonArray(text: string): string[] | null {
  try {
    const v: unknown = JSON.parse(text);
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string' || typeof x === 'number')) return null;
    return v.map(String);
  } catch {
    return null;
  }
}

export function splitList(text: string): string[] {
  const t = text.trim();
  if (!t) return [];
  let parts: string[];
  const json = t.startsWith('[') && t.endsWith(']') ? fromJsonArray(t) : null;
  if (json) parts = json;
  else if (STRONG.test(t)) parts = t.split(STRONG_SPLIT);
  else if (t.includes('//')) parts = t.split(URL_COMMA);
  else if (t.includes(',') || t.includes('，')) parts = splitOnCommas(t);
  else return [t];

  const out: string[] = [];
  const seen = new Set<string>();
  for (const p of parts) {
    const v = p.trim();
    if (v && !seen.has(v)) {
      seen.add(v);
      out.push(v);
    }
  }
  return out;
}
