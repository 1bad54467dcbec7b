// The Settings → Rule weights table while it is edited: one text per rule, checked (a number from −100 to 100)
// and turned into the changes to save, where a weight set back to its default is sent as null (the default).
import type { RuleWeightSetting } from '../../../electron/api/scoringContract';

export type WeightDraft = Record<string, string>;

export const draftFrom = (rules: readonly RuleWeightSetting[]): WeightDraft => Object.fromEntries(rules.map((r) => [r.rule, String(r.weight)]));

/** The changes against what is stored, or the problems that stop a save (each names its rule). */
export function weightChanges(rules: readonly RuleWeightSetting[], draft: WeightDraft): { weights: Record<string, number | null>; problems: string[] } {
  const weights: Record<string, number | null> = {};
  const problems: string[] = [];
  for (const r of rules) {
    const text = (draft[r.rule] ?? String(r.weight)).trim().replace('−', '-');
    const value = Number(text);
    if (text === '' || !Number.isFinite(value)) problems.push(`The weight of ${r.rule} must be a number (not "${draft[r.rule] ?? ''}").`);
    else if (value < -100 || value > 100) problems.push(`The weight of ${r.rule} must be from −100 to 100 (not ${text}).`);
    else if (value !== r.weight) weights[r.rule] = value === r.defaultWeight ? null : value;
  }
  return { weights, problems };
}
