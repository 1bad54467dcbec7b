// "Save as preset…": names the current mapping (and default marketplace) so the next file from the same
// source maps itself; the name is asked inline, and a refusal is said beside it.
import { useState } from 'react';
import type { ImportKind, ImportPreset } from '../../../electron/api/contract';
import { errorMessage } from '../api/apiError';
import { call } from '../api/client';

interface Props {
  kind: ImportKind;
  mapping: Record<string, string>;
  marketplace: string;
  onSaved: (preset: ImportPreset) => void;
}

export function SavePresetForm({ kind, mapping, marketplace, onSaved }: Props) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [savedName, setSavedName] = useState<string | null>(null);

  if (!open) {
    return (
      <div className="form-field form-field--end">
        <button type="button" className="button" onClick={() => setOpen(true)} disabled={Object.keys(mapping).length === 0}>
          Save as preset…
        </button>
        {savedName ? (
          <span className="hint" role="status">
            Saved “{savedName}”.
          </span>
        ) : null}
      </div>
    );
  }

  const save = () => {
    const trimmed = name.trim();
    if (!trimmed) {
      setError('Give the preset a name, such as the source of the file.');
      return;
    }
    setSaving(true);
    setError(null);
    call('imports.savePreset', { kind, name: trimmed, mapping, marketplace: marketplace || undefined }).then(
      (preset) => {
        setSaving(false);
        setOpen(false);
        setName('');
        setSavedName(preset.label);
        onSaved(preset);
      },
      (e: unknown) => {
        setSaving(false);
        setError(errorMessage(e));
      },
    );
  };

  return (
    <form
      className="save-preset"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <label className="form-field">
        <span className="field-label">Preset name</span>
        <input className="input input--medium" value={name} onChange={(e) => setName(e.target.value)} maxLength={100} autoFocus placeholder="e.g. Vendor weekly export" aria-invalid={error ? true : undefined} />
      </label>
      <button type="submit" className="button button--primary" disabled={saving}>
        {saving ? 'Saving…' : 'Save preset'}
      </button>
      <button type="button" className="button" onClick={() => setOpen(false)} disabled={saving}>
        Cancel
      </button>
      {error ? (
        <span className="text-danger save-preset__error" role="alert">
          {error}
        </span>
      ) : null}
    </form>
  );
}
