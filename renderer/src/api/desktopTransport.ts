// The desktop transport: the Electron preload's window.assay bridge, which already speaks Results.
// Kept as its own file so the web transport's token handling never runs inside the app window.
import type { AssayBridge, Transport } from './transport';

export function createDesktopTransport(bridge: AssayBridge): Transport {
  return {
    call: (op, input) => bridge.call(op, input),
    on: (event, listener) => bridge.on(event, listener),
  };
}
