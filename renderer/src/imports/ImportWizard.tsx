// The import wizard: a row of numbered steps (file, preview, columns, import, report) above the current one.
// The running import lives in an app-level store, so the wizard shows it again after the person comes back.
import { useEffect } from 'react';
import { FileStep } from './FileStep';
import { ImportProgress } from './ImportProgress';
import { ImportReport } from './ImportReport';
import { useImportWizard, type WizardStep } from './importWizardStore';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { isActive, useRunningImport } from './runningImportStore';

const STEPS = ['File', 'Preview', 'Columns', 'Import', 'Report'] as const;

function stepIndex(step: WizardStep, finished: boolean): number {
  switch (step) {
    case 'file':
      return 0;
    case 'preview':
      return 1;
    case 'mapping':
      return 2;
    case 'run':
      return finished ? 4 : 3;
  }
}

export function ImportWizard() {
  const step = useImportWizard((s) => s.step);
  const resetWizard = useImportWizard((s) => s.reset);
  const { run, markSeen, replaceSummary, clear } = useRunningImport();
  const finished = run !== null && !isActive(run) && run.summary !== null;
  const current = stepIndex(step, finished);
  // While imports.start is answering, the mapping stays on screen, so a refusal is said beside its button.
  const showingRun = step === 'run' || run?.status === 'running';

  useEffect(() => {
    if (finished && showingRun) markSeen();
  }, [finished, showingRun, markSeen]);

  const another = () => {
    clear();
    resetWizard();
  };

  return (
    <section className="card wizard" aria-labelledby="wizard-title">
      <div className="wizard__head">
        <h2 className="card__title" id="wizard-title">
          Import a file
        </h2>
        <ol className="stepper">
          {STEPS.map((label, i) => {
            const index = showingRun ? stepIndex('run', finished) : current;
            return (
              <li key={label} className={`stepper__step${i === index ? ' is-current' : ''}${i < index ? ' is-done' : ''}`} aria-current={i === index ? 'step' : undefined}>
                <span className="stepper__number" aria-hidden="true">
                  {i < index ? '✓' : i + 1}
                </span>
                {label}
              </li>
            );
          })}
        </ol>
      </div>
      {showingRun && run ? (
        isActive(run) || !run.summary ? (
          <ImportProgress run={run} />
        ) : (
          <ImportReport summary={run.summary} rowsReadBeforeStop={run.progress?.rowsRead} onUndone={replaceSummary} onAnother={another} />
        )
      ) : step === 'preview' ? (
        <PreviewStep />
      ) : step === 'mapping' ? (
        <MappingStep />
      ) : (
        <FileStep />
      )}
    </section>
  );
}
