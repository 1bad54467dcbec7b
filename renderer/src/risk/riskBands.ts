// Risk bands as every screen reads them: high from 60, medium from 30, low below, and "not scored" until
// `assay score` has run. The thresholds are the ones `assay score` prints in its summary.
export type RiskBand = 'high' | 'medium' | 'low' | 'unscored';

export const HIGH_RISK_FROM = 60;
export const MEDIUM_RISK_FROM = 30;

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
