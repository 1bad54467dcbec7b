// The risk score as a compact tinted badge; the colour follows the band, the title spells it out.
// Colours live in risk.css (.risk-badge--<band>), so the grid and the detail panel agree.
import { formatRiskScore, riskBand, riskBandLabel } from './riskBands';

export function RiskBadge({ score, size = 'small' }: { score: number | null; size?: 'small' | 'large' }) {
  const band = riskBand(score);
  const title = band === 'unscored' ? 'Not scored yet: run assay score' : `Risk ${formatRiskScore(score)} of 100: ${riskBandLabel(band).toLowerCase()}`;
  return (
    <span className={`risk-badge risk-badge--${band}${size === 'large' ? ' risk-badge--large' : ''}`} title={title}>
      {formatRiskScore(score)}
    </span>
  );
}
