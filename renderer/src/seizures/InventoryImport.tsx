// "Import inventory" on a seizure: a CSV or XLSX is chosen (uploaded first in a browser), the import engine sniffs
// it, and its first rows show with the columns mapped by the customs preset and the header suggestions; any column
// can be changed before the import. The result says how many lines came in and which rows were flagged or rejected.
import { useRef, useState } from 'react';
import type { InventoryImportSummary, InventoryPreview } from '../../../electron/api/seizureContract';
import { errorMessage } from '../api/apiError';
import { call, fileToPath } from '../api/client';
import { InlineAlert } from '../components/InlineAlert';
import { formatCount } from '../format/numberFormat';
import { FieldMappingTable } from '../imports/FieldMappingTable';
import { PreviewTable } from '../imports/PreviewTable';

/** How many flagged or rejected rows the result lists by name. */
const SHOWN = 50;

/** Every field, mapped or sent as "" (not in this file), so the import reads exactly what the table shows. */
const fullMapping = (fields: InventoryPreview['fields'], mapping: Record<string, string>) => Object.fromEntries(fields.map((f) => [f.key, mapping[f.key] ?? '']));

function missingSentence(mapping: Record<string, string>): string | null {
  if (!mapping.quantity) return 'Choose the column that holds the quantity; an inventory cannot be read without it.';
  if (!mapping.description && !mapping.model) return 'Choose the column with the description of the goods or the model claimed.';
  return null;
}

export function InventoryImport(props: { seizureId: number; onImported: () => void; onClose: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ path: string; name: string } | null>(null);
  const [preview, setPreview] = useState<InventoryPreview | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<InventoryImportSummary | null>(null);

  const choose = async (list: FileList | null) => {
    const chosen = list?.[0];
    if (!chosen) return;
    setError(null);
    setResult(null);
    setPreview(null);
    setBusy(`Reading ${chosen.name}…`);
    try {
      const path = await fileToPath(chosen);
      const read = await call('seizures.previewInventory', { path });
      setFile({ path, name: chosen.name });
      setPreview(read);
      setMapping(read.mapping);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
      if (input.current) input.current.value = '';
    }
  };

  const map = (field: string, column: string) => {
    setMapping((old) => {
      const next = { ...old };
      // One column feeds one field, as in the import engine.
      for (const [other, used] of Object.entries(next)) if (column && used === column && other !== field) delete next[other];
      if (column) next[field] = column;
      else delete next[field];
      return next;
    });
  };

  const importNow = async () => {
    if (!file || !preview) return;
    setBusy(`Importing ${file.name}…`);
    setError(null);
    try {
      setResult(await call('seizures.importInventory', { seizureId: props.seizureId, path: file.path, mapping: fullMapping(preview.fields, mapping) }));
      setPreview(null);
      props.onImported();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const missing = preview ? missingSentence(mapping) : null;

  return (
    <section className="card card__pad stack inventory-import" aria-labelledby="inventory-import">
      <div className="inventory-import__head">
        <h2 className="card__title" id="inventory-import">
          Import inventory
        </h2>
        <button type="button" className="button button--quiet" onClick={props.onClose}>
          Close
        </button>
      </div>
      <p className="muted">A CSV, TSV or Excel sheet from the authority, one product type per row. Its lines are added to this seizure, then matched and checked.</p>
      <div className="inventory-import__pick">
        <button type="button" className="button" onClick={() => input.current?.click()} disabled={busy !== null}>
          {file ? 'Choose another file…' : 'Choose the inventory file…'}
        </button>
        <span className="muted">{busy ?? (file ? file.name : 'No file chosen')}</span>
        <input ref={input} type="file" hidden accept=".csv,.tsv,.txt,.xlsx" aria-label="Inventory file" onChange={(e) => void choose(e.target.files)} />
      </div>
      {error ? <InlineAlert>{error}</InlineAlert> : null}
      {preview ? (
        <>
          <p className="muted">
            {preview.preview.sniffed.format.toUpperCase()}
            {preview.preview.sniffed.sheet ? `, sheet “${preview.preview.sniffed.sheet}”` : ''} · {formatCount(preview.preview.sniffed.headers.length)} columns · mapped with the preset “{preview.presetLabel}” and the header names; change any
            column below.
          </p>
          <FieldMappingTable fields={preview.fields} headers={preview.preview.sniffed.headers} mapping={mapping} firstRow={preview.preview.rows[0] ?? null} onMap={map} />
          <PreviewTable preview={preview.preview} stale={busy !== null} />
          {preview.preview.rowErrors.length > 0 ? (
            <InlineAlert tone="warning" title="Some rows cannot be read.">
              {preview.preview.rowErrors.map((e) => `Row ${e.rowNumber}: ${e.reason}`).join(' ')}
            </InlineAlert>
          ) : null}
          {missing ? <InlineAlert tone="warning">{missing}</InlineAlert> : null}
          <div className="card__actions">
            <button type="button" className="button button--primary" disabled={busy !== null || missing !== null} onClick={() => void importNow()}>
              Import the lines
            </button>
          </div>
        </>
      ) : null}
      {result ? (
        <div className="stack" aria-label="Import result">
          <InlineAlert tone="success" title={`Imported ${result.fileName}.`}>
            {formatCount(result.lines)} lines, {formatCount(result.serials)} serial numbers and {formatCount(result.gtins)} GTINs added ({result.seconds.toFixed(1)} s).
          </InlineAlert>
          {result.flagged.length > 0 ? (
            <InlineAlert tone="warning" title={`${formatCount(result.flagged.length)} ${result.flagged.length === 1 ? 'line was' : 'lines were'} flagged and kept as entered.`}>
              <ul className="inventory-import__problems">
                {result.flagged.slice(0, SHOWN).map((f) => (
                  <li key={f.lineNo}>
                    Line {f.lineNo}: {f.problems.join(' ')}
                  </li>
                ))}
                {result.flagged.length > SHOWN ? <li>… and {formatCount(result.flagged.length - SHOWN)} more, each marked on its line below.</li> : null}
              </ul>
            </InlineAlert>
          ) : null}
          {result.rejected.length > 0 ? (
            <InlineAlert title={`${formatCount(result.rejected.length)} ${result.rejected.length === 1 ? 'row' : 'rows'} could not be read.`}>
              <ul className="inventory-import__problems">
                {result.rejected.slice(0, SHOWN).map((r) => (
                  <li key={r.rowNumber}>
                    Row {r.rowNumber}: {r.reason}
                  </li>
                ))}
                {result.rejected.length > SHOWN ? <li>… and {formatCount(result.rejected.length - SHOWN)} more.</li> : null}
              </ul>
            </InlineAlert>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
