// The renderer's only way to reach the Node side: call(op, input) typed from the contract, onEvent, and fileToPath.
// The transport is chosen once at startup: the Electron preload's bridge if present, else the web host.
import type { EventName, Events, OperationInput, OperationName, OperationOutput } from '../../../electron/api/contract';
import { ApiError } from './apiError';
import { createDesktopTransport } from './desktopTransport';
import type { Transport } from './transport';
import { createWebTransport } from './webTransport';
import { takeTokenFromLocation } from './webToken';

export { ApiError } from './apiError';

let transport: Transport | null = null;
let unauthorized = false;
const unauthorizedListeners = new Set<() => void>();

function markUnauthorized(): void {
  unauthorized = true;
  for (const listener of [...unauthorizedListeners]) listener();
}

/**
 * Picks the transport. In a browser this also takes the token out of the address bar (keeping it for
 * reloads) and puts the route in its place, so call it before the router reads the hash.
 */
export function startClient(defaultRoute: string): void {
  if (transport) return;
  if (window.assay) {
    transport = createDesktopTransport(window.assay);
    return;
  }
  const token = takeTokenFromLocation(defaultRoute);
  transport = createWebTransport({ token, onUnauthorized: markUnauthorized });
  if (!token) markUnauthorized();
}

function activeTransport(): Transport {
  if (!transport) startClient('/');
  return transport as Transport;
}

/** Runs one contract operation; resolves with its value or throws an ApiError whose message a person can read. */
export async function call<K extends OperationName>(op: K, input: OperationInput<K>): Promise<OperationOutput<K>> {
  const result = await activeTransport().call(op, input);
  if (!result.ok) throw new ApiError(result.error.code, result.error.message);
  return result.value as OperationOutput<K>;
}

/** Listens to one contract event; returns the function that stops listening. */
export function onEvent<K extends EventName>(name: K, listener: (payload: Events[K]) => void): () => void {
  return activeTransport().on(name, (payload) => listener(payload as Events[K]));
}

/**
 * Where the Node side can read a file the person picked or dropped, for imports.preview and imports.start:
 * the file's own path in the desktop app, or the path of its uploaded copy under `assay serve`.
 */
export function fileToPath(file: File): Promise<string> {
  return activeTransport().fileToPath(file);
}

/** True once the web host has refused this page's token (or there was none). */
export function isUnauthorized(): boolean {
  return unauthorized;
}

export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}
