// What the client needs from a way of reaching the Node side: send one operation, and hear events.
// Two implementations sit beside this file: desktopTransport (Electron preload) and webTransport (assay serve).
import type { Result } from '../../../electron/api/result';

export interface Transport {
  call(op: string, input: unknown): Promise<Result<unknown>>;
  /** Subscribes to one event by name; returns the function that unsubscribes. */
  on(event: string, listener: (payload: unknown) => void): () => void;
}

/** What the Electron preload exposes on window.assay. */
export interface AssayBridge {
  call(op: string, input: unknown): Promise<Result<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    assay?: AssayBridge;
  }
}
