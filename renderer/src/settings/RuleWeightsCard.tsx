// Settings → Rule weights: each kind of finding with what it means, its weight for the chosen brand and its
// default, a reset to the default, and a save (scoring.saveWeights). Saved weights apply at the next scoring:
// `assay score`, or Re-score now (scoring.run, in a worker thread).
import { useState } from 'react';
import type { BrandRuleWeights } from '../../../electron/api/scoringContract';
import { errorMessage } from '../api/apiError';
import { call } from '../api/client';
import { useOperation } from '../api/useOperation';
import { InlineAlert } from '../components/InlineAlert';
import { formatCount } from '../format/numberFormat';
import { draftFrom, weightChanges, type WeightDraft } from '../risk/ruleWeightDraft';
import { ProblemList } from '../components/ProblemList';

export function RuleWeightsCard() {
  const [brandId, setBrandId] = useState<number | undefined>(undefined);
  const loaded = useOperation('scoring.weights', brandId === undefined ? {} : { brandId });
  const [saved, setSaved] = useState<BrandRuleWeights | null>(null);
  const stored = saved && (brandId === undefined || saved.brandId === brandId) ? saved : loaded.data;
  const [draft, setDraft] = useState<WeightDraft | null>(null);
  const shown = draft ?? (stored ? draftFrom(stored.rules) : null);
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [rescoring, setRescoring] = useState(false);

  const rescore = () => {
    setRescoring(true);
    setOutcome(null);
    call('scoring.run', {}).then(
      (s) => {
        setRescoring(false);
        setOutcome({
          tone: 'success',
          text: `Scored ${formatCount(s.scored)} of ${formatCount(s.listings)} listings (${formatCount(s.unchanged)} unchanged) in ${s.seconds.toFixed(1)} s: ${formatCount(s.bands.high)} high, ${formatCount(s.bands.medium)} medium, ${formatCount(s.bands.low)} low risk.`,
        });
      },
      (e: unknown) => {
        setRescoring(false);
        setOutcome({ tone: 'error', text: errorMessage(e) });
      },
    );
  };

  const edit = (rule: string, text: string) => {
    if (!shown) return;
    setDraft({ ...shown, [rule]: text });
    setOutcome(null);
  };
  const chooseBrand = (id: number) => {
    setBrandId(id);
    setDraft(null);
    setSaved(null);
    setProblems([]);
    setOutcome(null);
  };

  const discard = () => {
    setDraft(null);
    setProblems([]);
    setOutcome(null);
  };

  const save = () => {
    if (!stored || !shown || stored.brandId === null) return;
    const { weights, problems: found } = weightChanges(stored.rules, shown);
    setProblems(found);
    if (found.length > 0) return;
    setSaving(true);
    call('scoring.saveWeights', { brandId: stored.brandId, weights }).then(
      (after) => {
        setSaving(false);
        setSaved(after);
        setDraft(null);
        setOutcome({
          tone: 'success',
          text:
            after.changed === 0
              ? 'Nothing changed.'
              : `Saved ${after.changed} ${after.changed === 1 ? 'weight' : 'weights'}. The listings they apply to are marked for re-scoring: press Re-score now, or run assay score.`,
        });
      },
      (e: unknown) => {
        setSaving(false);
        setOutcome({ tone: 'error', text: errorMessage(e) });
      },
    );
  };

  const dirty = stored !== undefined && shown !== null && stored.rules.some((r) => (shown[r.rule] ?? '').trim() !== String(r.weight));

  return (
    <section className="card" aria-labelledby="rule-weights">
      <h2 className="card__title" id="rule-weights">
        Rule weights
      </h2>
      <p className="muted card__lead">
        Each weight is the chance, in percent, that a finding of that kind alone shows a counterfeit. Different kinds combine as independent chances (55 and 15 make 62, not 70); of one kind only the
        strongest counts; a negative weight lowers the score by that share.
      </p>
      {loaded.error ? <InlineAlert>{loaded.error}</InlineAlert> : null}
      {stored && stored.brands.length > 1 ? (
        <label className="field">
          <span className="field__label">Brand</span>
          <select className="input" value={stored.brandId ?? ''} onChange={(e) => chooseBrand(Number(e.target.value))}>
            {stored.brands.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {stored && stored.brandId === null ? <p className="muted">Import the brand’s products first: weights are kept per brand.</p> : null}
      {stored && shown && stored.brandId !== null ? (
        <div className="table-wrap">
          <table className="data-table data-table--compact rule-weights-table">
            <thead>
              <tr>
                <th scope="col">Finding</th>
                <th scope="col" className="numeric">
                  Weight
                </th>
                <th scope="col" className="numeric">
                  Default
                </th>
                <th scope="col">
                  <span className="visually-hidden">Reset</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {stored.rules.map((r) => {
                const text = shown[r.rule] ?? String(r.weight);
                const atDefault = Number(text.replace('−', '-')) === r.defaultWeight;
                return (
                  <tr key={r.rule}>
                    <td>
                      <span className="mono strong">{r.rule}</span>
                      <div className="muted">{r.meaning}</div>
                    </td>
                    <td className="numeric">
                      <input className="input input--cell numeric" aria-label={`Weight of ${r.rule}`} inputMode="decimal" value={text} onChange={(e) => edit(r.rule, e.target.value)} />
                    </td>
                    <td className="numeric muted">{r.defaultWeight}</td>
                    <td className="numeric">
                      {!atDefault ? (
                        <button type="button" className="button button--quiet button--small" onClick={() => edit(r.rule, String(r.defaultWeight))} aria-label={`Reset ${r.rule} to its default, ${r.defaultWeight}`}>
                          Reset
                        </button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : !loaded.error && !stored ? (
        <p className="muted">Reading the weights…</p>
      ) : null}
      {problems.length > 0 ? (
        <InlineAlert title="The weights were not saved.">
          <ProblemList problems={problems} />
        </InlineAlert>
      ) : null}
      {outcome ? (
        <InlineAlert tone={outcome.tone} title={outcome.tone === 'error' ? 'That did not work.' : undefined}>
          {outcome.text}
        </InlineAlert>
      ) : null}
      <div className="card__actions">
        <span className="muted">
          Saved weights apply at the next scoring (<code>assay score</code> or Re-score now), which re-scores exactly the listings they change.
        </span>
        <span className="card__actions-spacer" />
        {draft !== null ? (
          <button type="button" className="button" onClick={discard} disabled={saving}>
            Discard changes
          </button>
        ) : null}
        <button type="button" className="button" onClick={rescore} disabled={rescoring || dirty}>
          {rescoring ? 'Re-scoring…' : 'Re-score now'}
        </button>
        <button type="button" className="button button--primary" onClick={save} disabled={!dirty || saving}>
          {saving ? 'Saving…' : 'Save weights'}
        </button>
      </div>
    </section>
  );
}
