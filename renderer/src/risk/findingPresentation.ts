// How a listing's match and findings read in the detail panel: points with their sign, severities as words,
// match scores as percentages, and why the score differs from the sum of its findings (it is clamped to 0–100).
import type { ListingDetail } from '../../../electron/api/contract';

export type Finding = ListingDetail['findings'][number];
export type ProductMatch = NonNullable<ListingDetail['match']>;

const SEVERITIES: Record<string, string> = { high: 'High', medium: 'Medium', low: 'Low', info: 'Info' };

/** "High", "Medium", "Low", "Info"; an unknown severity is shown as stored. */
export function severityLabel(severity: string): string {
  return SEVERITIES[severity] ?? severity;
}

/** The points a finding adds: "+36", "−40" (a true minus sign), "0". */
export function formatPoints(weight: number): string {
  const points = Math.round(weight);
  if (points > 0) return `+${points}`;
  if (points < 0) return `−${Math.abs(points)}`;
  return '0';
}

/** Whether the finding raises, lowers or leaves the score. */
export function pointsDirection(weight: number): 'raises' | 'lowers' | 'none' {
  const points = Math.round(weight);
  return points > 0 ? 'raises' : points < 0 ? 'lowers' : 'none';
}

/** A matcher score (0–1) as a whole percentage: 0.4571 → "46%". */
export function formatMatchShare(score: number): string {
  return `${Math.round(Math.min(1, Math.max(0, score)) * 100)}%`;
}

export type MatchSummary =
  | { state: 'unscored' }
  | { state: 'unmatched'; best: { sku: string; share: string } | null }
  | { state: 'matched'; sku: string; name: string; share: string; corrected: boolean };

/** Which of the three things to say about the genuine product: not scored, no match, or the match. */
export function matchSummary(match: ListingDetail['match']): MatchSummary {
  if (match === null) return { state: 'unscored' };
  if (match.sku === null) {
    const best = match.candidates[0];
    return { state: 'unmatched', best: best ? { sku: best.sku, share: formatMatchShare(best.score) } : null };
  }
  return { state: 'matched', sku: match.sku, name: match.name ?? '', share: formatMatchShare(match.score), corrected: match.corrected };
}

/**
 * A line explaining the score when it is not simply the sum of the findings' points, because the sum was
 * clamped to 0–100; null when the two agree or the listing is not scored.
 */
export function scoreClampNote(findings: readonly Finding[], riskScore: number | null): string | null {
  if (riskScore === null) return null;
  const total = Math.round(findings.reduce((sum, f) => sum + (Number.isFinite(f.weight) ? f.weight : 0), 0));
  if (total > 100 && riskScore === 100) return `The findings add up to ${total} points; the score stops at 100.`;
  if (total < 0 && riskScore === 0) return `The findings add up to ${formatPoints(total)} points; the score does not go below 0.`;
  return null;
}
