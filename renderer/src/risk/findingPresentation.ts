// How a listing's match and findings read in the detail panel: points with their sign, severities as words,
// match scores as percentages, and how the findings' weights combined into the score (api/riskCombination.ts).
import type { ListingDetail } from '../../../electron/api/contract';
import { combineRiskWeights } from '../../../electron/api/riskCombination';

export type Finding = ListingDetail['findings'][number];
export type ProductMatch = NonNullable<ListingDetail['match']>;

const SEVERITIES: Record<string, string> = { high: 'High', medium: 'Medium', low: 'Low', info: 'Info' };

/** "High", "Medium", "Low", "Info"; an unknown severity is shown as stored. */
export function severityLabel(severity: string): string {
  return SEVERITIES[severity] ?? severity;
}

/** Points or a weight with its sign: "+36", "−40" (a true minus sign), "0". */
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

/** How one finding played into the score: the points it moved it by, or why it did not count. */
export interface FindingPart {
  points: number;
  counted: boolean;
  /** Why a finding did not count; null when it did. */
  note: string | null;
}

const KIND_WORDS: Record<string, string> = { price: 'price', vocabulary: 'vocabulary', brand: 'brand-name', seller: 'seller', identifier: 'identifier', catalogue: 'catalogue', image: 'image' };

/** Each finding's part in the score, in the order given (the same combination the scorer uses). */
export function findingParts(findings: readonly Finding[]): FindingPart[] {
  return combineRiskWeights(findings).parts.map((p) => ({
    points: p.points,
    counted: p.counted,
    note: p.counted ? null : p.weight === 0 ? 'Noted only: it carries no weight.' : `Not counted: a stronger ${KIND_WORDS[p.rule.split('.')[0]!] ?? p.rule.split('.')[0]} finding counts instead.`,
  }));
}

const share = (weight: number) => (Math.min(100, Math.abs(weight)) / 100).toFixed(2);

/**
 * How the score was made, as one line of arithmetic: the counted weights as independent chances, then any
 * that lower it ("100 × (1 − 0.45 × 0.85) × 0.60 = 37"); null before scoring or with no weighted finding.
 * A second sentence when the stored score differs (scored under other weights: run assay score).
 */
export function scoreExplanation(findings: readonly Finding[], riskScore: number | null): string | null {
  if (riskScore === null) return null;
  const combined = combineRiskWeights(findings);
  const counted = combined.parts.filter((p) => p.counted);
  if (counted.length === 0) return null;
  const raising = counted.filter((p) => p.weight > 0).sort((a, b) => b.weight - a.weight);
  const lowering = counted.filter((p) => p.weight < 0);
  const chance = raising.length === 0 ? '0' : `100 × (1 − ${raising.map((p) => share(100 - Math.min(100, p.weight))).join(' × ')})`;
  const formula = raising.length === 0 ? '0' : `${chance}${lowering.map((p) => ` × ${share(100 - Math.abs(p.weight))}`).join('')}`;
  const line = `The weights combine as independent chances: ${formula} = ${combined.score}.${combined.parts.some((p) => !p.counted && p.weight > 0) ? ' Of several findings of one kind only the strongest counts.' : ''}`;
  return combined.score === Math.round(riskScore) ? line : `${line} The stored score is ${Math.round(riskScore)}: it was made under other weights, so run assay score to bring it up to date.`;
}
