// The contract's scoring operations: each brand's rule weights as Settings shows them (every kind of finding with
// its weight, its default and what it means), saving them, and re-scoring in a worker thread (progress arrives as
// 'job.progress' events with job 'scoring.run'). Spread into `operations` in contract.ts.
import { z } from 'zod';
import { id, op } from './operationParts';

export interface RuleWeightSetting {
  /** The finding kind, such as 'price.below_msrp_share'. */
  rule: string;
  /** What a finding of this kind means, in a sentence. */
  meaning: string;
  weight: number;
  defaultWeight: number;
}

export interface BrandRuleWeights {
  brands: { id: number; name: string }[];
  /** The brand shown; null in a workspace with no brand yet. */
  brandId: number | null;
  rules: RuleWeightSetting[];
}

export const ruleWeightsInputSchema = z.strictObject({ brandId: id.optional() });

/** A weight per rule, from −100 to 100; null returns the rule to its default. */
export const saveRuleWeightsSchema = z.strictObject({
  brandId: id,
  weights: z.record(z.string().min(1).max(80), z.number().min(-100).max(100).nullable()).refine((w) => Object.keys(w).length <= 200, 'too many rules'),
});
export type SaveRuleWeightsInput = z.infer<typeof saveRuleWeightsSchema>;

/** What `scoring.run` did, as `assay score --json` prints it. */
export interface ScoringRunSummary {
  listings: number;
  /** Scored in this run; the rest were unchanged since their last scoring. */
  scored: number;
  unchanged: number;
  matched: number;
  bands: { low: number; medium: number; high: number };
  seconds: number;
  /** Images hashed first (attached without a hash). */
  imagesHashed: number;
}

export const scoringRunSchema = z.strictObject({ force: z.boolean().default(false) });

export const scoringOperations = {
  'scoring.weights': op<typeof ruleWeightsInputSchema, BrandRuleWeights>(ruleWeightsInputSchema),
  /** Saves the weights; the listings they apply to are re-scored by the next `assay score` (their input hash changed). */
  'scoring.saveWeights': op<typeof saveRuleWeightsSchema, BrandRuleWeights & { changed: number }>(saveRuleWeightsSchema),
  /** Scores what changed (everything with force), off the main thread; one run at a time. */
  'scoring.run': op<typeof scoringRunSchema, ScoringRunSummary>(scoringRunSchema),
};
