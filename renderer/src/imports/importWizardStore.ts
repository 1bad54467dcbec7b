// The import wizard's state: the kind of file, the file, how it was read (the preview and any overrides),
// and the column mapping. A store rather than component state, so leaving the page keeps the work.
import { create } from 'zustand';
import type { ImportKind, ImportPreset, ImportPreview, SourceOptionsInput } from '../../../electron/api/contract';
import { errorMessage } from '../api/apiError';
import { call, fileToPath } from '../api/client';
import { applyPreset, suggestedMapping } from './presetApplication';

export type WizardStep = 'file' | 'preview' | 'mapping' | 'run';

export interface ChosenFile {
  name: string;
  size: number;
  /** Where the Node side reads it; '' while it is being uploaded. */
  path: string;
}

interface ImportWizardState {
  step: WizardStep;
  kind: ImportKind;
  file: ChosenFile | null;
  busy: 'uploading' | 'previewing' | null;
  /** What went wrong with the file or its preview, as a sentence. */
  error: string | null;
  /** Overrides the person chose; anything absent is sniffed. */
  options: SourceOptionsInput;
  preview: ImportPreview | null;
  mapping: Record<string, string>;
  /** The preset applied, by name ('' for Assay's suggestion), and its columns missing from this file. */
  preset: string;
  presetMissing: string[];
  marketplace: string;
  brand: string;
  again: boolean;

  setKind: (kind: ImportKind) => void;
  chooseFile: (file: File) => Promise<void>;
  setOption: <K extends keyof SourceOptionsInput>(key: K, value: SourceOptionsInput[K] | undefined) => void;
  resetOptions: () => void;
  goTo: (step: WizardStep) => void;
  mapField: (field: string, column: string) => void;
  choosePreset: (preset: ImportPreset | null) => void;
  setMarketplace: (marketplace: string) => void;
  setBrand: (brand: string) => void;
  setAgain: (again: boolean) => void;
  reset: () => void;
}

const FRESH = {
  step: 'file' as WizardStep,
  file: null,
  busy: null,
  error: null,
  options: {},
  preview: null,
  mapping: {},
  preset: '',
  presetMissing: [],
  marketplace: '',
  brand: '',
  again: false,
};

export const useImportWizard = create<ImportWizardState>((set, get) => {
  /** Only the answer to the latest request is kept: a slow preview never overwrites a newer one. */
  let request = 0;

  const runPreview = async (advance = false) => {
    const { file, kind, options } = get();
    if (!file?.path) return;
    const mine = ++request;
    set({ busy: 'previewing', error: null });
    try {
      const preview = await call('imports.preview', { path: file.path, kind, options });
      if (mine !== request) return;
      const before = get().preview;
      const sameColumns = before !== null && JSON.stringify(before.sniffed.headers) === JSON.stringify(preview.sniffed.headers);
      set({
        preview,
        busy: null,
        step: advance ? 'preview' : get().step,
        // New columns (another sheet, another delimiter) make the old mapping meaningless.
        ...(sameColumns ? {} : { mapping: suggestedMapping(preview.suggestedMapping, preview.sniffed.headers), preset: '', presetMissing: [] }),
        again: preview.previousImport ? get().again : false,
      });
    } catch (error) {
      if (mine !== request) return;
      set({ busy: null, error: errorMessage(error) });
    }
  };

  return {
    ...FRESH,
    kind: 'listings',

    setKind: (kind) => {
      if (kind === get().kind) return;
      // A different kind means different fields and another duplicate check: preview again from scratch.
      set({ kind, preview: null, mapping: {}, preset: '', presetMissing: [], marketplace: '', brand: '', again: false });
      if (get().file?.path) void runPreview();
    },

    chooseFile: async (file) => {
      const mine = ++request;
      set({ ...FRESH, kind: get().kind, file: { name: file.name, size: file.size, path: '' }, busy: 'uploading' });
      let path: string;
      try {
        path = await fileToPath(file);
      } catch (error) {
        if (mine === request) set({ busy: null, error: errorMessage(error) });
        return;
      }
      if (mine !== request) return;
      set({ file: { name: file.name, size: file.size, path } });
      await runPreview(true);
    },

    setOption: (key, value) => {
      const options = { ...get().options };
      if (value === undefined) delete options[key];
      else options[key] = value;
      set({ options });
      void runPreview();
    },

    resetOptions: () => {
      set({ options: {} });
      void runPreview();
    },

    goTo: (step) => set({ step, error: step === 'file' ? get().error : null }),

    mapField: (field, column) => {
      const mapping = { ...get().mapping };
      if (column) mapping[field] = column;
      else delete mapping[field];
      set({ mapping });
    },

    choosePreset: (preset) => {
      const preview = get().preview;
      if (!preview) return;
      if (!preset) {
        set({ preset: '', presetMissing: [], mapping: suggestedMapping(preview.suggestedMapping, preview.sniffed.headers) });
        return;
      }
      const applied = applyPreset(preset, preview.sniffed.headers, preview.suggestedMapping, get().marketplace);
      set({ preset: preset.name, presetMissing: applied.missingColumns, mapping: applied.mapping, marketplace: applied.marketplace });
    },

    setMarketplace: (marketplace) => set({ marketplace }),
    setBrand: (brand) => set({ brand }),
    setAgain: (again) => set({ again }),

    reset: () => {
      request += 1;
      set({ ...FRESH, kind: get().kind });
    },
  };
});
