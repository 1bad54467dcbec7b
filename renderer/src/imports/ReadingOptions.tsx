// How the file is read, each setting a select that reads the file again when changed: format (shown),
// encoding, delimiter and quote for delimited text, and the sheet of a workbook.
import type { SourceOptionsInput } from '../../../electron/api/contract';
import { useImportWizard } from './importWizardStore';
import { DELIMITERS, ENCODINGS, QUOTES, delimiterName, encodingName, formatName, quoteName } from './sourceOptions';

export function ReadingOptions() {
  const { preview, options, busy, setOption, resetOptions } = useImportWizard();
  if (!preview) return null;
  const { sniffed } = preview;
  const overridden = Object.keys(options).length > 0;

  return (
    <div className="reading-options" role="group" aria-label="Reading settings">
      <div className="reading-options__item">
        <span className="field-label">Format</span>
        <span className="reading-options__value">{formatName(sniffed.format)}</span>
      </div>
      {sniffed.format !== 'xlsx' ? (
        <OptionSelect
          label="Encoding"
          value={sniffed.encoding?.toLowerCase() ?? ''}
          current={encodingName(sniffed.encoding)}
          choices={ENCODINGS}
          overridden={options.encoding !== undefined}
          disabled={busy !== null}
          onChange={(v) => setOption('encoding', v as SourceOptionsInput['encoding'])}
        />
      ) : null}
      {sniffed.format === 'csv' ? (
        <>
          <OptionSelect
            label="Delimiter"
            value={sniffed.delimiter ?? ''}
            current={delimiterName(sniffed.delimiter)}
            choices={DELIMITERS}
            overridden={options.delimiter !== undefined}
            disabled={busy !== null}
            onChange={(v) => setOption('delimiter', v as SourceOptionsInput['delimiter'])}
          />
          <OptionSelect
            label="Quote"
            value={sniffed.quote ?? ''}
            current={quoteName(sniffed.quote)}
            choices={QUOTES}
            overridden={options.quote !== undefined}
            disabled={busy !== null}
            onChange={(v) => setOption('quote', v as SourceOptionsInput['quote'])}
          />
        </>
      ) : null}
      {sniffed.format === 'xlsx' ? (
        <OptionSelect
          label="Sheet"
          value={sniffed.sheet ?? ''}
          current={sniffed.sheet ?? '—'}
          choices={sniffed.sheets.map((s) => ({ value: s, label: s }))}
          overridden={options.sheet !== undefined}
          disabled={busy !== null || sniffed.sheets.length < 2}
          onChange={(v) => setOption('sheet', v)}
        />
      ) : null}
      {overridden ? (
        <button type="button" className="button button--quiet button--small reading-options__reset" onClick={resetOptions} disabled={busy !== null}>
          Use what Assay detected
        </button>
      ) : null}
    </div>
  );
}

function OptionSelect(props: {
  label: string;
  value: string;
  current: string;
  choices: readonly { value: string; label: string }[];
  overridden: boolean;
  disabled: boolean;
  onChange: (value: string) => void;
}) {
  const known = props.choices.some((c) => c.value === props.value);
  return (
    <label className="reading-options__item">
      <span className="field-label">
        {props.label}
        {props.overridden ? <span className="field-label__note"> · set by you</span> : null}
      </span>
      <select className="select" value={props.value} disabled={props.disabled} onChange={(e) => props.onChange(e.target.value)}>
        {!known ? <option value={props.value}>{props.current}</option> : null}
        {props.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}
