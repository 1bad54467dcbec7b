// The desktop transport: the Electron preload's window.assay bridge, which already speaks Results.
// Kept as its own file so the web transport's token handling never runs inside the app window.
import { ApiError } from './apiError';
import type { AssayBridge, Transport } from './transport';

export function createDesktopTransport(bridge: AssayBridge): Transport {
  return {
    call: (op, input) => bridge.call(op, input),
    on: (event, listener) => bridge.on(event, listener),
    fileToPath: async (file) => {
      const path = bridge.pathForFile(file);
      // Electron gives no path for something that is not a file on disk (text dragged from a browser, say).
      if (!path) throw new ApiError('invalid_input', `“${file.name || 'What was dropped'}” is not a file on this computer. Save it to a folder first, then choose it again.`);
      return path;
    },
  };
}
