// A React root mounted in a fresh element for each test, and unmounted after it, for component tests.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface MountedRoot {
  container: HTMLDivElement;
  root: Root;
}

/** Call inside a describe block; the returned object holds the current test's container and root. */
export function useMountedRoot(): MountedRoot {
  const mounted = {} as MountedRoot;
  beforeEach(() => {
    mounted.container = document.createElement('div');
    document.body.appendChild(mounted.container);
    mounted.root = createRoot(mounted.container);
  });
  afterEach(() => {
    act(() => mounted.root.unmount());
    mounted.container.remove();
  });
  return mounted;
}
