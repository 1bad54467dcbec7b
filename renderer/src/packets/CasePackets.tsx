// A case's takedown packets: pick a platform profile, see what the packet would hold (or why it is refused),
// export it as a signed ZIP or folder with progress, and list the packets exported before.
import { useEffect, useState } from 'react';
import { errorMessage } from '../api/apiError';
import { call, onEvent } from '../api/client';
import { useOperation } from '../api/useOperation';
import { CopyButton } from '../components/CopyButton';
import { InlineAlert } from '../components/InlineAlert';
import { formatBytes } from '../format/byteSize';
import { formatTimestamp } from '../format/dateFormat';
import { countOf } from '../format/numberFormat';

interface Progress {
  phase: string;
  done: number;
  total: number;
}

export function CasePackets(props: { caseId: number }) {
  const { caseId } = props;
  const profiles = useOperation('packets.profiles', {});
  const [profile, setProfile] = useState('alibaba');
  const [zip, setZip] = useState(true);
  const preview = useOperation('packets.preview', { caseId, profile });
  const packets = useOperation('packets.list', { caseId });
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [written, setWritten] = useState<string | null>(null);

  useEffect(() => onEvent('job.progress', (p) => p.job === 'packets.export' && setProgress({ phase: p.phase, done: p.done, total: p.total })), []);

  const exportPacket = async () => {
    setError(null);
    setWritten(null);
    setProgress({ phase: 'documents', done: 0, total: 1 });
    try {
      const r = await call('packets.export', { caseId, profile, zip });
      setWritten(`Wrote ${r.out}: ${countOf(r.files, 'file')}, ${formatBytes(r.bytes)}, signed (manifest SHA-256 ${r.manifestSha256.slice(0, 12)}…).`);
      packets.reload();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setProgress(null);
    }
  };

  const p = preview.data;
  const refused = p?.refusal ?? null;
  return (
    <div className="card case-packets" aria-labelledby="case-packets-title">
      <div className="card__head">
        <div>
          <h2 className="card__title" id="case-packets-title">
            Takedown packets
          </h2>
          <p className="muted">A notice, the comparison, link lists, the evidence and the custody log, with a signed manifest anyone can check.</p>
        </div>
      </div>
      <div className="stack">
        <div className="case-packets__controls">
          <label className="form-field">
            <span className="field-label">Platform profile</span>
            <select className="input" value={profile} onChange={(e) => setProfile(e.target.value)} aria-label="Platform profile">
              {(profiles.data ?? [{ id: 'alibaba', label: 'Alibaba IPP', recipient: '' }]).map((x) => (
                <option key={x.id} value={x.id}>
                  {x.label}
                </option>
              ))}
            </select>
          </label>
          <label className="form-field form-field--inline">
            <input type="checkbox" checked={zip} onChange={(e) => setZip(e.target.checked)} /> <span>As one ZIP file</span>
          </label>
          <button type="button" className="button button--primary" disabled={!p || refused !== null || progress !== null} onClick={() => void exportPacket()}>
            {progress ? 'Exporting…' : 'Export packet'}
          </button>
        </div>
        {preview.error ? <InlineAlert>{preview.error}</InlineAlert> : null}
        {refused ? (
          <InlineAlert tone="warning" title="This packet cannot be made yet">
            {refused}
          </InlineAlert>
        ) : null}
        {p && !refused ? (
          <div className="case-packets__preview" aria-label="Packet preview">
            <p>
              {countOf(p.listings, 'listing')}, {countOf(p.links, 'link')} in {countOf(p.linkFiles, 'link file')}; {countOf(p.evidenceFiles, 'evidence file')} ({formatBytes(p.evidenceBytes)}).
            </p>
            <ul className="case-packets__files">
              {p.files.map((f) => (
                <li key={f.path}>
                  <code>{f.path}</code> <span className="muted">{f.role}</span>
                </li>
              ))}
              <li>
                <code>manifest.json</code>, <code>manifest.sig</code>, <code>SHA256SUMS</code> <span className="muted">written last, over every file</span>
              </li>
            </ul>
            {p.notes.map((n) => (
              <InlineAlert key={n} tone="info">
                {n}
              </InlineAlert>
            ))}
          </div>
        ) : null}
        {progress ? (
          <div role="status" aria-live="polite">
            <progress max={Math.max(1, progress.total)} value={progress.done} /> {progress.phase === 'files' ? `Writing files: ${progress.done} of ${progress.total}` : 'Building the notice and the comparison…'}
          </div>
        ) : null}
        {error ? <InlineAlert>{error}</InlineAlert> : null}
        {written ? <InlineAlert tone="success">{written}</InlineAlert> : null}
        <h3 className="card__subtitle">Exported packets</h3>
        {packets.data && packets.data.length === 0 ? <p className="muted">No packet has been exported for this case yet.</p> : null}
        {packets.data && packets.data.length > 0 ? (
          <table className="table" aria-label="Exported packets">
            <thead>
              <tr>
                <th>Exported</th>
                <th>Profile</th>
                <th>Files</th>
                <th>Size</th>
                <th>Where</th>
                <th>Manifest SHA-256</th>
              </tr>
            </thead>
            <tbody>
              {packets.data.map((x) => (
                <tr key={x.id}>
                  <td>{formatTimestamp(x.createdAt)}</td>
                  <td>{x.profile}</td>
                  <td>{x.files}</td>
                  <td>{formatBytes(x.bytes)}</td>
                  <td>
                    <code>{x.outPath}</code> <CopyButton text={x.outPath} label="Copy path" />
                  </td>
                  <td>
                    <code title={x.manifestSha256}>{x.manifestSha256.slice(0, 12)}…</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {packets.error ? <InlineAlert>{packets.error}</InlineAlert> : null}
      </div>
    </div>
  );
}
