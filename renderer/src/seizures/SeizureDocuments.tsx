// "Documents received" on a seizure: the detention notice, the inventory and whatever else the authority sent,
// dropped on the zone or chosen with the button (uploaded first in a browser), each kept as evidence by its SHA-256
// and listed with its size, hash and who added it when. The report carries them, so the authority sees what came.
import { useRef, useState } from 'react';
import type { SeizureDocument } from '../../../electron/api/seizureContract';
import { errorMessage } from '../api/apiError';
import { call, fileToPath } from '../api/client';
import { shortHash } from '../cases/casePresentation';
import { CopyButton } from '../components/CopyButton';
import { useFileDrop } from '../files/useFileDrop';
import { InlineAlert } from '../components/InlineAlert';
import { formatBytes } from '../format/byteSize';
import { formatTimestamp } from '../format/dateFormat';
import { countOf } from '../format/numberFormat';

export function SeizureDocuments(props: { seizureId: number; documents: SeizureDocument[]; onChanged: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const addFiles = async (list: FileList | null) => {
    const chosen = [...(list ?? [])];
    if (chosen.length === 0) return;
    setError(null);
    setNotice(null);
    try {
      setBusy(chosen.length === 1 ? `Adding ${chosen[0]!.name}…` : `Adding ${chosen.length} files…`);
      const files = await Promise.all(chosen.map(async (f) => ({ path: await fileToPath(f), name: f.name })));
      const result = await call('seizures.addDocuments', { seizureId: props.seizureId, files });
      setNotice(`${countOf(result.added.length, 'document')} added${result.already.length ? `; ${result.already.map((d) => d.name).join(', ')} already with this seizure` : ''}.`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
      if (input.current) input.current.value = '';
      props.onChanged();
    }
  };

  const { dragging, dropProps } = useFileDrop((files) => void addFiles(files), busy !== null);

  return (
    <section className="card card__pad stack" aria-labelledby="seizure-documents">
      <div>
        <h2 className="card__title" id="seizure-documents">
          Documents received
        </h2>
        <p className="muted">
          {countOf(props.documents.length, 'document')}. The notice, the inventory and anything else the authority sent, each kept once by its SHA-256 and included in the report.
        </p>
      </div>
      <div
        className={`drop-zone seizure-documents__drop${dragging ? ' drop-zone--over' : ''}`}
        {...dropProps}
        data-testid="seizure-documents-drop"
      >
        <span className="drop-zone__title">{busy ?? 'Drop the detention notice, the inventory or other documents here'}</span>
        <button type="button" className="button" onClick={() => input.current?.click()} disabled={busy !== null}>
          Choose documents…
        </button>
        <input ref={input} type="file" multiple hidden aria-label="Document files" onChange={(e) => void addFiles(e.target.files)} />
      </div>
      {error ? <InlineAlert>{error}</InlineAlert> : null}
      {notice ? <InlineAlert tone="success">{notice}</InlineAlert> : null}
      {props.documents.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table data-table--compact seizure-documents">
            <thead>
              <tr>
                <th scope="col">Document</th>
                <th scope="col" className="numeric">Size</th>
                <th scope="col">SHA-256</th>
                <th scope="col">Added</th>
              </tr>
            </thead>
            <tbody>
              {props.documents.map((d) => (
                <tr key={d.evidenceId} data-evidence-id={d.evidenceId}>
                  <td>
                    <span>{d.name}</span> <span className="hint">{d.mediaType}</span>
                  </td>
                  <td className="numeric nowrap">{formatBytes(d.size)}</td>
                  <td>
                    <span className="copyable">
                      <code className="copyable__text mono" title={d.sha256}>
                        {shortHash(d.sha256)}
                      </code>
                      <CopyButton text={d.sha256} label={`Copy the SHA-256 of ${d.name}`} />
                    </span>
                  </td>
                  <td>
                    <span className="nowrap">{formatTimestamp(d.addedAt)}</span> <span className="hint">{d.addedBy}</span>
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
