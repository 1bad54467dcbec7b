// Step 2: how Assay read the file (format, encoding, delimiter in words, quote, sheet, size, SHA-256), with
// overrides that read it again, the first rows as a table, the row errors found, and a warning when the
// same bytes were imported before.
import { CopyButton } from '../components/CopyButton';
import { InlineAlert } from '../components/InlineAlert';
import { formatBytes } from '../format/byteSize';
import { formatTimestamp } from '../format/dateFormat';
import { formatCount } from '../format/numberFormat';
import { useImportWizard } from './importWizardStore';
import { ImportStatusBadge } from './ImportStatusBadge';
import { PreviewTable } from './PreviewTable';
import { ReadingOptions } from './ReadingOptions';

const ERRORS_SHOWN = 8;

export function PreviewStep() {
  const { kind, file, preview, busy, error, again, setAgain, goTo } = useImportWizard();
  if (!preview || !file) return null;
  const previous = preview.previousImport;

  return (
    <div className="wizard-step">
      {previous ? (
        <InlineAlert tone="warning" title="This file was imported before.">
          This exact file (same SHA-256) was imported on {formatTimestamp(previous.startedAt)} as import {previous.id} <ImportStatusBadge status={previous.status} />.
          Importing it again updates the same {kind === 'listings' ? 'listings' : 'products'} rather than duplicating them.
          <label className="check-line">
            <input type="checkbox" checked={again} onChange={(e) => setAgain(e.target.checked)} />
            Import it again
          </label>
        </InlineAlert>
      ) : null}

      <section className="preview-facts" aria-label="How the file was read">
        <dl className="facts facts--inline">
          <div className="facts__item">
            <dt>File</dt>
            <dd className="mono">{preview.fileName}</dd>
          </div>
          <div className="facts__item">
            <dt>Size</dt>
            <dd>{formatBytes(preview.size)}</dd>
          </div>
          <div className="facts__item">
            <dt>SHA-256</dt>
            <dd className="copyable copyable--inline">
              <code title={preview.sha256}>{preview.sha256.slice(0, 12)}…</code>
              <CopyButton text={preview.sha256} label="Copy the file’s SHA-256" />
            </dd>
          </div>
          <div className="facts__item">
            <dt>Columns</dt>
            <dd>{formatCount(preview.sniffed.headers.length)}</dd>
          </div>
        </dl>
        <ReadingOptions />
      </section>

      {error ? <InlineAlert title="The file could not be read with these settings.">{error}</InlineAlert> : null}

      {preview.rowErrors.length > 0 ? (
        <InlineAlert tone="warning" title={`${formatCount(preview.rowErrors.length)} ${preview.rowErrors.length === 1 ? 'problem' : 'problems'} in the first rows.`}>
          These rows will be rejected and kept with their reason unless the reading settings above are wrong.
          <ul className="problem-list">
            {preview.rowErrors.slice(0, ERRORS_SHOWN).map((e, i) => (
              <li key={i}>
                Row {formatCount(e.rowNumber)}
                {e.column ? <> · {e.column}</> : null}: {e.reason.replace(new RegExp(`^Row ${e.rowNumber}:\\s*`), '')}
              </li>
            ))}
            {preview.rowErrors.length > ERRORS_SHOWN ? <li>… and {formatCount(preview.rowErrors.length - ERRORS_SHOWN)} more.</li> : null}
          </ul>
        </InlineAlert>
      ) : null}

      <PreviewTable preview={preview} stale={busy === 'previewing'} />

      <div className="wizard-footer">
        <button type="button" className="button" onClick={() => goTo('file')}>
          ‹ Back
        </button>
        <span className="wizard-footer__note muted">{busy === 'previewing' ? 'Reading the file again…' : null}</span>
        <button type="button" className="button button--primary" onClick={() => goTo('mapping')} disabled={busy !== null || preview.sniffed.headers.length === 0}>
          Map columns ›
        </button>
      </div>
    </div>
  );
}
