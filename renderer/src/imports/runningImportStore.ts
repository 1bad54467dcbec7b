// The import the person started, at app level so it carries on while they browse other pages: its progress
// from import.progress events, and its summary once it has finished (polled too, in case an event was missed).
import { create } from 'zustand';
import type { Events, ImportKind, ImportStartInput, ImportStatus, ImportSummary } from '../../../electron/api/contract';
import { errorMessage } from '../api/apiError';
import { call, onEvent } from '../api/client';
import { useWorkspace } from '../workspace/workspaceStore';

export type RunStatus = 'starting' | ImportStatus;

export interface ImportRun {
  importId: number | null;
  fileName: string;
  kind: ImportKind;
  status: RunStatus;
  /** When this window asked for the import (ms since epoch), for the elapsed time. */
  startedAt: number;
  finishedAt: number | null;
  progress: Events['import.progress'] | null;
  summary: ImportSummary | null;
  cancelling: boolean;
  /** Why the import could not start, or a problem hearing about it. */
  error: string | null;
  /** Whether the person has seen how it ended; the sidebar marks it until they have. */
  seen: boolean;
}

interface RunningImportState {
  run: ImportRun | null;
  /** Goes up whenever the history of imports changed (one finished, one was undone). */
  historyVersion: number;
  /** Resolves with null once the import is under way, or with the sentence saying why it could not start. */
  start: (input: ImportStartInput, fileName: string) => Promise<string | null>;
  cancel: () => Promise<void>;
  markSeen: () => void;
  /** After an undo or another change made elsewhere. */
  replaceSummary: (summary: ImportSummary) => void;
  historyChanged: () => void;
  clear: () => void;
}

const POLL_MS = 1500;
const SETTLE_POLL_MS = 250;

export const isActive = (run: ImportRun | null): boolean => run !== null && (run.status === 'starting' || run.status === 'running');

export const useRunningImport = create<RunningImportState>((set, get) => {
  let stopListening: (() => void) | null = null;
  let pollTimer: ReturnType<typeof setTimeout> | null = null;
  /** Events for an import whose id imports.start has not told us yet. */
  let early: Events['import.progress'][] = [];

  const update = (patch: Partial<ImportRun>) => set((s) => (s.run ? { run: { ...s.run, ...patch } } : s));

  const stopFollowing = () => {
    stopListening?.();
    stopListening = null;
    if (pollTimer) clearTimeout(pollTimer);
    pollTimer = null;
    early = [];
  };

  const finish = (summary: ImportSummary) => {
    stopFollowing();
    update({ status: summary.status, summary, finishedAt: Date.now(), cancelling: false });
    set((s) => ({ historyVersion: s.historyVersion + 1 }));
    void useWorkspace.getState().load();
  };

  const schedulePoll = (delay: number) => {
    if (pollTimer) clearTimeout(pollTimer);
    pollTimer = setTimeout(() => void poll(), delay);
  };

  const poll = async () => {
    pollTimer = null;
    const importId = get().run?.importId;
    if (importId == null || !isActive(get().run)) return;
    try {
      const summary = await call('imports.get', { importId });
      if (get().run?.importId !== importId) return;
      if (summary.status !== 'running') return finish(summary);
      update({ error: null });
    } catch (error) {
      update({ error: `Assay could not ask how the import is going: ${errorMessage(error)}` });
    }
    // A terminal event may arrive before the database says so; then the next poll comes sooner.
    const settling = get().run?.progress?.status !== 'running' && get().run?.progress != null;
    schedulePoll(settling ? SETTLE_POLL_MS : POLL_MS);
  };

  const hear = (progress: Events['import.progress']) => {
    const run = get().run;
    if (!run || !isActive(run)) return;
    if (run.importId === null) {
      early.push(progress);
      return;
    }
    if (progress.importId !== run.importId) return;
    update({ progress });
    if (progress.status !== 'running') schedulePoll(0);
  };

  return {
    run: null,
    historyVersion: 0,

    start: async (input, fileName) => {
      if (isActive(get().run)) return 'Another import is still running; wait for it to finish or cancel it first.';
      stopFollowing();
      set({ run: { importId: null, fileName, kind: input.kind, status: 'starting', startedAt: Date.now(), finishedAt: null, progress: null, summary: null, cancelling: false, error: null, seen: false } });
      // Listen before asking, so not even the first event of a small file is missed.
      stopListening = onEvent('import.progress', hear);
      try {
        const { importId } = await call('imports.start', input);
        const heard = early.filter((e) => e.importId === importId).at(-1) ?? null;
        early = [];
        update({ importId, status: 'running', progress: heard });
        set((s) => ({ historyVersion: s.historyVersion + 1 }));
        schedulePoll(heard && heard.status !== 'running' ? 0 : POLL_MS);
        return null;
      } catch (error) {
        stopFollowing();
        set({ run: null });
        return errorMessage(error);
      }
    },

    cancel: async () => {
      const run = get().run;
      if (!run || run.importId === null || !isActive(run)) return;
      update({ cancelling: true });
      try {
        await call('imports.cancel', { importId: run.importId });
      } catch (error) {
        update({ cancelling: false, error: `The import could not be cancelled: ${errorMessage(error)}` });
        return;
      }
      schedulePoll(SETTLE_POLL_MS);
    },

    markSeen: () => {
      const run = get().run;
      if (run && !isActive(run) && !run.seen) update({ seen: true });
    },

    replaceSummary: (summary) => {
      const run = get().run;
      if (run?.importId === summary.id) update({ summary, status: summary.status });
      set((s) => ({ historyVersion: s.historyVersion + 1 }));
      // An undo changes the workspace's counts, which the sidebar shows.
      void useWorkspace.getState().load();
    },

    historyChanged: () => set((s) => ({ historyVersion: s.historyVersion + 1 })),

    clear: () => {
      if (isActive(get().run)) return;
      stopFollowing();
      set({ run: null });
    },
  };
});
