// The two IPC channels between the preload and main: one for contract calls, one for contract events.
// Shared by both ends so a renamed channel cannot silently disconnect them.

/** Renderer → main, via ipcRenderer.invoke: (operation name, input) → Result. */
export const CALL_CHANNEL = 'assay:call';
/** Main → renderer, via webContents.send: (event name, payload). */
export const EVENT_CHANNEL = 'assay:event';
