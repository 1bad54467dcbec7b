// What the client needs from a way of reaching the Node side: send one operation, and hear events.
// Two implementations sit beside this file: desktopTransport (Electron preload) and webTransport (assay serve).
import type { Result } from '../../../electron/api/result';

export interface Transport {
  call(op: string, input: unknown): Promise<Result<unknown>>;
  /** Subscribes to one event by name; returns the function that unsubscribes. */
  on(event: string, listener: (payload: unknown) => void): () => void;
  /**
   * Where the Node side can read a file the person picked or dropped: its own path in the desktop app,
   * or the path of a copy uploaded to `assay serve`. Rejects with an ApiError a person can read.
   */
  fileToPath(file: File): Promise<string>;
}

export type { AssayBridge } from '../../../electron/api/bridge';
import type { AssayBridge } from '../../../electron/api/bridge';

declare global {
  interface Window {
    assay?: AssayBridge;
  }
}
