// Step 3: which column of the file feeds each field, pre-filled from Assay's suggestion or a preset, with a
// sample from the first row beside each; the default marketplace (listings) or brand (products); the checks
// before starting; and the start itself.
import { useState } from 'react';
import { MARKETPLACES } from '../../../electron/api/vocabulary';
import { useOperation } from '../api/useOperation';
import { InlineAlert } from '../components/InlineAlert';
import { marketplaceName } from '../format/marketplaceNames';
import { useWorkspace } from '../workspace/workspaceStore';
import { useImportWizard } from './importWizardStore';
import { FieldMappingTable } from './FieldMappingTable';
import { checkMapping } from './mappingValidation';
import { isActive, useRunningImport } from './runningImportStore';
import { SavePresetForm } from './SavePresetForm';
import { optionsFromPreview } from './sourceOptions';
import { ProblemList } from '../components/ProblemList';

export function MappingStep() {
  const wizard = useImportWizard();
  const { kind, file, preview, mapping, preset, presetMissing, marketplace, brand, again } = wizard;
  const fields = useOperation('imports.fields', { kind });
  const presets = useOperation('imports.presets', { kind });
  const workspaceBrand = useWorkspace((s) => s.info?.brand?.name ?? null);
  const running = useRunningImport((s) => isActive(s.run));
  const startRun = useRunningImport((s) => s.start);
  const [attempted, setAttempted] = useState(false);
  const [starting, setStarting] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  if (!preview || !file) return null;
  const headers = preview.sniffed.headers;
  const check = fields.data ? checkMapping({ kind, fields: fields.data, mapping, headers, marketplace, previousImport: preview.previousImport, again }) : null;

  const start = async () => {
    setAttempted(true);
    setRefusal(null);
    if (!check || check.problems.length > 0) return;
    setStarting(true);
    const refused = await startRun(
      {
        path: file.path,
        kind,
        options: optionsFromPreview(preview.sniffed),
        mapping,
        marketplace: kind === 'listings' && marketplace ? marketplace : undefined,
        brand: kind === 'products' && brand.trim() ? brand.trim() : undefined,
        preset: preset || undefined,
        again,
      },
      preview.fileName,
    );
    setStarting(false);
    if (refused) setRefusal(refused);
    else wizard.goTo('run');
  };

  const builtIn = presets.data?.filter((p) => p.builtIn) ?? [];
  const saved = presets.data?.filter((p) => !p.builtIn) ?? [];

  return (
    <div className="wizard-step">
      <div className="mapping-controls">
        <label className="form-field">
          <span className="field-label">Preset</span>
          <select
            className="select"
            value={preset}
            onChange={(e) => wizard.choosePreset(presets.data?.find((p) => p.name === e.target.value) ?? null)}
            disabled={!presets.data}
          >
            <option value="">Assay’s suggestion from the headers</option>
            {builtIn.length > 0 ? (
              <optgroup label="Built in">
                {builtIn.map((p) => (
                  <option key={p.name} value={p.name}>
                    {p.label}
                  </option>
                ))}
              </optgroup>
            ) : null}
            {saved.length > 0 ? (
              <optgroup label="Saved in this workspace">
                {saved.map((p) => (
                  <option key={p.name} value={p.name}>
                    {p.label}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
        </label>
        {kind === 'listings' ? (
          <label className="form-field">
            <span className="field-label">Marketplace for rows without one</span>
            <select className="select" value={marketplace} onChange={(e) => wizard.setMarketplace(e.target.value)}>
              <option value="">None: from each row or its URL</option>
              {MARKETPLACES.map((m) => (
                <option key={m} value={m}>
                  {marketplaceName(m)}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <label className="form-field">
            <span className="field-label">Brand for rows without one</span>
            <input className="input input--medium" value={brand} onChange={(e) => wizard.setBrand(e.target.value)} placeholder={workspaceBrand ? `${workspaceBrand} (the workspace’s brand)` : 'Name the brand'} maxLength={200} />
          </label>
        )}
        <SavePresetForm
          kind={kind}
          mapping={mapping}
          marketplace={kind === 'listings' ? marketplace : ''}
          onSaved={(p) => {
            presets.reload();
            wizard.choosePreset(p);
          }}
        />
      </div>

      {presetMissing.length > 0 ? (
        <InlineAlert tone="info">
          This file lacks {presetMissing.length === 1 ? 'one of the preset’s columns' : `${presetMissing.length} of the preset’s columns`}: {presetMissing.map((c) => `“${c}”`).join(', ')}. Those fields keep Assay’s suggestion.
        </InlineAlert>
      ) : null}
      {fields.error ? <InlineAlert>{fields.error}</InlineAlert> : null}
      {presets.error ? <InlineAlert>{presets.error}</InlineAlert> : null}

      {check && check.warnings.length > 0 ? (
        <InlineAlert tone="info" title="Before you start:">
          <ProblemList problems={check.warnings} />
        </InlineAlert>
      ) : null}

      <FieldMappingTable fields={fields.data} headers={headers} mapping={mapping} firstRow={preview.rows[0] ?? null} onMap={wizard.mapField} />

      {/* The problems and the buttons stay in view at the bottom while the field list scrolls. */}
      <div className="wizard-actions">
        {check && attempted && check.problems.length > 0 ? (
          <InlineAlert title="The import cannot start yet.">
            <ProblemList problems={check.problems} />
          </InlineAlert>
        ) : null}
        {refusal ? <InlineAlert title="Assay refused to start the import.">{refusal}</InlineAlert> : null}

        <div className="wizard-footer">
          <button type="button" className="button" onClick={() => wizard.goTo('preview')}>
            ‹ Back
          </button>
          <span className="wizard-footer__note muted">
            {running ? (
              'Another import is running; it must finish first.'
            ) : preview.previousImport ? (
              <label className="check-line check-line--inline">
                <input type="checkbox" checked={again} onChange={(e) => wizard.setAgain(e.target.checked)} />
                Import it again (this file was imported as import {preview.previousImport.id})
              </label>
            ) : null}
          </span>
          <button type="button" className="button button--primary" onClick={() => void start()} disabled={starting || running || !check}>
            {starting ? 'Starting…' : 'Start import'}
          </button>
        </div>
      </div>
    </div>
  );
}
