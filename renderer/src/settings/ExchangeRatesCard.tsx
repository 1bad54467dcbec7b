// The exchange-rate table imports normalise prices with (settings.rates): one row per currency with its
// value in US dollars and the date it holds for, edited inline and saved with settings.saveRates.
import { useState } from 'react';
import type { ExchangeRate } from '../../../electron/api/contract';
import { errorMessage } from '../api/apiError';
import { call } from '../api/client';
import { useOperation } from '../api/useOperation';
import { InlineAlert } from '../components/InlineAlert';
import { ratesFromRows, rowsFromRates, type RateRow } from './exchangeRateDraft';
import { ProblemList } from '../components/ProblemList';

const today = () => new Date().toISOString().slice(0, 10);

export function ExchangeRatesCard() {
  const loaded = useOperation('settings.rates', {});
  /** The rates as last saved from this card, which supersede what was loaded. */
  const [savedRates, setSavedRates] = useState<ExchangeRate[] | null>(null);
  /** The person's edits; null while the table shows the stored rates unchanged. */
  const [edited, setEdited] = useState<RateRow[] | null>(null);
  const stored = savedRates ?? loaded.data;
  const rows = edited ?? (stored ? rowsFromRates(stored) : null);
  const dirty = edited !== null;
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  const change = (next: (current: RateRow[]) => RateRow[]) => {
    if (!rows) return;
    setEdited(next(rows));
    setOutcome(null);
  };
  const edit = (key: number, patch: Partial<RateRow>) => change((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const add = () => change((rs) => [...rs, { key: -Date.now(), stored: false, currency: '', usdPerUnit: '', asOf: today() }]);
  const remove = (key: number) => change((rs) => rs.filter((r) => r.key !== key));

  const save = () => {
    if (!rows) return;
    const { rates, problems: found } = ratesFromRows(rows);
    setProblems(found);
    if (found.length > 0) return;
    setSaving(true);
    call('settings.saveRates', { rates }).then(
      (after) => {
        setSaving(false);
        setSavedRates(after);
        setEdited(null);
        setOutcome({ tone: 'success', text: `Saved ${after.length} ${after.length === 1 ? 'rate' : 'rates'}.` });
      },
      (e: unknown) => {
        setSaving(false);
        setOutcome({ tone: 'error', text: errorMessage(e) });
      },
    );
  };

  const revert = () => {
    setEdited(null);
    setProblems([]);
    setOutcome(null);
  };

  return (
    <section className="card" aria-labelledby="exchange-rates">
      <h2 className="card__title" id="exchange-rates">
        Exchange rates
      </h2>
      <p className="muted card__lead">Imported prices are normalised to US dollars with this table. Assay never fetches rates from the internet, so keep it current yourself.</p>
      {loaded.error ? <InlineAlert>{loaded.error}</InlineAlert> : null}
      {rows ? (
        <div className="table-wrap rates-table-wrap">
          <table className="data-table data-table--compact rates-table">
            <thead>
              <tr>
                <th scope="col">Currency</th>
                <th scope="col" className="numeric">
                  US$ per unit
                </th>
                <th scope="col">As of</th>
                <th scope="col">
                  <span className="visually-hidden">Discard</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <td>
                    {row.stored ? (
                      <span className="mono strong">{row.currency}</span>
                    ) : (
                      <input
                        className="input input--cell input--code mono"
                        aria-label="Currency code"
                        placeholder="EUR"
                        value={row.currency}
                        maxLength={3}
                        spellCheck={false}
                        autoFocus
                        onChange={(e) => edit(row.key, { currency: e.target.value.toUpperCase() })}
                      />
                    )}
                  </td>
                  <td className="numeric">
                    <input
                      className="input input--cell numeric"
                      aria-label={`US dollars per ${row.currency || 'unit'}`}
                      inputMode="decimal"
                      value={row.usdPerUnit}
                      onChange={(e) => edit(row.key, { usdPerUnit: e.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      className="input input--cell input--date mono"
                      aria-label={`Rate of ${row.currency || 'this currency'} as of`}
                      placeholder="YYYY-MM-DD"
                      maxLength={10}
                      value={row.asOf}
                      onChange={(e) => edit(row.key, { asOf: e.target.value })}
                    />
                  </td>
                  <td className="numeric">
                    {!row.stored ? (
                      <button type="button" className="button button--quiet button--small" onClick={() => remove(row.key)} aria-label={`Discard the new row${row.currency ? ` for ${row.currency}` : ''}`}>
                        Discard
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">Reading the rates…</p>
      )}
      {problems.length > 0 ? (
        <InlineAlert title="The rates were not saved.">
          <ProblemList problems={problems} />
        </InlineAlert>
      ) : null}
      {outcome ? (
        <InlineAlert tone={outcome.tone} title={outcome.tone === 'error' ? 'The rates were not saved.' : undefined}>
          {outcome.text}
        </InlineAlert>
      ) : null}
      <div className="card__actions">
        <button type="button" className="button" onClick={add} disabled={!rows}>
          Add a currency
        </button>
        <span className="card__actions-spacer" />
        {dirty ? (
          <button type="button" className="button" onClick={revert} disabled={saving}>
            Discard changes
          </button>
        ) : null}
        <button type="button" className="button button--primary" onClick={save} disabled={!dirty || saving}>
          {saving ? 'Saving…' : 'Save rates'}
        </button>
      </div>
    </section>
  );
}
