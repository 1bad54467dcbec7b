// Runs workspace.verify and follows its job.progress events, so the Settings page can show how far
// the custody-chain check has got and then its result.
import { useCallback, useEffect, useState } from 'react';
import type { Events, VerifyReport } from '../../../electron/api/contract';
import { errorMessage } from '../api/apiError';
import { call, onEvent } from '../api/client';

export type Verification =
  | { state: 'idle' }
  | { state: 'running'; progress: Events['job.progress'] | null }
  | { state: 'done'; report: VerifyReport; finishedAt: Date }
  | { state: 'failed'; message: string };

export function useWorkspaceVerification(): { verification: Verification; verify: () => void } {
  const [verification, setVerification] = useState<Verification>({ state: 'idle' });
  const running = verification.state === 'running';

  useEffect(() => {
    if (!running) return;
    return onEvent('job.progress', (progress) => {
      if (progress.job !== 'workspace.verify') return;
      setVerification((current) => (current.state === 'running' ? { state: 'running', progress } : current));
    });
  }, [running]);

  const verify = useCallback(() => {
    setVerification({ state: 'running', progress: null });
    call('workspace.verify', {}).then(
      (report) => setVerification({ state: 'done', report, finishedAt: new Date() }),
      (error: unknown) => setVerification({ state: 'failed', message: errorMessage(error) }),
    );
  }, []);

  return { verification, verify };
}
