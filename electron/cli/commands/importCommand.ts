// `assay import FILE` and `assay products import FILE`: imports a file in the foreground, printing a summary,
// or with --json one JSON object with the import's counts. The import runs in a worker thread, as in the app,
// under the same cap on its memory.
import path from 'node:path';
import type { ImportKind, ImportSummary } from '../../api/contract';
import { listSavedPresets } from '../../core/db/importsRepository';
import { checkImagesFolder } from '../../core/compare/images/attachListingImages';
import { listingImagesAfterImport, officialImagesAfterImport } from '../../core/compare/images/imagesAfterImport';
import { AssayError } from '../../core/errors';
import { currentActor } from '../../core/imports/actor';
import { workspaceImportJobs } from '../../core/imports/importJobs';
import { resolveMapping } from '../../core/imports/resolveMapping';
import { sniffSource, type SourceOptions } from '../../core/imports/source/readSource';
import type { CliIo } from '../io';
import { openWorkspaceForCli } from '../openWorkspaceForCli';
import { parseFlags, requireFlag } from '../parseFlags';

const DELIMITERS: Record<string, string> = { ',': ',', comma: ',', ';': ';', semicolon: ';', '\\t': '\t', '\t': '\t', tab: '\t', '|': '|', pipe: '|' };
const QUOTES: Record<string, string> = { '"': '"', double: '"', "'": "'", single: "'" };
const ENCODINGS: Record<string, SourceOptions['encoding']> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  'latin-1': 'windows-1252',
  latin1: 'windows-1252',
  'iso-8859-1': 'windows-1252',
};

export async function importCommand(kind: ImportKind, args: string[], io: CliIo, env: { importWorkerScript: string }): Promise<number> {
  const command = kind === 'listings' ? 'import' : 'products import';
  const { values, positionals } = parseFlags(
    command,
    args,
    {
      db: { type: 'string' },
      marketplace: { type: 'string' },
      brand: { type: 'string' },
      preset: { type: 'string' },
      map: { type: 'string', multiple: true },
      delimiter: { type: 'string' },
      quote: { type: 'string' },
      encoding: { type: 'string' },
      sheet: { type: 'string' },
      again: { type: 'boolean' },
      images: { type: 'string' },
      json: { type: 'boolean' },
    },
    true,
  );
  if (positionals.length !== 1) throw new AssayError('bad_flag', `assay ${command} takes one FILE to import${positionals.length ? `, not ${positionals.length}` : ''}.`);
  if (kind === 'products' && values.marketplace) throw new AssayError('bad_flag', `${command} does not take --marketplace; products belong to a --brand.`);
  if (kind === 'listings' && values.brand) throw new AssayError('bad_flag', `${command} does not take --brand; map a brand column with --map brand=COLUMN.`);
  if (kind === 'products' && values.images) throw new AssayError('bad_flag', `${command} does not take --images; name each product's photos in its official_images column, beside the spec sheet.`);
  const imagesDir = values.images ? checkImagesFolder(values.images) : null;
  const file = path.resolve(positionals[0]!);
  const options = sourceOptions(command, values);
  const overrides = mapOverrides(command, values.map ?? []);

  const ws = openWorkspaceForCli(requireFlag(command, 'db', values.db), io);
  try {
    const sniffed = await sniffSource(file, options);
    const resolved = resolveMapping({ headers: sniffed.headers, kind, presetName: values.preset ?? null, overrides, savedPresets: listSavedPresets(ws.db, kind) });
    const { finished } = await workspaceImportJobs(ws, { workerScript: env.importWorkerScript, events: { emit() {} } }).start({
      kind,
      file,
      options,
      mapping: resolved.mapping,
      marketplace: values.marketplace?.toLowerCase() ?? resolved.marketplace,
      brand: values.brand ?? null,
      again: values.again === true,
      actor: currentActor(),
    });
    const summary = await finished;
    // Images are attached after the import completes (core/compare/images), outside the import pipeline.
    const images = imagesDir ? await listingImagesAfterImport(ws, { dir: imagesDir, importId: summary.id, actor: currentActor() }) : kind === 'products' ? await officialImagesAfterImport(ws, { specSheet: file, importId: summary.id, actor: currentActor() }) : null;
    io.stdout(values.json ? `${JSON.stringify({ ...jsonSummary(summary), ...(images ? { images: images.json } : {}) })}\n` : humanSummary(summary) + (images?.sentences.length ? `${images.sentences.join('\n')}\n` : ''));
    return 0;
  } finally {
    ws.close();
  }
}

function sourceOptions(command: string, values: { delimiter?: string; quote?: string; encoding?: string; sheet?: string }): SourceOptions {
  const options: SourceOptions = {};
  if (values.delimiter !== undefined) {
    const d = DELIMITERS[values.delimiter.toLowerCase()];
    if (!d) throw new AssayError('bad_flag', `${command}: --delimiter must be one of , ; tab | (not "${values.delimiter}").`);
    options.delimiter = d;
  }
  if (values.quote !== undefined) {
    const q = QUOTES[values.quote.toLowerCase()];
    if (!q) throw new AssayError('bad_flag', `${command}: --quote must be " or ' (not "${values.quote}").`);
    options.quote = q;
  }
  if (values.encoding !== undefined) {
    const e = ENCODINGS[values.encoding.toLowerCase()];
    if (!e) throw new AssayError('bad_flag', `${command}: --encoding must be utf-8, utf-16le, utf-16be or windows-1252 (not "${values.encoding}").`);
    options.encoding = e;
  }
  if (values.sheet !== undefined) options.sheet = values.sheet;
  return options;
}

function mapOverrides(command: string, maps: string[]): Record<string, string> {
  const overrides: Record<string, string> = {};
  for (const m of maps) {
    const eq = m.indexOf('=');
    if (eq <= 0) throw new AssayError('bad_flag', `${command}: --map takes FIELD=COLUMN, as in --map price="Sale Price" (not "${m}").`);
    overrides[m.slice(0, eq).trim()] = m.slice(eq + 1).trim();
  }
  return overrides;
}

const jsonSummary = (s: ImportSummary) => ({
  import_id: s.id,
  kind: s.kind,
  file: s.fileName,
  sha256: s.sha256,
  size: s.size,
  format: s.format,
  read: s.counts.read,
  imported: s.counts.new,
  updated: s.counts.updated,
  unchanged: s.counts.unchanged,
  rejected: s.counts.rejected,
  duration_ms: s.durationMs,
  mapping: s.mapping,
});

function humanSummary(s: ImportSummary): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const seconds = (s.durationMs ?? 0) / 1000;
  const rate = seconds > 0 ? `, ${n(Math.round(s.counts.read / seconds))} rows/s` : '';
  const lines = [
    `Imported ${s.fileName} as import ${s.id}: ${n(s.counts.read)} rows read, ${n(s.counts.new)} new, ${n(s.counts.updated)} updated, ${n(s.counts.unchanged)} unchanged, ${n(s.counts.rejected)} rejected (${seconds.toFixed(1)} s${rate}).`,
  ];
  if (s.counts.rejected > 0) lines.push(`See the rejected rows with "assay imports rejections --import ${s.id} --db …", or export them with --csv to fix and import again.`);
  return `${lines.join('\n')}\n`;
}
