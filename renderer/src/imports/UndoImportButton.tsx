// "Undo this import", confirmed in place: says what undoing removes and restores before anything happens,
// then calls imports.undo and hands back the import's new summary.
import { useState } from 'react';
import type { ImportSummary } from '../../../electron/api/contract';
import { errorMessage } from '../api/apiError';
import { call } from '../api/client';
import { InlineAlert } from '../components/InlineAlert';
import { countOf } from '../format/numberFormat';

export function undoConsequences(summary: Pick<ImportSummary, 'kind' | 'counts'>): string {
  const noun = summary.kind === 'listings' ? 'listing' : 'genuine product';
  const added = summary.counts.new > 0 ? `the ${countOf(summary.counts.new, noun)} it added are removed` : 'it added nothing';
  const updated = summary.counts.updated > 0 ? `the ${countOf(summary.counts.updated, noun)} it updated get their earlier values back` : 'it changed nothing that existed';
  return `${added[0]?.toUpperCase()}${added.slice(1)}, and ${updated}. The undo is recorded in the custody log.`;
}

/** The button that asks first: the confirmation replaces it until the person decides. */
export function UndoImportButton(props: { summary: ImportSummary; onUndone: (summary: ImportSummary) => void }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className="button" onClick={() => setConfirming(true)}>
        Undo this import…
      </button>
    );
  }
  return (
    <UndoImportConfirm
      summary={props.summary}
      onKeep={() => setConfirming(false)}
      onUndone={(after) => {
        setConfirming(false);
        props.onUndone(after);
      }}
    />
  );
}

export function UndoImportConfirm(props: { summary: ImportSummary; onUndone: (summary: ImportSummary) => void; onKeep: () => void }) {
  const { summary, onUndone } = props;
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const undo = () => {
    setWorking(true);
    setError(null);
    call('imports.undo', { importId: summary.id }).then(
      (after) => {
        setWorking(false);
        onUndone(after);
      },
      (e: unknown) => {
        setWorking(false);
        setError(errorMessage(e));
      },
    );
  };

  return (
    <div className="confirm-box" role="group" aria-label={`Undo import ${summary.id}`}>
      <p>
        <strong>Undo import {summary.id}?</strong> {undoConsequences(summary)}
      </p>
      {error ? <InlineAlert title="The import was not undone.">{error}</InlineAlert> : null}
      <div className="confirm-box__actions">
        <button type="button" className="button button--danger" onClick={undo} disabled={working}>
          {working ? 'Undoing…' : `Undo import ${summary.id}`}
        </button>
        <button type="button" className="button" onClick={props.onKeep} disabled={working}>
          Keep it
        </button>
      </div>
    </div>
  );
}
