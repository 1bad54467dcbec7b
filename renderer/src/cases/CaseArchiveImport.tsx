// "Import a case archive" on the Cases board: a .assaycase file is dropped or chosen (uploaded first in a browser),
// previewed (who signed it, whether this workspace knows that key, the case, what it holds and what importing would
// add, match or report), and imported only when the person says so. A key this workspace does not know has to be
// accepted explicitly ("Trust this key and import"), and the import then trusts exactly the fingerprint shown.
import { useRef, useState } from 'react';
import type { CaseArchiveImported, CaseArchiveKeyStatus, CaseArchivePreviewRecord } from '../../../electron/api/caseArchiveContract';
import { errorMessage } from '../api/apiError';
import { call, fileToPath } from '../api/client';
import { CopyButton } from '../components/CopyButton';
import { Fact } from '../components/Facts';
import { InlineAlert } from '../components/InlineAlert';
import { formatTimestamp } from '../format/dateFormat';
import { countOf, formatCount } from '../format/numberFormat';
import { caseHref } from '../routing/hashRoute';
import { useWorkspace } from '../workspace/workspaceStore';
import { CaseArchiveConflicts } from './CaseArchiveConflicts';
import './caseArchive.css';
import { useFileDrop } from '../files/useFileDrop';

const KEY_LABEL: Record<CaseArchiveKeyStatus, string> = {
  own: "This workspace's own key",
  known: 'A key this workspace trusts',
  unknown: 'Unknown key: not trusted yet',
};

const alreadyHere = (n: number): string => `${formatCount(n)} already here`;

type Stage = { step: 'pick' } | { step: 'preview'; path: string; preview: CaseArchivePreviewRecord } | { step: 'imported'; result: CaseArchiveImported; caseName: string };

export function CaseArchiveImport(props: { onImported: () => void; onClose: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [stage, setStage] = useState<Stage>({ step: 'pick' });
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const previewFile = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setStage({ step: 'pick' });
    try {
      setBusy(`Reading ${file.name}…`);
      const path = await fileToPath(file);
      setBusy(`Checking the signature and every file of ${file.name}…`);
      setStage({ step: 'preview', path, preview: await call('caseArchives.preview', { path }) });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
      if (input.current) input.current.value = '';
    }
  };
  const { dragging, dropProps } = useFileDrop((files) => void previewFile(files[0]), busy !== null);

  const importArchive = async (path: string, preview: CaseArchivePreviewRecord) => {
    setError(null);
    setBusy(`Importing ${preview.fileName}…`);
    try {
      const result = await call('caseArchives.import', preview.keyStatus === 'unknown' ? { path, trustKey: preview.senderFingerprint } : { path });
      setStage({ step: 'imported', result, caseName: preview.caseName });
      props.onImported();
      // The sidebar's counts (cases, listings, sellers) change with an import.
      void useWorkspace.getState().load();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="card stack" aria-labelledby="case-archive-import">
      <div className="card__head">
        <div>
          <h2 className="card__title" id="case-archive-import">
            Import a case archive
          </h2>
          <p className="muted">A .assaycase file exported on another workstation. Its signature and every file's SHA-256 are checked, and you see what it holds, before anything is written.</p>
        </div>
        <button type="button" className="button button--quiet" onClick={props.onClose}>
          Close
        </button>
      </div>

      {stage.step !== 'preview' ? (
        <div
          className={`drop-zone case-archive-drop${dragging ? ' drop-zone--over' : ''}`}
          {...dropProps}
          data-testid="case-archive-drop"
        >
          <span className="drop-zone__title">{busy ?? 'Drop a .assaycase file here'}</span>
          <button type="button" className="button" onClick={() => input.current?.click()} disabled={busy !== null}>
            Choose a case archive…
          </button>
          <input ref={input} type="file" accept=".assaycase" hidden aria-label="Case archive file" onChange={(e) => void previewFile(e.target.files?.[0])} />
        </div>
      ) : null}

      {error ? <InlineAlert>{error}</InlineAlert> : null}

      {stage.step === 'preview' ? (
        <ArchivePreview
          preview={stage.preview}
          busy={busy}
          onImport={() => void importArchive(stage.path, stage.preview)}
          onCancel={() => {
            setError(null);
            setStage({ step: 'pick' });
          }}
        />
      ) : null}

      {stage.step === 'imported' ? <ImportResult result={stage.result} caseName={stage.caseName} /> : null}
    </section>
  );
}

function ArchivePreview(props: { preview: CaseArchivePreviewRecord; busy: string | null; onImport: () => void; onCancel: () => void }) {
  const p = props.preview;
  const f = p.forecast;
  const unknown = p.keyStatus === 'unknown';
  return (
    <div className="stack" aria-label="Case archive preview" role="group">
      <dl className="facts facts--rows">
        <Fact term="File">{p.fileName}</Fact>
        <Fact term="Case">
          <strong>{p.caseName}</strong> <span className="muted">({p.caseStatus.replace('_', ' ')})</span>
        </Fact>
        <Fact term="Exported">{formatTimestamp(p.createdAt)}</Fact>
        <Fact term="Signed with key">
          <span className="copyable">
            <code className="copyable__text mono" data-testid="sender-fingerprint">
              {p.senderFingerprint}
            </code>
            <CopyButton text={p.senderFingerprint} label="Copy the sender's key fingerprint" />
          </span>
          <span className={`badge case-archive-key case-archive-key--${p.keyStatus}`} data-key-status={p.keyStatus}>
            {KEY_LABEL[p.keyStatus]}
          </span>
        </Fact>
        <Fact term="Holds">
          {countOf(p.listings, 'listing')}, {countOf(p.products, 'product')}, {countOf(p.evidence, 'evidence file')}, {countOf(p.custodyEvents, 'custody event')}
        </Fact>
        <Fact term="Importing it would">
          <ul className="case-archive-forecast">
            <li>
              {f.caseCreated || p.existingCaseId === null ? (
                'open a new case'
              ) : (
                <>
                  merge into <a href={caseHref(p.existingCaseId)}>case #{p.existingCaseId}</a>, which came from this archive's case before
                </>
              )}
            </li>
            <li>
              add {countOf(f.listingsAdded, 'listing')}; {alreadyHere(f.listingsMatched)}
            </li>
            <li>
              add {countOf(f.evidenceAdded, 'evidence file')}; {alreadyHere(f.evidenceMatched)}
            </li>
            <li>
              add {countOf(f.productsAdded, 'product')}; {alreadyHere(f.productsMatched)}
            </li>
            <li>keep {countOf(f.custodyEventsStored, 'custody event')} from the sender's chain, beside this workspace's own</li>
          </ul>
        </Fact>
      </dl>
      <CaseArchiveConflicts conflicts={f.conflicts} caption="Conflicts the import would report" />
      {unknown ? (
        <InlineAlert tone="warning" title="This workspace does not know the key that signed this archive.">
          Anyone can make a key. Ask the sender for the fingerprint their export showed, by a channel you trust (in person, by phone), and compare it with the one above. Import only if
          they are the same; the key is then trusted for their later archives.
        </InlineAlert>
      ) : (
        <InlineAlert tone="info">{p.keyStatus === 'own' ? 'Signed by this workspace’s own key: the case is coming home.' : 'Signed by a key this workspace trusted before.'}</InlineAlert>
      )}
      <div className="card__actions">
        <button type="button" className={`button ${unknown ? 'button--danger' : 'button--primary'}`} onClick={props.onImport} disabled={props.busy !== null}>
          {props.busy ?? (unknown ? 'Trust this key and import' : 'Import')}
        </button>
        <button type="button" className="button" onClick={props.onCancel} disabled={props.busy !== null}>
          Choose another file
        </button>
      </div>
    </div>
  );
}

function ImportResult(props: { result: CaseArchiveImported; caseName: string }) {
  const r = props.result;
  return (
    <div className="stack" data-testid="case-archive-imported">
      <InlineAlert
        tone="success"
        title={r.caseCreated ? `Imported “${props.caseName}” as case #${r.caseId}.` : `Merged “${props.caseName}” into case #${r.caseId}.`}
        action={
          <a className="button button--small" href={caseHref(r.caseId)}>
            Open the case
          </a>
        }
      >
        {countOf(r.listingsAdded, 'listing')} added and {formatCount(r.listingsMatched)} already here; {countOf(r.evidenceAdded, 'evidence file')} added and {formatCount(r.evidenceMatched)}{' '}
        already here; {countOf(r.productsAdded, 'product')} and {countOf(r.testBuysAdded, 'test buy')} added; the sender's {countOf(r.custodyEventsStored, 'custody event')} kept beside this
        workspace's own chain.
        {r.keyStatus === 'trusted_on_import' ? ' The sender’s key is trusted from now on.' : ''}
      </InlineAlert>
      <CaseArchiveConflicts conflicts={r.conflicts} caption="Conflicts the import reported" />
    </div>
  );
}
