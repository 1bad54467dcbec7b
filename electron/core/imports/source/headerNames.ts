// Column names a person can map: trimmed, an empty one becomes "Column 3" (its position), and a repeated
// one becomes "name (2)", so every column keeps its own name and no value is lost under another's.

export function uniqueHeaders(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((raw, i) => {
    const base = raw.trim() || `Column ${i + 1}`;
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base} (${n})`;
    used.add(name);
    return name;
  });
}

/** "1 field", "7 fields". */
export const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Sets a value even under the key "__proto__", which a plain assignment would take for the object's prototype. */
export function setValue(values: Record<string, string>, key: string, value: string): void {
  if (key === '__proto__') Object.defineProperty(values, key, { value, enumerable: true, writable: true, configurable: true });
  else values[key] = value;
}
