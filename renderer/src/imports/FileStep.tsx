// Step 1: what the file holds (listings or genuine products) and the file itself, dropped on the zone or
// chosen with the button. In a browser the file is uploaded first; either way the preview follows.
import { useRef } from 'react';
import type { ImportKind } from '../../../electron/api/contract';
import { InlineAlert } from '../components/InlineAlert';
import { formatBytes } from '../format/byteSize';
import { useImportWizard } from './importWizardStore';
import { useFileDrop } from '../files/useFileDrop';

const ACCEPTED = '.csv,.tsv,.tab,.txt,.json,.ndjson,.jsonl,.xlsx';

const KINDS: { value: ImportKind; title: string; detail: string }[] = [
  { value: 'listings', title: 'Listings', detail: 'Marketplace listings: an export, a scrape or a monitoring vendor’s file.' },
  { value: 'products', title: 'Genuine products', detail: 'The brand’s specification sheet: SKUs, prices, materials, GTINs.' },
];

export function FileStep() {
  const { kind, file, busy, error, preview, setKind, chooseFile, goTo } = useImportWizard();
  const input = useRef<HTMLInputElement>(null);

  const take = (files: FileList | null) => {
    const chosen = files?.[0];
    if (chosen) void chooseFile(chosen);
  };
  const { dragging, dropProps } = useFileDrop((files) => take(files), busy !== null);

  return (
    <div className="wizard-step">
      <fieldset className="kind-picker">
        <legend className="field-label">What does the file hold?</legend>
        {KINDS.map((k) => (
          <label key={k.value} className={`kind-option${kind === k.value ? ' kind-option--on' : ''}`}>
            <input type="radio" name="import-kind" value={k.value} checked={kind === k.value} onChange={() => setKind(k.value)} disabled={busy !== null} />
            <span className="kind-option__text">
              <span className="kind-option__title">{k.title}</span>
              <span className="kind-option__detail">{k.detail}</span>
            </span>
          </label>
        ))}
      </fieldset>

      <div
        className={`drop-zone${dragging ? ' drop-zone--over' : ''}${busy ? ' drop-zone--busy' : ''}`}
        {...dropProps}
      >
        <input
          ref={input}
          type="file"
          className="visually-hidden"
          accept={ACCEPTED}
          aria-label="File to import"
          onChange={(e) => {
            take(e.target.files);
            e.target.value = '';
          }}
        />
        {busy && file ? (
          <div className="drop-zone__busy" role="status">
            <span className="drop-zone__title">
              {busy === 'uploading' ? 'Uploading' : 'Reading'} <span className="mono">{file.name}</span> ({formatBytes(file.size)})…
            </span>
            <progress className="progress drop-zone__progress" aria-label={busy === 'uploading' ? 'Uploading the file' : 'Reading the first rows'} />
            <span className="muted">{busy === 'uploading' ? 'Sending the file to Assay’s local server; nothing leaves this computer.' : 'Sniffing the format and reading the first 20 rows.'}</span>
          </div>
        ) : (
          <>
            <svg className="drop-zone__icon" viewBox="0 0 24 24" aria-hidden="true">
              <path d="M12 15V4m0 0-4 4m4-4 4 4" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
              <path d="M4 14v4a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-4" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
            </svg>
            <span className="drop-zone__title">Drop a file here</span>
            <span className="muted">CSV or TSV, NDJSON or JSON, or an Excel workbook (.xlsx). Large files are fine: they are read in a worker.</span>
            <button type="button" className="button button--primary" onClick={() => input.current?.click()}>
              Choose file…
            </button>
          </>
        )}
      </div>

      {error ? <InlineAlert title={file ? `“${file.name}” could not be read.` : undefined}>{error}</InlineAlert> : null}

      {!busy && preview && file ? (
        <div className="wizard-footer">
          <span className="muted">
            Chosen: <span className="mono">{file.name}</span> ({formatBytes(file.size)})
          </span>
          <button type="button" className="button button--primary" onClick={() => goTo('preview')}>
            Continue with this file
          </button>
        </div>
      ) : null}
    </div>
  );
}
