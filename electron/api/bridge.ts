// The shape of window.assay, which the Electron preload exposes and the renderer's desktop transport uses.
import type { Result } from './result';

export interface AssayBridge {
  call(op: string, input: unknown): Promise<Result<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
  /** The file-system path of a File the person picked or dropped (Electron's webUtils), for imports. */
  pathForFile(file: unknown): string;
}
