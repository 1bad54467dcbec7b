// The examination of one seized line, made for a laptop on a warehouse table: large targets, and every action on
// a key (P/F/N mark the chosen feature, C/G/I give the verdict, arrows move between features and lines). The
// automatic checks, the matched product (which the examiner can correct), the measured weight and dimensions, the
// photos and the examiner's name and reasons sit beside the checklist.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CheckResult, SeizedLineDetail, Verdict } from '../../../electron/api/seizureContract';
import { call } from '../api/client';
import { errorMessage } from '../api/apiError';
import { InlineAlert } from '../components/InlineAlert';
import { PageHeader } from '../components/PageHeader';
import { EXAMINATION_KEYS, examinationAction } from './examinationKeys';
import { LineMeasurements } from './LineMeasurements';
import { LinePhotos } from './LinePhotos';
import { ProductChooser } from './ProductChooser';
import { CHECK_LABELS, VERDICT_LABELS, verdictLabel } from './seizurePresentation';

const EXAMINER_KEY = 'assay.examiner';
const RESULTS: readonly CheckResult[] = ['pass', 'fail', 'not_checked'];
const VERDICTS: readonly Verdict[] = ['counterfeit', 'genuine', 'inconclusive'];
const KEY_OF: Record<CheckResult | Verdict, string> = { pass: 'P', fail: 'F', not_checked: 'N', counterfeit: 'C', genuine: 'G', inconclusive: 'I' };

const isTextField = (target: EventTarget | null) => target instanceof HTMLElement && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable);

export function ExaminationScreen(props: { lineId: number; onLine: (id: number) => void; onClose: () => void }) {
  const [line, setLine] = useState<SeizedLineDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState(0);
  const [examiner, setExaminer] = useState(() => window.localStorage.getItem(EXAMINER_KEY) ?? '');
  const [reasons, setReasons] = useState('');
  const [attempt, setAttempt] = useState(0);

  // Keys can come faster than the answers: actions run one after another on the latest line and selection.
  const lineRef = useRef<SeizedLineDetail | null>(null);
  const selectedRef = useRef(0);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const show = (detail: SeizedLineDetail) => {
    lineRef.current = detail;
    setLine(detail);
  };
  const select = (index: number) => {
    selectedRef.current = index;
    setSelected(index);
  };
  const enqueue = (work: () => Promise<void>) => {
    queue.current = queue.current.then(work, work);
  };

  useEffect(() => {
    let current = true;
    call('seizures.line', { lineId: props.lineId }).then(
      (detail) => {
        if (!current) return;
        lineRef.current = detail;
        setLine(detail);
        setReasons(detail.reasons);
        setError(null);
      },
      (e: unknown) => current && setError(errorMessage(e)),
    );
    return () => {
      current = false;
    };
  }, [props.lineId, attempt]);

  const mark = useCallback((index: number | null, result: CheckResult) => {
    enqueue(async () => {
      const current = lineRef.current;
      const at = index ?? selectedRef.current;
      const check = current?.checks[at];
      if (!current || !check) return;
      try {
        show(await call('seizures.setCheck', { checkId: check.id, result }));
        select(Math.min(at + 1, current.checks.length - 1));
        setError(null);
      } catch (e) {
        setError(errorMessage(e));
      }
    });
  }, []);

  const decide = useCallback(
    (verdict: Verdict) => {
      if (examiner.trim() === '') {
        setError('Type your name in “Examiner” before giving a verdict; the report names who examined each line.');
        document.getElementById('examiner-name')?.focus();
        return;
      }
      window.localStorage.setItem(EXAMINER_KEY, examiner.trim());
      enqueue(async () => {
        const current = lineRef.current;
        if (!current) return;
        try {
          const detail = await call('seizures.setVerdict', { lineId: current.id, verdict, examiner, reasons });
          show(detail);
          setReasons(detail.reasons);
          setError(null);
        } catch (e) {
          setError(errorMessage(e));
        }
      });
    },
    [examiner, reasons],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = examinationAction({ key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, inTextField: isTextField(event.target) });
      if (!action || !line) return;
      event.preventDefault();
      if (action.type === 'mark') mark(null, action.result);
      else if (action.type === 'verdict') decide(action.verdict);
      else if (action.type === 'feature') select(Math.max(0, Math.min(line.checks.length - 1, selectedRef.current + action.step)));
      else if (action.type === 'line') {
        const next = action.step === 1 ? line.nextLineId : line.previousLineId;
        if (next !== null) props.onLine(next);
      } else if (action.type === 'close') {
        if (isTextField(event.target)) (event.target as HTMLElement).blur();
        else props.onClose();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [line, mark, decide, props]);

  const examined = line?.checks.filter((c) => c.result !== 'not_checked').length ?? 0;

  return (
    <div className="page page--scroll exam">
      <PageHeader
        title={line ? `Line ${line.lineNo}` : 'Line'}
        subtitle={line ? [line.brandClaimed, line.modelClaimed].filter(Boolean).join(' ') || line.description : undefined}
        actions={
          <>
            <button type="button" className="button exam-nav" disabled={!line?.previousLineId} onClick={() => line?.previousLineId && props.onLine(line.previousLineId)}>
              ← Previous line
            </button>
            <button type="button" className="button exam-nav" disabled={!line?.nextLineId} onClick={() => line?.nextLineId && props.onLine(line.nextLineId)}>
              Next line →
            </button>
            <button type="button" className="button" onClick={props.onClose}>
              Back to the seizure
            </button>
          </>
        }
      />
      <div className="page-pad">
        {error ? <InlineAlert action={<button type="button" className="button button--small" onClick={() => setAttempt((n) => n + 1)}>Reload</button>}>{error}</InlineAlert> : null}
        {line ? (
          <div className="exam-grid">
            <section className="exam-panel" aria-label="Checklist">
              <h2 className="exam-panel__title">
                Checklist <span className="muted">{line.product ? `${line.product.sku} ${line.product.name}` : 'no genuine product matched'} · {examined}/{line.checks.length} checked</span>
              </h2>
              {line.checks.length === 0 ? <p className="muted">Match the line to a genuine product to get its checklist.</p> : null}
              <ol className="checklist" role="listbox" aria-label="Features to check" aria-activedescendant={line.checks[selected] ? `check-${line.checks[selected].id}` : undefined}>
                {line.checks.map((c, i) => (
                  <li key={c.id} id={`check-${c.id}`} role="option" aria-selected={i === selected} className={`checklist__item checklist__item--${c.result}${i === selected ? ' is-selected' : ''}`} onClick={() => select(i)}>
                    <span className="checklist__kind">{c.kind}</span>
                    <span className="checklist__feature">
                      {c.feature}
                      {c.evidenceId !== null ? <span className="checklist__photo"> · photo on file</span> : null}
                    </span>
                    <span className="checklist__buttons">
                      {RESULTS.map((r) => (
                        <button key={r} type="button" className={`exam-button exam-button--${r}${c.result === r ? ' is-on' : ''}`} aria-pressed={c.result === r} onClick={() => mark(i, r)}>
                          <kbd>{KEY_OF[r]}</kbd> {CHECK_LABELS[r]}
                        </button>
                      ))}
                    </span>
                  </li>
                ))}
              </ol>
            </section>
            <div className="exam-side">
              <section className="exam-panel" aria-label="Verdict">
                <h2 className="exam-panel__title">
                  Verdict: <span className={`verdict verdict--${line.verdict ?? 'none'}`}>{verdictLabel(line.verdict)}</span>
                </h2>
                <label className="form-field">
                  <span className="field-label">Examiner</span>
                  <input id="examiner-name" className="input input--block" value={examiner} onChange={(e) => setExaminer(e.target.value)} placeholder="Your name" />
                </label>
                <label className="form-field">
                  <span className="field-label">Reasons <span className="field-label__note">(left empty, the failed features and findings are quoted)</span></span>
                  <textarea className="textarea" rows={3} value={reasons} onChange={(e) => setReasons(e.target.value)} />
                </label>
                <div className="exam-verdicts">
                  {VERDICTS.map((v) => (
                    <button key={v} type="button" className={`exam-button exam-button--big exam-button--${v}${line.verdict === v ? ' is-on' : ''}`} aria-pressed={line.verdict === v} onClick={() => decide(v)}>
                      <kbd>{KEY_OF[v]}</kbd> {VERDICT_LABELS[v]}
                    </button>
                  ))}
                </div>
                {line.examiner ? <p className="muted">Examined by {line.examiner} at {line.examinedAt}.</p> : null}
              </section>
              <section className="exam-panel" aria-label="Automatic checks">
                <h2 className="exam-panel__title">Automatic checks</h2>
                {line.problems.map((p) => (
                  <InlineAlert key={p} tone="warning">{p}</InlineAlert>
                ))}
                {line.findings.length === 0 ? <p className="muted">Nothing found.</p> : null}
                <ul className="exam-findings">
                  {line.findings.map((f, i) => (
                    <li key={i} className={`exam-finding exam-finding--${f.severity}`}>{f.message}</li>
                  ))}
                </ul>
                <p className="muted">
                  Quantity {line.quantity ?? '—'} · declared {line.declaredValue ?? '—'} {line.currency ?? ''} · {line.serialNumbers.length} serials · GTIN {line.gtins.join(', ') || '—'}
                </p>
              </section>
              <ProductChooser
                line={line}
                onSaved={(detail) => {
                  show(detail);
                  select(0);
                }}
              />
              <LineMeasurements key={line.id} line={line} onSaved={show} />
              <LinePhotos lineId={line.id} photos={line.photoIds} chosenCheck={line.checks[selected] ?? null} onAdded={() => setAttempt((n) => n + 1)} />
            </div>
          </div>
        ) : null}
        <dl className="exam-keys" aria-label="Keyboard">
          {EXAMINATION_KEYS.map((k) => (
            <div key={k.keys}>
              <dt><kbd>{k.keys}</kbd></dt>
              <dd>{k.action}</dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}
