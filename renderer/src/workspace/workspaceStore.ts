// Facts about the open workspace (brand, counts, integrity problems) shared by the shell and the pages.
// Loaded once at startup and again after anything that changes the counts (e.g. verification).
import { create } from 'zustand';
import type { WorkspaceInfo } from '../../../electron/api/contract';
import { errorMessage } from '../api/apiError';
import { call } from '../api/client';

interface WorkspaceState {
  info: WorkspaceInfo | null;
  error: string | null;
  loading: boolean;
  load: () => Promise<void>;
}

export const useWorkspace = create<WorkspaceState>((set) => ({
  info: null,
  error: null,
  loading: false,
  load: async () => {
    set({ loading: true });
    try {
      const info = await call('workspace.info', {});
      set({ info, error: null, loading: false });
    } catch (error) {
      set({ error: errorMessage(error), loading: false });
    }
  },
}));
