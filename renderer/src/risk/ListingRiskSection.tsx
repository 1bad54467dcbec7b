// The "Risk" block at the top of the listing detail: score and band, the genuine product the listing was matched
// to with its runner-up candidates, and the findings that make up the score, each a sentence fit for a notice,
// with its weight, the points it added (or why it did not count) and the arithmetic that made the score.
import type { ListingDetail } from '../../../electron/api/contract';
import { findingParts, formatMatchShare, formatPoints, matchSummary, pointsDirection, scoreExplanation, severityLabel, type Finding, type ProductMatch } from './findingPresentation';
import { RiskBadge } from './RiskBadge';
import { riskBand, riskBandLabel } from './riskBands';

const POINTS_TITLE = { raises: 'Raises the risk score', lowers: 'Lowers the risk score', none: 'Does not change the score' } as const;

/** Candidates beyond the best few add noise, not evidence. */
const CANDIDATES_SHOWN = 3;

export function ListingRiskSection({ detail }: { detail: ListingDetail }) {
  const band = riskBand(detail.riskScore);
  const explanation = scoreExplanation(detail.findings, detail.riskScore);
  return (
    <section className="detail-section risk-section" aria-label="Risk">
      <h3 className="detail-section__title">Risk</h3>
      {band === 'unscored' || detail.match === null ? (
        <p className="muted">
          Not scored yet — run <code>assay score</code>.
        </p>
      ) : (
        <>
          <div className="risk-summary">
            <RiskBadge score={detail.riskScore} size="large" />
            <div className="risk-summary__text">
              <span className="strong">{riskBandLabel(band)} risk</span>
              <span className="muted">{detail.findings.length === 0 ? 'no findings' : `${detail.findings.length} ${detail.findings.length === 1 ? 'finding' : 'findings'}`}</span>
            </div>
          </div>

          <MatchedProduct match={detail.match} />

          <h4 className="risk-subtitle">Findings</h4>
          {detail.findings.length > 0 ? <FindingsTable findings={detail.findings} /> : <p className="muted">No rule found anything to report about this listing.</p>}
          {explanation ? <p className="hint risk-section__note">{explanation}</p> : null}
        </>
      )}
    </section>
  );
}

function MatchedProduct({ match }: { match: ProductMatch }) {
  const summary = matchSummary(match);
  return (
    <div className="risk-match">
      <h4 className="risk-subtitle">Genuine product</h4>
      {summary.state !== 'matched' ? (
        <p className="muted">No product cleared the threshold{summary.state === 'unmatched' && summary.best ? ` (closest: ${summary.best.sku}, ${summary.best.share})` : ''}.</p>
      ) : (
        <p className="risk-match__product">
          <span className="mono strong">{summary.sku}</span>
          <span className="risk-match__name">{summary.name}</span>
          <span className="risk-match__share" title="How closely the listing matches this product">
            {summary.share} match
          </span>
          {summary.corrected ? <span className="badge">Set by a reviewer</span> : null}
        </p>
      )}
      {match.candidates.length > 0 ? (
        <table className="candidates-table">
          <caption className="visually-hidden">Top candidate products</caption>
          <thead>
            <tr>
              <th scope="col">Candidate</th>
              <th scope="col" className="numeric">
                Score
              </th>
            </tr>
          </thead>
          <tbody>
            {match.candidates.slice(0, CANDIDATES_SHOWN).map((c) => (
              <tr key={c.sku} className={c.sku === match.sku ? 'is-chosen' : undefined}>
                <td className="mono">{c.sku}</td>
                <td className="numeric">{formatMatchShare(c.score)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}

function FindingsTable({ findings }: { findings: readonly Finding[] }) {
  const parts = findingParts(findings);
  return (
    <table className="findings-table">
      <caption className="visually-hidden">Findings, with the weight of each and the points it adds to the risk score</caption>
      <tbody>
        {findings.map((finding, i) => {
          const part = parts[i]!;
          const direction = part.counted ? pointsDirection(part.points) : 'none';
          return (
            <tr key={`${finding.rule}-${i}`} className="finding">
              <td className="finding__severity">
                <span className={`severity severity--${finding.severity}`}>{severityLabel(finding.severity)}</span>
              </td>
              <td className="finding__message" title={finding.rule}>
                {finding.message}
              </td>
              <td className="finding__weight muted" title="This kind of finding’s weight: the chance, in percent, that it alone shows a counterfeit">
                {formatPoints(finding.weight)}
              </td>
              <td className={`finding__points finding__points--${direction}`} title={part.note ?? POINTS_TITLE[direction]}>
                {part.counted ? formatPoints(part.points) : '—'}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
