// The job thread behind imports, scoring runs and packet exports: jobs reuse one thread, a thread that dies mid-job
// is reported and replaced, and an idle thread ends on its own. The worker here speaks the serveJobs protocol in
// plain JavaScript (the real workers are covered through importJobs, packetHandlers and the web host's tests).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JobThread, type JobListener } from '../../electron/core/workers/jobThread';
import { tempDir } from '../support/tempWorkspace';

type Message = { type: 'progress'; step: number } | { type: 'done'; threadId: number; shared: string } | { type: 'error'; message: string };

function workerScript(): string {
  const file = path.join(tempDir(), 'jobWorker.cjs');
  fs.writeFileSync(
    file,
    `const { parentPort, threadId, workerData } = require('node:worker_threads');
parentPort.on('message', (m) => {
  if (m.type !== 'job') return;
  if (m.request === 'die') process.exit(3);
  if (m.request === 'fail') return parentPort.postMessage({ type: 'error', message: 'it failed' });
  parentPort.postMessage({ type: 'progress', step: 1 });
  parentPort.postMessage({ type: 'done', threadId, shared: workerData.shared });
});
`,
  );
  return file;
}

/** Runs one job and gathers what its listener heard. */
function runJob(thread: JobThread<string, Message>, request: string): Promise<{ messages: Message[]; exitCode: number | null }> {
  return new Promise((resolve) => {
    const messages: Message[] = [];
    const listener: JobListener<Message> = {
      message(m) {
        messages.push(m);
        if (m.type === 'done' || m.type === 'error') resolve({ messages, exitCode: null });
      },
      error() {},
      exit(code) {
        resolve({ messages, exitCode: code });
      },
    };
    thread.run(request, listener);
  });
}

const doneThread = (r: { messages: Message[] }): number => {
  const done = r.messages.find((m) => m.type === 'done');
  if (!done || done.type !== 'done') throw new Error(`no done message in ${JSON.stringify(r.messages)}`);
  return done.threadId;
};

describe('JobThread', () => {
  it('runs jobs one after another in the same thread, with the data every job shares', async () => {
    const thread = new JobThread<string, Message>({ script: workerScript(), workerData: { shared: 'workspace.db' } });
    try {
      const first = await runJob(thread, 'a');
      expect(first.messages).toEqual([{ type: 'progress', step: 1 }, { type: 'done', threadId: expect.any(Number), shared: 'workspace.db' }]);
      expect(thread.busy).toBe(false);
      const second = await runJob(thread, 'b');
      const failed = await runJob(thread, 'fail');
      const third = await runJob(thread, 'c');
      expect(doneThread(second)).toBe(doneThread(first));
      expect(failed.messages).toEqual([{ type: 'error', message: 'it failed' }]);
      expect(doneThread(third)).toBe(doneThread(first));
    } finally {
      await thread.close();
    }
  });

  it('refuses a second job while one runs', async () => {
    const thread = new JobThread<string, Message>({ script: workerScript(), workerData: { shared: '' } });
    try {
      const running = runJob(thread, 'a');
      expect(() => thread.run('b', { message() {}, error() {}, exit() {} })).toThrow(/one job at a time/);
      await running;
    } finally {
      await thread.close();
    }
  });

  it('reports a thread that ends during a job, and runs the next job in a new thread', async () => {
    const thread = new JobThread<string, Message>({ script: workerScript(), workerData: { shared: '' } });
    try {
      const before = doneThread(await runJob(thread, 'a'));
      const died = await runJob(thread, 'die');
      expect(died).toEqual({ messages: [], exitCode: 3 });
      expect(thread.busy).toBe(false);
      const after = doneThread(await runJob(thread, 'b'));
      expect(after).not.toBe(before);
    } finally {
      await thread.close();
    }
  });

  it('ends a thread left idle, without telling anyone, and starts a new one for the next job', async () => {
    const thread = new JobThread<string, Message>({ script: workerScript(), workerData: { shared: '' }, idleMs: 50 });
    try {
      const before = doneThread(await runJob(thread, 'a'));
      await new Promise((resolve) => setTimeout(resolve, 400));
      const after = doneThread(await runJob(thread, 'b'));
      expect(after).not.toBe(before);
    } finally {
      await thread.close();
    }
  });
});
