// Recognises files that are not listing exports from their first bytes, so they are refused by name
// instead of being read as pages of garbage rows.

const SIGNATURES: readonly [bytes: readonly number[], what: string][] = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], 'a 7-Zip archive'],
  [[0x52, 0x61, 0x72, 0x21], 'a RAR archive'],
  [[0x7f, 0x45, 0x4c, 0x46], 'a program'],
  [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'an Excel 97-2003 workbook (.xls) or another old Office file'],
];

const startsWith = (sample: Uint8Array, bytes: readonly number[]) => bytes.every((b, i) => sample[i] === b);

/** A ZIP archive (local file header, or the end record of an empty archive): .xlsx files are ZIPs. */
export const isZip = (sample: Uint8Array): boolean =>
  sample[0] === 0x50 && sample[1] === 0x4b && ((sample[2] === 3 && sample[3] === 4) || (sample[2] === 5 && sample[3] === 6));

/** What a known binary file is ("a PNG image"), or null. */
export function knownBinary(sample: Uint8Array): string | null {
  for (const [bytes, what] of SIGNATURES) if (startsWith(sample, bytes)) return what;
  return null;
}

export function binaryRefusal(name: string, what: string): string {
  if (what.includes('.xls)')) return `${name} is ${what}; open it in Excel and save it as .xlsx or CSV, then import that.`;
  return `${name} is ${what}, not a listing export. Assay reads CSV, TSV, JSON, NDJSON and .xlsx files.`;
}
