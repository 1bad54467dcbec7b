// Serials counterfeiters reuse: for each line, the serials (by normal form) that also appear on another line of the
// same seizure or in another seizure, with where. Pure, over what the repository read in two queries.
import type { SerialRepeat } from './autoChecks';

/** Places quoted per repeated serial at most; the rest are counted. */
const PLACES = 5;

export function findSerialRepeats(
  lines: readonly { id: number; lineNo: number }[],
  serials: ReadonlyMap<number, readonly string[]>,
  normalised: ReadonlyMap<number, readonly string[]>,
  elsewhere: ReadonlyMap<string, readonly string[]>,
): Map<number, SerialRepeat[]> {
  const owners = new Map<string, number[]>();
  const lineNoOf = new Map(lines.map((l) => [l.id, l.lineNo]));
  for (const [lineId, keys] of normalised) for (const key of keys) owners.set(key, [...(owners.get(key) ?? []), lineId]);
  const out = new Map<number, SerialRepeat[]>();
  for (const [lineId, keys] of normalised) {
    const written = serials.get(lineId) ?? [];
    keys.forEach((key, i) => {
      const here = (owners.get(key) ?? []).filter((other) => other !== lineId).map((other) => `line ${lineNoOf.get(other) ?? '?'}`);
      const places = [...here, ...(elsewhere.get(key) ?? [])];
      if (places.length === 0) return;
      const quoted = places.length > PLACES ? [...places.slice(0, PLACES), `${places.length - PLACES} more lines`] : places;
      out.set(lineId, [...(out.get(lineId) ?? []), { serial: written[i] ?? key, elsewhere: quoted }]);
    });
  }
  return out;
}
