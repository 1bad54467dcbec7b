// The scoring operations of the contract: a brand's rule weights for Settings, saving them with a custody event
// (saved weights change the settings hash, so the next scoring re-scores the listings they apply to), and a
// re-score in a worker thread (dist/electron/scoreWorker.cjs, beside the import worker), one at a time, in one
// thread kept between runs (workers/jobThread.ts).
import path from 'node:path';
import type { EventSink, Handlers } from '../../api/contract';
import type { BrandRuleWeights, ScoringRunSummary } from '../../api/scoringContract';
import type { ScoreWorkerMessage } from '../compare/scoreWorker';
import { appendCustodyEvent } from '../cases/custodyLog';
import { listBrands } from '../db/brandRepository';
import type { Workspace } from '../db/openWorkspace';
import { brandRuleWeightOverrides, setRuleWeight } from '../db/ruleWeightRepository';
import { AssayError } from '../errors';
import { currentActor } from '../imports/actor';
import { JobThread, WORKER_HEAP_LIMIT_MB } from '../workers/jobThread';
import { DEFAULT_RULE_WEIGHTS, isRuleId, RULE_IDS, RULE_MEANINGS, withOverrides } from '../compare/rules/ruleWeights';

type ScoringOperations = Extract<keyof Handlers, `scoring.${string}`>;

export interface ScoringEnvironment {
  /** The bundled import worker; the scoring workers are built beside it. */
  importWorkerScript: string;
  nativeBinding?: string;
}

type ScoringThread = JobThread<{ force: boolean }, ScoreWorkerMessage>;

/** The thread scoring runs in, on its own connection to the workspace; it starts the batch scoring thread itself. */
export function scoringThread(ws: Workspace, env: ScoringEnvironment): ScoringThread {
  const built = path.dirname(env.importWorkerScript);
  return new JobThread({
    script: path.join(built, 'scoreWorker.cjs'),
    workerData: { dbPath: ws.dbPath, batchScoreWorkerScript: path.join(built, 'batchScoreWorker.cjs'), ...(env.nativeBinding ? { nativeBinding: env.nativeBinding } : {}) },
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_LIMIT_MB },
  });
}

export function scoringHandlers(ws: Workspace, events?: EventSink, env?: ScoringEnvironment): Pick<Handlers, ScoringOperations> {
  const { db } = ws;
  let running: Promise<ScoringRunSummary> | null = null;
  let thread: ScoringThread | null = null;

  const run = (force: boolean): Promise<ScoringRunSummary> =>
    new Promise((resolve, reject) => {
      if (!env) throw new AssayError('internal', 'Scoring cannot run here: no worker script was given.');
      thread ??= scoringThread(ws, env);
      let settled = false;
      thread.run(
        { force },
        {
          message(m) {
            if (m.type === 'progress') events?.emit('job.progress', { job: 'scoring.run', phase: m.phase, done: m.done, total: m.total });
            else if (m.type === 'done') {
              settled = true;
              resolve({ ...m.summary, imagesHashed: m.imagesHashed });
            } else {
              settled = true;
              reject(new AssayError(m.code as AssayError['code'], m.message));
            }
          },
          error(e) {
            settled = true;
            reject(new AssayError('internal', `Scoring failed unexpectedly: ${e.message}`));
          },
          exit(code) {
            if (!settled) reject(new AssayError('internal', `Scoring stopped unexpectedly (worker exit code ${code}).`));
          },
        },
      );
    });

  const weightsOf = (requested: number | undefined): BrandRuleWeights => {
    const brands = listBrands(db);
    if (requested !== undefined && !brands.some((b) => b.id === requested)) throw new AssayError('not_found', `Brand ${requested} does not exist in this workspace.`);
    const brandId = requested ?? brands[0]?.id ?? null;
    const weights = withOverrides(brandId === null ? {} : brandRuleWeightOverrides(db, brandId));
    return { brands, brandId, rules: RULE_IDS.map((rule) => ({ rule, meaning: RULE_MEANINGS[rule], weight: weights[rule], defaultWeight: DEFAULT_RULE_WEIGHTS[rule] })) };
  };

  return {
    'scoring.weights': ({ brandId }) => weightsOf(brandId),
    'scoring.run': ({ force }) => {
      // A second request while one runs joins it rather than scoring the same listings twice at once.
      running ??= run(force).finally(() => (running = null));
      return running;
    },
    'scoring.saveWeights': ({ brandId, weights }) => {
      const unknown = Object.keys(weights).filter((rule) => !isRuleId(rule));
      if (unknown.length > 0) throw new AssayError('invalid_input', `"${unknown[0]}" is not a rule; the rules are ${RULE_IDS.join(', ')}.`);
      const before = weightsOf(brandId);
      const current = new Map(before.rules.map((r) => [r.rule, r.weight]));
      // A value equal to the default is stored as "no change", so a later change of default reaches this brand too.
      const changes = Object.entries(weights).filter(([rule, w]) => (w ?? DEFAULT_RULE_WEIGHTS[rule as keyof typeof DEFAULT_RULE_WEIGHTS]) !== current.get(rule));
      db.transaction(() => {
        for (const [rule, w] of changes) setRuleWeight(db, brandId, rule, w === null || w === DEFAULT_RULE_WEIGHTS[rule as keyof typeof DEFAULT_RULE_WEIGHTS] ? null : w);
        if (changes.length > 0) {
          appendCustodyEvent(db, {
            at: new Date().toISOString(),
            actor: currentActor(),
            action: 'settings.rule_weights',
            subjectType: 'brand',
            subjectId: brandId,
            details: { changes: Object.fromEntries(changes.map(([rule, w]) => [rule, { from: current.get(rule), to: w ?? DEFAULT_RULE_WEIGHTS[rule as keyof typeof DEFAULT_RULE_WEIGHTS] }])) },
          });
        }
      })();
      return { ...weightsOf(brandId), changed: changes.length };
    },
  };
}
