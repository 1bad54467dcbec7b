// The import operations of the contract: preview, start (in a worker), cancel, history, rejected rows, undo,
// presets, and the exchange-rate table that import normalises prices with.
import path from 'node:path';
import type { Handlers, ImportPreset } from '../../api/contract';
import {
  countRejections,
  exchangeRates,
  findImportBySha256,
  getImport,
  iterateRejections,
  listImports,
  listRejections,
  listSavedPresets,
  saveExchangeRates,
  savePreset,
} from '../db/importsRepository';
import type { Workspace } from '../db/openWorkspace';
import { AssayError } from '../errors';
import { sha256File } from '../hashing';
import { currentActor } from '../imports/actor';
import type { ImportJobs } from '../imports/importJobs';
import { BUILT_IN_PRESETS } from '../imports/mapping/builtInPresets';
import { LISTING_FIELDS } from '../imports/mapping/listingFields';
import { PRODUCT_FIELDS } from '../imports/mapping/productFields';
import { suggestMapping } from '../imports/mapping/suggestMapping';
import { rejectionsCsv } from '../imports/rejectionsCsv';
import { previewSource } from '../imports/source/readSource';
import { statSource } from '../imports/source/sourceFile';
import { undoImport } from '../imports/undoImport';

type ImportOperations =
  | 'imports.fields'
  | 'imports.preview'
  | 'imports.start'
  | 'imports.cancel'
  | 'imports.list'
  | 'imports.get'
  | 'imports.rejections'
  | 'imports.rejectionsCsv'
  | 'imports.undo'
  | 'imports.presets'
  | 'imports.savePreset'
  | 'settings.rates'
  | 'settings.saveRates';

export function importHandlers(ws: Workspace, jobs: ImportJobs): Pick<Handlers, ImportOperations> {
  const { db } = ws;
  const importOrFail = (importId: number) => {
    const summary = getImport(db, importId);
    if (!summary) throw new AssayError('not_found', `Import ${importId} does not exist in this workspace.`);
    return summary;
  };
  return {
    'imports.fields': ({ kind }) => (kind === 'listings' ? LISTING_FIELDS : PRODUCT_FIELDS).map((f) => ({ key: f.key, label: f.label, required: f.required })),
    'imports.preview': async ({ path: file, kind, options }) => {
      const size = statSource(file);
      const [sha256, preview] = await Promise.all([sha256File(file), previewSource(file, options, 20)]);
      const previous = findImportBySha256(db, sha256, kind);
      return {
        fileName: path.basename(file),
        size,
        sha256,
        sniffed: preview.sniffed,
        rows: preview.rows,
        rowErrors: preview.errors.map((e) => ({ rowNumber: e.rowNumber, column: e.column, reason: e.reason })),
        suggestedMapping: suggestMapping(preview.sniffed.headers, kind),
        previousImport: previous ? { id: previous.id, startedAt: previous.startedAt, status: previous.status } : null,
      };
    },
    'imports.start': async (input) => {
      const { importId } = await jobs.start({
        kind: input.kind,
        file: input.path,
        options: input.options,
        mapping: input.mapping,
        marketplace: input.marketplace ?? null,
        brand: input.brand ?? null,
        again: input.again,
        actor: currentActor(),
      });
      return { importId };
    },
    'imports.cancel': ({ importId }) => ({ cancelled: jobs.cancel(importId) }),
    'imports.list': () => listImports(db),
    'imports.get': ({ importId }) => importOrFail(importId),
    'imports.rejections': ({ importId, offset, limit }) => {
      importOrFail(importId);
      return { total: countRejections(db, importId), rows: listRejections(db, importId, offset, limit) };
    },
    'imports.rejectionsCsv': ({ importId }) => {
      const summary = importOrFail(importId);
      return { fileName: `${path.parse(summary.fileName).name}.rejected.csv`, csv: rejectionsCsv(iterateRejections(db, importId)) };
    },
    'imports.undo': ({ importId }) => undoImport(ws, importId, currentActor()),
    'imports.presets': ({ kind }) => {
      const builtIn: ImportPreset[] = BUILT_IN_PRESETS.filter((p) => p.kind === kind).map((p) => ({ name: p.name, label: p.label, kind: p.kind, builtIn: true, marketplace: p.marketplace, mapping: { ...p.mapping } }));
      const saved: ImportPreset[] = listSavedPresets(db, kind).map((p) => ({ name: p.name, label: p.name, kind: p.kind, builtIn: false, marketplace: p.marketplace, mapping: p.mapping }));
      return [...builtIn, ...saved];
    },
    'imports.savePreset': ({ kind, name, mapping, marketplace }) => {
      if (BUILT_IN_PRESETS.some((p) => p.name === name)) throw new AssayError('invalid_input', `"${name}" is the name of a built-in preset; choose another name.`);
      savePreset(db, { kind, name, mapping, marketplace: marketplace ?? null }, new Date().toISOString());
      return { name, label: name, kind, builtIn: false, marketplace: marketplace ?? null, mapping };
    },
    'settings.rates': () => exchangeRates(db),
    'settings.saveRates': ({ rates }) => {
      saveExchangeRates(db, rates);
      return exchangeRates(db);
    },
  };
}
