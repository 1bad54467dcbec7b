// "Export for another workstation" in the case view: writes the case into one signed .assaycase file (in the
// exports/ folder beside the workspace) and shows where it went and the key fingerprint the receiver checks.
import { useState } from 'react';
import type { CaseArchiveExported } from '../../../electron/api/caseArchiveContract';
import { errorMessage } from '../api/apiError';
import { call } from '../api/client';
import { CopyButton } from '../components/CopyButton';
import { Fact } from '../components/Facts';
import { InlineAlert } from '../components/InlineAlert';
import { formatBytes } from '../format/byteSize';
import { countOf } from '../format/numberFormat';
import './caseArchive.css';

export function CaseArchiveExport(props: { caseId: number; onExported?: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<CaseArchiveExported | null>(null);

  const exportArchive = async () => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      setDone(await call('caseArchives.export', { caseId: props.caseId }));
      props.onExported?.();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="case-archive-export">
      <div className="card__head">
        <div>
          <h2 className="card__title" id="case-archive-export">
            Hand-off
          </h2>
          <p className="muted">
            One signed .assaycase file with the case, its listings, products, findings, evidence and custody events. The other workstation imports it from its Cases board; importing it
            again later merges, without duplicates.
          </p>
        </div>
        <button type="button" className="button button--primary nowrap" onClick={() => void exportArchive()} disabled={busy}>
          {busy ? 'Exporting…' : 'Export for another workstation'}
        </button>
      </div>
      {error ? <InlineAlert>{error}</InlineAlert> : null}
      {done ? (
        <div className="stack" data-testid="case-archive-exported">
          <InlineAlert tone="success" title="Exported.">
            {countOf(done.listings, 'listing')}, {countOf(done.products, 'product')}, {countOf(done.evidence, 'evidence file')} and {countOf(done.custodyEvents, 'custody event')} in{' '}
            {formatBytes(done.bytes)}.
          </InlineAlert>
          <dl className="facts facts--rows">
            <Fact term="Written to">
              <span className="copyable">
                <code className="copyable__text mono" data-testid="case-archive-path">
                  {done.out}
                </code>
                <CopyButton text={done.out} label="Copy the archive's path" />
              </span>
            </Fact>
            <Fact term="Signed with key">
              <span className="copyable">
                <code className="copyable__text mono" data-testid="case-archive-fingerprint">
                  {done.keyFingerprint}
                </code>
                <CopyButton text={done.keyFingerprint} label="Copy the key fingerprint" />
              </span>
              <span className="hint">Give the receiver this fingerprint by another channel (in person, by phone) so they can check it before they trust the archive.</span>
            </Fact>
          </dl>
        </div>
      ) : null}
    </section>
  );
}
