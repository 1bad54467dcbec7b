// A listing's 0–100 risk score from its findings, with the part each finding played so the screen and the packet
// can show how the score was made. The combination itself (weights as independent chances, the strongest finding
// of each kind counting) lives in the contract, api/riskCombination.ts, so the listing screen explains it the same way.
import { combineRiskWeights, type CombinedRisk } from '../../../api/riskCombination';
import type { Finding } from './finding';

export type RiskScore = CombinedRisk;

export function riskScore(findings: readonly Finding[]): RiskScore {
  return combineRiskWeights(findings);
}
