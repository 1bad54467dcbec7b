// The worker's side of a JobThread (workers/jobThread.ts): it waits for jobs and runs them one at a time, each
// with an AbortSignal that a 'cancel' message aborts. A job posts its own progress and exactly one last message,
// 'done' or 'error'; the thread then waits for the next job until its launcher ends it.
import { parentPort } from 'node:worker_threads';

export function serveJobs<Req>(run: (request: Req, signal: AbortSignal) => Promise<void>): void {
  const port = parentPort;
  if (!port) throw new Error('serveJobs runs in a worker thread');
  let controller: AbortController | null = null;
  port.on('message', (m: { type: 'job'; request: Req } | { type: 'cancel' }) => {
    if (m.type === 'cancel') {
      controller?.abort();
      return;
    }
    const current = new AbortController();
    controller = current;
    void run(m.request, current.signal).finally(() => {
      if (controller === current) controller = null;
    });
  });
}
