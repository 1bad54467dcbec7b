// A case's evidence: files dropped on the zone or chosen with the button go into the content-addressed store
// (uploaded first in a browser), with the listing they show and where they were captured; each row shows its
// SHA-256, size, name, and who added it when. Redactions are listed under their original.
import { useRef, useState } from 'react';
import type { CaseEvidenceRecord, CaseListingRecord } from '../../../electron/api/caseContract';
import { EVIDENCE_KINDS, type EvidenceKind } from '../../../electron/api/caseVocabulary';
import { errorMessage } from '../api/apiError';
import { call, fileToPath } from '../api/client';
import { CopyButton } from '../components/CopyButton';
import { InlineAlert } from '../components/InlineAlert';
import { formatBytes } from '../format/byteSize';
import { formatTimestamp } from '../format/dateFormat';
import { countOf } from '../format/numberFormat';
import { shortHash } from './casePresentation';
import { useFileDrop } from '../files/useFileDrop';

const KIND_LABELS: Record<EvidenceKind, string> = {
  screenshot: 'Screenshot',
  page_capture: 'Page capture',
  photo: 'Photo',
  pdf: 'PDF',
  test_buy_report: 'Test-buy report',
  listing_image: 'Listing image',
  official_image: 'Official image',
  other: 'Other',
};

export function CaseEvidenceSection(props: { caseId: number; evidence: CaseEvidenceRecord[]; listings: CaseListingRecord[]; onChanged: () => void }) {
  const { caseId, evidence, listings, onChanged } = props;
  const input = useRef<HTMLInputElement>(null);
  const [listingId, setListingId] = useState<number | null>(null);
  const [kind, setKind] = useState<EvidenceKind | ''>('');
  const [sourceUrl, setSourceUrl] = useState('');
  const [capturedAt, setCapturedAt] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const addFiles = async (files: FileList | null) => {
    const list = [...(files ?? [])];
    if (list.length === 0) return;
    setError(null);
    setNotice(null);
    let added = 0;
    let already = 0;
    try {
      for (const file of list) {
        setBusy(`Adding ${file.name}…`);
        const path = await fileToPath(file);
        const result = await call('evidence.add', {
          path,
          originalName: file.name,
          caseId,
          listingId,
          kind: kind || null,
          sourceUrl: sourceUrl.trim() || null,
          capturedAt: capturedAt ? new Date(capturedAt).toISOString() : null,
        });
        if (result.newRow) added += 1;
        else already += 1;
      }
      setNotice(`${countOf(added, 'file')} added${already ? `; ${countOf(already, 'file')} already in the case` : ''}.`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
      if (input.current) input.current.value = '';
      onChanged();
    }
  };
  const { dragging, dropProps } = useFileDrop((files) => void addFiles(files), busy !== null);

  const titleOf = (id: number | null) => {
    const l = listings.find((x) => x.listingId === id);
    return l ? l.platformListingId : id === null ? '' : `#${id}`;
  };

  return (
    <section className="card" aria-labelledby="case-evidence">
      <div className="card__head">
        <div>
          <h2 className="card__title" id="case-evidence">
            Evidence
          </h2>
          <p className="muted">{countOf(evidence.length, 'file')}. Each is stored once by its SHA-256 and never changed; a redaction is a new file linked to its original.</p>
        </div>
      </div>
      <div className="evidence-options">
        <label className="form-field">
          <span className="field-label">Shows listing</span>
          <select className="select" value={listingId ?? ''} onChange={(e) => setListingId(e.target.value ? Number(e.target.value) : null)}>
            <option value="">The case as a whole</option>
            {listings.map((l) => (
              <option key={l.listingId} value={l.listingId}>
                {l.platformListingId} – {l.title.slice(0, 60)}
              </option>
            ))}
          </select>
        </label>
        <label className="form-field">
          <span className="field-label">Kind</span>
          <select className="select" value={kind} onChange={(e) => setKind(e.target.value as EvidenceKind | '')}>
            <option value="">From the file</option>
            {EVIDENCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="form-field">
          <span className="field-label">Source URL</span>
          <input className="input" type="url" value={sourceUrl} onChange={(e) => setSourceUrl(e.target.value)} placeholder="https://…" />
        </label>
        <label className="form-field">
          <span className="field-label">Captured at</span>
          <input className="input" type="datetime-local" value={capturedAt} onChange={(e) => setCapturedAt(e.target.value)} />
        </label>
      </div>
      <div
        className={`drop-zone evidence-drop${dragging ? ' drop-zone--over' : ''}`}
        {...dropProps}
        data-testid="evidence-drop"
      >
        <span className="drop-zone__title">{busy ?? 'Drop screenshots, page captures, photos or PDFs here'}</span>
        <span className="hint">MHTML, HTML, WARC, PNG, JPEG, PDF… any file is kept byte for byte.</span>
        <button type="button" className="button" onClick={() => input.current?.click()} disabled={busy !== null}>
          Choose files…
        </button>
        <input ref={input} type="file" multiple hidden aria-label="Evidence files" onChange={(e) => void addFiles(e.target.files)} />
      </div>
      {error ? <InlineAlert>{error}</InlineAlert> : null}
      {notice ? <InlineAlert tone="success">{notice}</InlineAlert> : null}
      {evidence.length ? (
        <div className="table-scroll">
          <table className="data-table data-table--compact evidence-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Kind</th>
                <th scope="col" className="numeric">
                  Size
                </th>
                <th scope="col">SHA-256</th>
                <th scope="col">Listing</th>
                <th scope="col">Captured</th>
                <th scope="col">Added</th>
              </tr>
            </thead>
            <tbody>
              {evidence.map((e) => (
                <tr key={e.id} data-evidence-id={e.id}>
                  <td className="evidence-table__name">
                    <span>{e.originalName}</span>
                    <span className="hint">
                      {e.mediaType}
                      {e.redactsEvidenceId ? ` · redacts #${e.redactsEvidenceId}` : ''}
                      {e.redactedBy.length ? ` · redacted as #${e.redactedBy.join(', #')}` : ''}
                    </span>
                    {e.sourceUrl ? (
                      <a className="hint evidence-table__url" href={e.sourceUrl} target="_blank" rel="noreferrer noopener">
                        {e.sourceUrl}
                      </a>
                    ) : null}
                  </td>
                  <td>{KIND_LABELS[e.kind] ?? e.kind}</td>
                  <td className="numeric nowrap">{formatBytes(e.size)}</td>
                  <td>
                    <span className="copyable">
                      <code className="copyable__text mono" title={e.sha256}>
                        {shortHash(e.sha256)}
                      </code>
                      <CopyButton text={e.sha256} label={`Copy the SHA-256 of ${e.originalName}`} />
                    </span>
                  </td>
                  <td className="mono">{titleOf(e.listingId) || '—'}</td>
                  <td className="nowrap">{formatTimestamp(e.capturedAt)}</td>
                  <td>
                    <span className="nowrap">{formatTimestamp(e.addedAt)}</span>
                    <span className="hint evidence-table__by">{e.addedBy}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
