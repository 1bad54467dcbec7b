// Loads one contract operation for a component: its value, the error message to show, and a reload.
// Answers to an earlier input are dropped, so a slow reply never overwrites a newer one.
import { useCallback, useEffect, useState } from 'react';
import type { OperationInput, OperationName, OperationOutput } from '../../../electron/api/contract';
import { errorMessage } from './apiError';
import { call } from './client';

export interface OperationState<T> {
  data: T | undefined;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

export function useOperation<K extends OperationName>(op: K, input: OperationInput<K>): OperationState<OperationOutput<K>> {
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify([op, input, attempt]);
  const [state, setState] = useState<{ key: string; data: OperationOutput<K> | undefined; error: string | null }>({ key: '', data: undefined, error: null });

  useEffect(() => {
    let current = true;
    const [name, args] = JSON.parse(key) as [K, OperationInput<K>];
    call(name, args).then(
      (data) => current && setState({ key, data, error: null }),
      (error: unknown) => current && setState((previous) => ({ key, data: previous.data, error: errorMessage(error) })),
    );
    return () => {
      current = false;
    };
  }, [key]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { data: state.data, error: state.key === key ? state.error : null, loading: state.key !== key, reload };
}
