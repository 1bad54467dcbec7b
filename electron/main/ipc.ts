// The desktop transport of the contract: one ipcMain handler that routes calls through dispatch(), and the
// forwarding of contract events to the window. Calls from any frame but our window's app:// main frame are refused.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent, type WebFrameMain } from 'electron';
import { isEventName, type Handlers } from '../api/contract';
import { dispatch, type DispatchLog } from '../api/dispatch';
import { fail, type Result } from '../api/result';
import type { EventBus } from '../core/events/eventBus';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../preload/ipcChannels';
import { isAppUrl } from './appOrigin';

/** The window whose main frame may call; null while there is none. */
export type WindowSource = () => BrowserWindow | null;

export const REFUSED_SENDER_MESSAGE = 'Assay refused a request that did not come from its own window.';

const logDispatchProblem: DispatchLog = ({ op, code, message, cause }) => {
  if (code === 'internal') console.error(`assay: ${op} failed: ${message}`, cause);
  // A call the contract refused (wrong types, extra fields, oversized values, no such operation) is logged too:
  // the renderer never sends one, so each is a bug or an attack worth seeing.
  else if (code === 'invalid_input' || code === 'unknown_operation') console.warn(`assay: refused a call to ${op.slice(0, 80)}: ${message}`);
};

/** Registers the one call channel; returns a function that removes it. */
export function registerAssayIpc(handlers: Handlers, currentWindow: WindowSource): () => void {
  ipcMain.handle(CALL_CHANNEL, (event: IpcMainInvokeEvent, op: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(event, currentWindow())) {
      console.warn(`assay: ${REFUSED_SENDER_MESSAGE} (operation ${String(op).slice(0, 80)}, from ${event.senderFrame?.url.slice(0, 200) ?? 'a frame that is gone'})`);
      return Promise.resolve(fail('forbidden', REFUSED_SENDER_MESSAGE));
    }
    return dispatch(handlers, op, input, logDispatchProblem);
  });
  return () => ipcMain.removeHandler(CALL_CHANNEL);
}

/** Our window's main frame, showing a page of app://assay; not a subframe, not another window or webContents. */
export function isTrustedSender(event: IpcMainInvokeEvent, window: BrowserWindow | null): boolean {
  const frame = event.senderFrame;
  if (!window || window.isDestroyed() || !frame) return false;
  const contents = window.webContents;
  if (event.sender !== contents) return false;
  if (frame.parent !== null || !isSameFrame(frame, contents.mainFrame)) return false;
  return isAppUrl(frame.url);
}

const isSameFrame = (a: WebFrameMain, b: WebFrameMain) => a === b || (a.processId === b.processId && a.routingId === b.routingId);

/** Sends each contract event to the window; returns a function that stops forwarding. */
export function forwardEventsToWindow(events: EventBus, currentWindow: WindowSource): () => void {
  return events.subscribe((name, payload) => {
    if (!isEventName(name)) return;
    const window = currentWindow();
    if (!window || window.isDestroyed()) return;
    window.webContents.send(EVENT_CHANNEL, name, payload);
  });
}
