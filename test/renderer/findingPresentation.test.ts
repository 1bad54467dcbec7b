// The risk block of the listing detail: signed points, severities, match percentages, the three states of the
// genuine product (not scored, no match, matched) and why a score differs from the sum of its findings.
import { describe, expect, it } from 'vitest';
import type { ListingDetail } from '../../electron/api/contract';
import {
  formatMatchShare,
  formatPoints,
  matchSummary,
  pointsDirection,
  scoreClampNote,
  severityLabel,
  type Finding,
} from '../../renderer/src/risk/findingPresentation';

const finding = (weight: number, severity = 'high'): Finding => ({
  rule: 'vocabulary.counterfeit_term',
  severity,
  expected: null,
  observed: 'AAA+',
  weight,
  message: 'The title says "AAA+", counterfeit vocabulary in English.',
});

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

describe('scoreClampNote', () => {
  it('explains a score of 100 whose findings add up to more', () => {
    expect(scoreClampNote([finding(36), finding(36), finding(35)], 100)).toBe('The findings add up to 107 points; the score stops at 100.');
  });

  it('explains a score of 0 whose findings add up to less, an authorised seller for instance', () => {
    expect(scoreClampNote([finding(20), finding(-40, 'info')], 0)).toBe('The findings add up to −20 points; the score does not go below 0.');
  });

  it('says nothing when the score is the plain sum, or the listing is not scored', () => {
    expect(scoreClampNote([finding(36), finding(-10, 'info')], 26)).toBeNull();
    expect(scoreClampNote([], null)).toBeNull();
  });
});
