// The only bridge from the sandboxed renderer to the Node side: window.assay, with call() for contract
// operations and on() for contract events. Names outside the contract never reach IPC.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { AssayBridge } from '../api/bridge';
import { isEventName, isOperationName } from '../api/contract';
import { fail, type Result } from '../api/result';
import { CALL_CHANNEL, EVENT_CHANNEL } from './ipcChannels';

export type { AssayBridge };

const LOST_CONTACT = 'The Assay window lost contact with its workspace. Restart Assay; if it happens again, the log has the details.';

export function createAssayBridge(): AssayBridge {
  return Object.freeze({
    async call(op: string, input: unknown): Promise<Result<unknown>> {
      if (!isOperationName(op)) return fail('unknown_operation', `There is no operation named "${String(op).slice(0, 80)}".`);
      try {
        return (await ipcRenderer.invoke(CALL_CHANNEL, op, input)) as Result<unknown>;
      } catch {
        // Main answers with Results; a rejection means the channel itself failed (or the input could not be cloned).
        return fail('internal', LOST_CONTACT);
      }
    },
    on(event: string, listener: (payload: unknown) => void): () => void {
      if (!isEventName(event)) throw new TypeError(`There is no event named "${String(event).slice(0, 80)}".`);
      if (typeof listener !== 'function') throw new TypeError(`The listener for "${event}" must be a function.`);
      // The IpcRendererEvent stays here: it carries the sender and ports the page must never see.
      const forward = (_ipcEvent: IpcRendererEvent, name: unknown, payload: unknown) => {
        if (name === event) listener(payload);
      };
      ipcRenderer.on(EVENT_CHANNEL, forward);
      return () => {
        ipcRenderer.removeListener(EVENT_CHANNEL, forward);
      };
    },
    pathForFile(file: unknown): string {
      // Only a real File has a path; anything else gets '' and the import says it needs a file.
      try {
        return webUtils.getPathForFile(file as File);
      } catch {
        return '';
      }
    },
  });
}

contextBridge.exposeInMainWorld('assay', createAssayBridge());
