// Facts about the open workspace (file, schema, currency, counts), the exchange-rate table, and the "Verify
// workspace" check: SQLite's integrity check plus the custody log's hash chain, with progress while it runs.
import { CopyButton } from '../components/CopyButton';
import { Fact } from '../components/Facts';
import { InlineAlert } from '../components/InlineAlert';
import { PageHeader } from '../components/PageHeader';
import { formatCount } from '../format/numberFormat';
import { useWorkspace } from '../workspace/workspaceStore';
import { BackupCard } from './BackupCard';
import { BrandSettingsCard } from './BrandSettingsCard';
import { ExchangeRatesCard } from './ExchangeRatesCard';
import { RuleWeightsCard } from './RuleWeightsCard';
import { useWorkspaceVerification, type Verification } from './useWorkspaceVerification';

export function SettingsPage() {
  const info = useWorkspace((s) => s.info);
  const { verification, verify } = useWorkspaceVerification();

  return (
    <div className="page page--scroll">
      <PageHeader title="Settings" subtitle="The workspace this window has open, the exchange rates prices are normalised with, and a check that nothing has been altered." />
      <div className="page-pad stack settings">
        <section className="card" aria-labelledby="workspace-facts">
          <h2 className="card__title" id="workspace-facts">
            Workspace
          </h2>
          {info ? (
            <dl className="facts facts--rows">
              <Fact term="Database file">
                <span className="copyable">
                  <code className="copyable__text">{info.dbPath}</code>
                  <CopyButton text={info.dbPath} label="Copy database path" />
                </span>
              </Fact>
              <Fact term="Brand">{info.brand ? `${info.brand.name} (${info.brand.ownerName})` : 'No brand recorded'}</Fact>
              <Fact term="Schema version">{info.schemaVersion}</Fact>
              <Fact term="Normalised currency">{info.normalisedCurrency}</Fact>
              <Fact term="Listings">{formatCount(info.counts.listings)}</Fact>
              <Fact term="Sellers">{formatCount(info.counts.sellers)}</Fact>
              <Fact term="Genuine products">{formatCount(info.counts.products)}</Fact>
              <Fact term="Cases">{formatCount(info.counts.cases)}</Fact>
              <Fact term="Custody events">{formatCount(info.counts.custodyEvents)}</Fact>
              <Fact term="Integrity at open">
                {!info.integrityCheckedAtOpen ? (
                  'Not checked at open: a workspace this large is checked in full by Verify below and by every backup'
                ) : info.integrityProblems.length === 0 ? (
                  'SQLite quick check passed'
                ) : (
                  <span className="text-danger">{formatCount(info.integrityProblems.length)} problems reported</span>
                )}
              </Fact>
            </dl>
          ) : (
            <p className="muted">Reading the workspace…</p>
          )}
        </section>

        <BrandSettingsCard />

        <ExchangeRatesCard />

        <RuleWeightsCard />

        <BackupCard />

        <section className="card" aria-labelledby="verify-workspace">
          <div className="card__head">
            <div>
              <h2 className="card__title" id="verify-workspace">
                Verify workspace
              </h2>
              <p className="muted">Runs SQLite’s full integrity check, recomputes every link of the custody log’s hash chain and re-hashes every evidence file.</p>
            </div>
            <button type="button" className="button button--primary" onClick={verify} disabled={verification.state === 'running'}>
              {verification.state === 'running' ? 'Verifying…' : 'Verify workspace'}
            </button>
          </div>
          <VerificationResult verification={verification} />
        </section>
      </div>
    </div>
  );
}

function VerificationResult({ verification }: { verification: Verification }) {
  switch (verification.state) {
    case 'idle':
      return null;
    case 'running': {
      const p = verification.progress;
      const percent = p && p.total > 0 ? Math.round((p.done / p.total) * 100) : null;
      return (
        <div className="progress-block" role="status">
          <progress className="progress" max={p?.total || undefined} value={p ? p.done : undefined} aria-label="Verification progress" />
          <span className="muted">
            {p
              ? `Checking the ${p.phase}: ${formatCount(p.done)} of ${formatCount(p.total)}${percent !== null ? ` (${percent}%)` : ''}`
              : 'Running SQLite’s integrity check over the whole database; large workspaces take a while…'}
          </span>
        </div>
      );
    }
    case 'failed':
      return <InlineAlert title="Verification could not run.">{verification.message}</InlineAlert>;
    case 'done': {
      const { integrity, custody, evidence } = verification.report;
      return (
        <div className="verify-result" role="status">
          {integrity.length === 0 ? (
            <InlineAlert tone="success" title="Database integrity: sound.">
              SQLite’s integrity check found no problems.
            </InlineAlert>
          ) : (
            <InlineAlert title="Database integrity: damaged.">
              SQLite reported {formatCount(integrity.length)} {integrity.length === 1 ? 'problem' : 'problems'}; restore the workspace from a backup.
              <ul className="problem-list">
                {integrity.map((problem, i) => (
                  <li key={i} className="mono">
                    {problem}
                  </li>
                ))}
              </ul>
            </InlineAlert>
          )}
          {custody.ok ? (
            <InlineAlert tone="success" title="Custody chain: intact.">
              All {formatCount(custody.events)} events link to the one before them.
            </InlineAlert>
          ) : (
            <InlineAlert title="Custody chain: broken.">
              {custody.firstBroken !== null ? `The first broken link is event ${formatCount(custody.firstBroken)} of ${formatCount(custody.events)}. ` : ''}
              {custody.reason ?? ''}
            </InlineAlert>
          )}
          {evidence.ok ? (
            <InlineAlert tone="success" title="Evidence files: unchanged.">
              All {formatCount(evidence.files)} {evidence.files === 1 ? 'file matches its' : 'files match their'} SHA-256.
            </InlineAlert>
          ) : (
            <InlineAlert title="Evidence files: altered or missing.">{evidence.firstProblem ?? ''}</InlineAlert>
          )}
          <p className="hint">Checked at {verification.finishedAt.toLocaleTimeString()}.</p>
        </div>
      );
    }
  }
}
