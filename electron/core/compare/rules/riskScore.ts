// A listing's 0–100 risk score: the sum of its findings' weights, clamped, with the parts kept so the screen and
// the packet can show how the score was made ("counterfeit term +40, authorised seller −40").
import type { Finding } from './finding';

export interface RiskScore {
  score: number;
  parts: { rule: string; weight: number }[];
}

export function riskScore(findings: readonly Finding[]): RiskScore {
  const parts = findings.filter((f) => Number.isFinite(f.weight) && f.weight !== 0).map((f) => ({ rule: f.rule, weight: f.weight }));
  const total = parts.reduce((sum, p) => sum + p.weight, 0);
  return { score: Math.round(Math.min(100, Math.max(0, total))), parts };
}
