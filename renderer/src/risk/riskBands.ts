// Risk bands as every screen reads them, and "not scored" until `assay score` has run; the thresholds are the
// contract's, the same ones `assay score` prints in its summary.
import { HIGH_RISK_FROM, MEDIUM_RISK_FROM } from '../../../electron/api/vocabulary';

export { HIGH_RISK_FROM, MEDIUM_RISK_FROM };
export type RiskBand = 'high' | 'medium' | 'low' | 'unscored';

const LABELS: Record<RiskBand, string> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  unscored: 'Not scored',
};

export function riskBand(score: number | null): RiskBand {
  if (score === null || !Number.isFinite(score)) return 'unscored';
  if (score >= HIGH_RISK_FROM) return 'high';
  if (score >= MEDIUM_RISK_FROM) return 'medium';
  return 'low';
}

export function riskBandLabel(band: RiskBand): string {
  return LABELS[band];
}

/** The score as shown in a badge: a whole number, or "—" before scoring. */
export function formatRiskScore(score: number | null): string {
  return score === null || !Number.isFinite(score) ? '—' : String(Math.round(score));
}
