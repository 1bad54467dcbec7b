// Risk bands: the thresholds `assay score` prints (high 60+, medium 30–59, low below) and "—" before scoring.
import { describe, expect, it } from 'vitest';
import { formatRiskScore, riskBand, riskBandLabel } from '../../renderer/src/risk/riskBands';

describe('riskBand', () => {
  it('puts 60 and above in the high band', () => {
    expect(riskBand(60)).toBe('high');
    expect(riskBand(100)).toBe('high');
  });

  it('puts 30 to 59 in the medium band, including the edges', () => {
    expect(riskBand(30)).toBe('medium');
    expect(riskBand(59)).toBe('medium');
    expect(riskBand(59.6)).toBe('medium');
  });

  it('puts anything below 30 in the low band, zero included', () => {
    expect(riskBand(29)).toBe('low');
    expect(riskBand(0)).toBe('low');
  });

  it('calls a listing that was never scored unscored, not low', () => {
    expect(riskBand(null)).toBe('unscored');
    expect(riskBand(Number.NaN)).toBe('unscored');
  });

  it('names every band in words', () => {
    expect(['high', 'medium', 'low', 'unscored'].map((b) => riskBandLabel(b as Parameters<typeof riskBandLabel>[0]))).toEqual(['High', 'Medium', 'Low', 'Not scored']);
  });
});

describe('formatRiskScore', () => {
  it('shows a whole number, and a dash before scoring', () => {
    expect(formatRiskScore(82)).toBe('82');
    expect(formatRiskScore(0)).toBe('0');
    expect(formatRiskScore(null)).toBe('—');
  });
});
