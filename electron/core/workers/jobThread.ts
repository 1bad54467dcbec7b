// One worker thread kept for one kind of background job (imports, scoring runs, packet exports) and handed its
// jobs one at a time, instead of a new thread for every job. glibc gives each new thread a malloc arena, and what a
// finished job's thread freed stays in its arena, fragmented: with a thread per job, `assay serve` under a steady
// load grew by 40% in two minutes at rest (and stayed flat with the arenas capped by MALLOC_ARENA_MAX=2, which only
// the environment can set). A thread that lives on reuses its own arena for the next job, so memory levels off.
// The thread ends after IDLE_MS without a job, and never keeps the process alive while it waits.
import { Worker, type ResourceLimits } from 'node:worker_threads';

/** How long a thread waits for its next job before it ends. */
export const JOB_THREAD_IDLE_MS = 20_000;

/**
 * The cap on a thread's young generation. A thread now outlives its job, and V8's default (48 MB on 64 bits) stays
 * committed in each of the three: with 12 MB, the soak's server held 310 MB at rest instead of 406 MB, and a
 * 200,000-row import took 8.07 s against 7.80 s, within this machine's noise.
 */
export const JOB_THREAD_YOUNG_GENERATION_MB = 12;

/**
 * The cap on the JavaScript heap of a thread that works through a whole file or workspace (imports, scoring), in
 * MB. Without one, V8 sizes a heap to the machine and lets garbage pile up first: a 200,000-row import peaked near
 * 300 MB RSS uncapped and 250 MB capped; scoring 200,000 listings at 708-799 MB uncapped and 405-448 MB capped,
 * in the same time.
 */
export const WORKER_HEAP_LIMIT_MB = 1024;

/** What a job's worker posts: the job ends with its 'done' or 'error' message. */
export interface JobMessage {
  type: string;
}

export interface JobListener<M extends JobMessage> {
  /** Every message the job posts, its last one ('done' or 'error') included. */
  message(m: M): void;
  /** The thread failed during the job (for example ERR_WORKER_OUT_OF_MEMORY); exit() follows. */
  error(e: Error & { code?: string }): void;
  /** The thread ended during the job: its work is lost (a worker's transaction rolls back with its connection). */
  exit(code: number): void;
}

export interface JobThreadOptions {
  /** The bundled worker script; it serves jobs with serveJobs() (workers/serveJobs.ts). */
  script: string;
  /** What every job of this thread shares (the workspace's path, the native binding, shared font bytes). */
  workerData: unknown;
  resourceLimits?: ResourceLimits;
  idleMs?: number;
}

export class JobThread<Req, M extends JobMessage> {
  private worker: Worker | null = null;
  private job: JobListener<M> | null = null;
  private idle: NodeJS.Timeout | null = null;

  constructor(private readonly options: JobThreadOptions) {}

  /** Whether a job is running. */
  get busy(): boolean {
    return this.job !== null;
  }

  /** Starts a job; the caller waits for the end of one (its last message, or exit) before starting the next. */
  run(request: Req, listener: JobListener<M>): void {
    if (this.job) throw new Error('a job thread runs one job at a time');
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    const worker = this.worker ?? this.spawn();
    worker.ref();
    this.job = listener;
    worker.postMessage({ type: 'job', request });
  }

  /** Sends the running job a message of its own (a cancel); nothing when no job runs. */
  tell(message: JobMessage): void {
    if (this.job) this.worker?.postMessage(message);
  }

  /** Ends the thread now, whatever it is doing, and waits until it has ended. */
  async close(): Promise<void> {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    const worker = this.worker;
    if (!worker) return;
    const ended = new Promise((resolve) => worker.once('exit', resolve));
    await worker.terminate();
    await ended;
  }

  private spawn(): Worker {
    const worker = new Worker(this.options.script, {
      workerData: this.options.workerData,
      resourceLimits: { maxYoungGenerationSizeMb: JOB_THREAD_YOUNG_GENERATION_MB, ...this.options.resourceLimits },
    });
    this.worker = worker;
    worker.on('message', (m: M) => {
      const job = this.job;
      if (!job) return;
      if (m.type === 'done' || m.type === 'error') this.finished();
      job.message(m);
    });
    worker.on('error', (e: Error) => this.job?.error(e));
    worker.on('exit', (code) => {
      if (this.worker === worker) this.worker = null;
      if (this.idle) clearTimeout(this.idle);
      this.idle = null;
      const job = this.job;
      this.job = null;
      job?.exit(code);
    });
    return worker;
  }

  /** The job has ended: the thread waits, without keeping the process alive, and ends if no job comes. */
  private finished(): void {
    this.job = null;
    const worker = this.worker;
    if (!worker) return;
    worker.unref();
    this.idle = setTimeout(() => void worker.terminate(), this.options.idleMs ?? JOB_THREAD_IDLE_MS);
    this.idle.unref();
  }
}
