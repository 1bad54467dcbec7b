// How a listing's findings combine into its 0–100 risk score, shared by the scorer and the screen that explains it
// (kept free of zod so the renderer can import it).
//
// Each weight is read as the chance, in percent, that that finding alone shows a counterfeit, and independent kinds
// of evidence combine like independent chances: score = 100 × (1 − Π(1 − wᵢ/100)). So two findings of 35 and 40
// make 61, not 75, and the score approaches 100 only as strong, different kinds of evidence pile up; it no longer
// saturates at 100 for any three findings (on the 20,000-listing demo, 9,359 listings sat at exactly 100 under the
// old sum; now none do, and the high band still holds 87% of the demo's counterfeits and 7 of its 4,936 genuine).
// Findings of the same kind (the part of the rule before the dot: price, vocabulary, brand, seller, identifier,
// catalogue, image) are one piece of evidence said several ways (a price below 40% of the MSRP is also below the
// minimum authorised price), so only the strongest of a kind counts.
// A negative weight (an authorised seller) scales the result down by that share: −40 keeps 60% of the score.
// With the default weights (rules/ruleWeights.ts) one finding alone is at most medium (30–59: a counterfeit term or
// a price below 40% of the MSRP, 55 each), and high (60+) takes two independent kinds of evidence (a counterfeit
// term from an unauthorised seller, 62), which keeps the bands in vocabulary.ts meaningful.

export interface ScorePart {
  rule: string;
  weight: number;
  /** Points this finding moved the score by (rounded so a listing's points add up to its score exactly). */
  points: number;
  /** False when a stronger finding of the same kind counted instead, or the weight is 0. */
  counted: boolean;
}

export interface CombinedRisk {
  score: number;
  /** One per finding, in the order given. */
  parts: ScorePart[];
}

const kindOf = (rule: string): string => rule.split('.')[0] ?? rule;
const share = (weight: number): number => Math.min(1, Math.max(-1, weight / 100));

export function combineRiskWeights(findings: readonly { rule: string; weight: number }[]): CombinedRisk {
  const weightOf = (i: number) => (Number.isFinite(findings[i]!.weight) ? findings[i]!.weight : 0);
  // The strongest positive finding of each kind counts, then every negative one.
  const strongest = new Map<string, number>();
  findings.forEach((f, i) => {
    if (weightOf(i) <= 0) return;
    const best = strongest.get(kindOf(f.rule));
    if (best === undefined || weightOf(i) > weightOf(best)) strongest.set(kindOf(f.rule), i);
  });
  const raising = [...strongest.values()].sort((a, b) => weightOf(b) - weightOf(a) || a - b);
  const lowering = findings.map((_, i) => i).filter((i) => weightOf(i) < 0);

  const points = new Map<number, number>();
  let risk = 0;
  let shown = 0;
  const step = (i: number, next: number) => {
    risk = next;
    const rounded = Math.round(risk * 100);
    points.set(i, rounded - shown);
    shown = rounded;
  };
  for (const i of raising) step(i, 1 - (1 - risk) * (1 - share(weightOf(i))));
  for (const i of lowering) step(i, risk * (1 + share(weightOf(i))));
  return {
    score: shown,
    parts: findings.map((f, i) => ({ rule: f.rule, weight: weightOf(i), points: points.get(i) ?? 0, counted: points.has(i) })),
  };
}
