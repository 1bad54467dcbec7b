// The risk block of the listing detail: signed points, severities, match percentages, the three states of the
// genuine product (not scored, no match, matched) and how the findings' weights combined into the score.
import { describe, expect, it } from 'vitest';
import type { ListingDetail } from '../../electron/api/contract';
import {
  formatMatchShare,
  formatPoints,
  matchSummary,
  pointsDirection,
  findingParts,
  scoreExplanation,
  severityLabel,
  type Finding,
} from '../../renderer/src/risk/findingPresentation';

const match = (overrides: Partial<NonNullable<ListingDetail['match']>> = {}): NonNullable<ListingDetail['match']> => ({
  productId: 3,
  sku: 'CV-BG-1001',
  name: 'Aurelle Tote 34',
  score: 0.8649,
  corrected: false,
  candidates: [
    { sku: 'CV-BG-1001', score: 0.8649 },
    { sku: 'CV-BG-1002', score: 0.38 },
  ],
  ...overrides,
});

describe('points a finding adds', () => {
  it('signs positive points with a plus and negative ones with a true minus sign', () => {
    expect(formatPoints(36)).toBe('+36');
    expect(formatPoints(-40)).toBe('−40');
    expect(formatPoints(0)).toBe('0');
  });

  it('says a negative weight lowers the score and a positive one raises it', () => {
    expect(pointsDirection(-40)).toBe('lowers');
    expect(pointsDirection(15)).toBe('raises');
    expect(pointsDirection(0.2)).toBe('none');
  });
});

describe('severityLabel', () => {
  it('reads each severity of the contract as a word, and an unknown one as stored', () => {
    expect(['info', 'low', 'medium', 'high'].map(severityLabel)).toEqual(['Info', 'Low', 'Medium', 'High']);
    expect(severityLabel('critical')).toBe('critical');
  });
});

describe('matchSummary', () => {
  it('says the listing is not scored when there is no match record', () => {
    expect(matchSummary(null)).toEqual({ state: 'unscored' });
  });

  it('says no product cleared the threshold when the SKU is null, naming the closest candidate', () => {
    const summary = matchSummary(match({ productId: null, sku: null, name: null, score: 0.4571, candidates: [{ sku: 'CV-BG-1002', score: 0.4571 }] }));
    expect(summary).toEqual({ state: 'unmatched', best: { sku: 'CV-BG-1002', share: '46%' } });
  });

  it('gives the matched SKU, name and match score as a percentage', () => {
    expect(matchSummary(match())).toEqual({ state: 'matched', sku: 'CV-BG-1001', name: 'Aurelle Tote 34', share: '86%', corrected: false });
  });

  it('keeps whether a reviewer corrected the match', () => {
    expect(matchSummary(match({ corrected: true }))).toMatchObject({ state: 'matched', corrected: true });
  });
});

describe('formatMatchShare', () => {
  it('rounds to a whole percentage and keeps it within 0–100%', () => {
    expect(formatMatchShare(0.4571)).toBe('46%');
    expect(formatMatchShare(1)).toBe('100%');
    expect(formatMatchShare(1.2)).toBe('100%');
    expect(formatMatchShare(-0.1)).toBe('0%');
  });
});

describe('how the score was made', () => {
  const f = (rule: string, weight: number): Finding => ({ rule, severity: 'high', expected: null, observed: null, weight, message: rule });

  it('combines weights of different kinds as independent chances, and shows the arithmetic', () => {
    const findings = [f('price.below_msrp_share', 55), f('seller.unauthorised', 15)];
    expect(findingParts(findings)).toEqual([
      { points: 55, counted: true, note: null },
      { points: 7, counted: true, note: null },
    ]);
    expect(scoreExplanation(findings, 62)).toBe('The weights combine as independent chances: 100 × (1 − 0.45 × 0.85) = 62.');
  });

  it('counts only the strongest finding of one kind, and says why the other did not count', () => {
    const findings = [f('price.below_msrp_share', 55), f('price.below_minimum_authorised', 20)];
    expect(findingParts(findings)[1]).toEqual({ points: 0, counted: false, note: 'Not counted: a stronger price finding counts instead.' });
    expect(scoreExplanation(findings, 55)).toBe('The weights combine as independent chances: 100 × (1 − 0.45) = 55. Of several findings of one kind only the strongest counts.');
  });

  it('scales the score down by a negative weight, an authorised seller for instance', () => {
    const findings = [f('price.below_minimum_authorised', 20), f('seller.authorised', -40)];
    expect(findingParts(findings).map((p) => p.points)).toEqual([20, -8]);
    expect(scoreExplanation(findings, 12)).toBe('The weights combine as independent chances: 100 × (1 − 0.80) × 0.60 = 12.');
  });

  it('says when the stored score was made under other weights, and nothing before scoring or without weighted findings', () => {
    expect(scoreExplanation([f('vocabulary.counterfeit_term', 55)], 40)).toContain('The stored score is 40: it was made under other weights, so run assay score');
    expect(scoreExplanation([], null)).toBeNull();
    expect(scoreExplanation([f('price.cannot_compare', 0)], 0)).toBeNull();
  });
});
