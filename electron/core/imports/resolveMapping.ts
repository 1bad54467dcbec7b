// The mapping an import uses: a preset (built-in or saved) or Assay's suggestion from the headers, with the
// person's own FIELD=COLUMN choices on top. Shared by the CLI and the app.
import type { ImportKind } from '../../api/contract';
import type { SavedPreset } from '../db/importsRepository';
import { AssayError } from '../errors';
import { BUILT_IN_PRESETS, applyPreset } from './mapping/builtInPresets';
import { suggestMapping } from './mapping/suggestMapping';

export interface ResolvedMapping {
  mapping: Record<string, string>;
  /** The preset's marketplace, for files without a marketplace column. */
  marketplace: string | null;
  source: 'preset' | 'suggested';
}

export function resolveMapping(input: { headers: string[]; kind: ImportKind; presetName: string | null; overrides: Record<string, string>; savedPresets: SavedPreset[] }): ResolvedMapping {
  let base: Record<string, string>;
  let marketplace: string | null = null;
  let source: ResolvedMapping['source'] = 'suggested';
  if (input.presetName) {
    const builtIn = BUILT_IN_PRESETS.find((p) => p.name === input.presetName && p.kind === input.kind);
    const saved = input.savedPresets.find((p) => p.name === input.presetName && p.kind === input.kind);
    if (!builtIn && !saved) {
      const names = [...BUILT_IN_PRESETS.filter((p) => p.kind === input.kind).map((p) => p.name), ...input.savedPresets.map((p) => p.name)];
      throw new AssayError('bad_flag', `There is no ${input.kind} preset named "${input.presetName}". Presets: ${names.join(', ')}.`);
    }
    base = builtIn ? applyPreset(builtIn, input.headers).mapping : { ...saved!.mapping };
    marketplace = builtIn ? builtIn.marketplace : saved!.marketplace;
    source = 'preset';
  } else {
    base = suggestMapping(input.headers, input.kind);
  }
  return { mapping: { ...base, ...input.overrides }, marketplace, source };
}
