// The desktop app's lifecycle: one instance; the workspace opened before any window; then the app:// scheme,
// the IPC transport and the window. A workspace that cannot be opened is explained in a dialog, and the app quits.
import path from 'node:path';
import { app, dialog, Menu, type BrowserWindow } from 'electron';
import { createEventBus } from '../core/events/eventBus';
import { isAssayError } from '../core/errors';
import { openWorkspaceSession } from '../core/handlers/workspaceSession';
import { openWorkspace, type Workspace } from '../core/db/openWorkspace';
import { openOrCreateDefaultWorkspace } from '../core/workspace/defaultWorkspace';
import { APP_ENTRY_URL } from './appOrigin';
import { registerAppScheme, serveAppProtocol } from './appProtocol';
import { buildApplicationMenu } from './applicationMenu';
import { forwardEventsToWindow, registerAssayIpc } from './ipc';
import { createSecureWindow } from './secureWindow';
import { chooseWorkspace, sqliteBindingFromEnv, useAssayUserData } from './workspaceLocation';

export const OPEN_FAILED_TITLE = 'Assay cannot open its workspace';

/** Runs the app; resolves once the first window is loading (or the app has given up). */
export async function startAssayApp(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  // These three must happen before the app is ready.
  registerAppScheme();
  app.enableSandbox();
  const userData = useAssayUserData(env);

  if (!app.requestSingleInstanceLock()) {
    // Another Assay is running with this user data: it gets focused (second-instance) and this one leaves.
    app.quit();
    return;
  }

  let window: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  await app.whenReady();

  const choice = chooseWorkspace(argv, userData);
  let workspace: Workspace;
  const nativeBinding = sqliteBindingFromEnv(env);
  try {
    const binding = nativeBinding ? { nativeBinding } : {};
    workspace = choice.isDefault ? openOrCreateDefaultWorkspace(choice.dbPath, binding).workspace : openWorkspace(choice.dbPath, { mode: 'open', ...binding });
  } catch (e) {
    dialog.showErrorBox(OPEN_FAILED_TITLE, openFailureMessage(e, choice.dbPath));
    app.exit(1);
    return;
  }

  const events = createEventBus();
  const appRoot = app.getAppPath();
  // Worker threads load their script from the file system, so the packaged worker sits outside the asar archive.
  const importWorkerScript = path.join(appRoot.replace(/app\.asar$/, 'app.asar.unpacked'), 'dist', 'electron', 'importWorker.cjs');
  // The session lets Settings → Backup restore in place; IPC keeps calling its stable handlers throughout.
  const session = openWorkspaceSession(workspace, events, { importWorkerScript, ...(nativeBinding ? { nativeBinding } : {}) });
  serveAppProtocol(path.join(appRoot, 'dist', 'renderer'));
  const stopIpc = registerAssayIpc(session.handlers, () => window);
  const stopEvents = forwardEventsToWindow(events, () => window);
  app.on('will-quit', () => {
    stopEvents();
    stopIpc();
    // A running import rolls back; its record says it was cancelled or, if the process dies first, failed.
    void session.close();
  });
  Menu.setApplicationMenu(buildApplicationMenu(process.platform, app.isPackaged));

  const openWindow = () => {
    const created = createSecureWindow({ preloadPath: path.join(appRoot, 'dist', 'electron', 'preload.cjs') });
    created.on('closed', () => {
      if (window === created) window = null;
    });
    window = created;
    created.loadURL(APP_ENTRY_URL).catch((e: unknown) => console.error(`assay: could not load ${APP_ENTRY_URL}:`, e));
  };
  app.on('activate', () => {
    if (!window) openWindow();
  });
  openWindow();
}

/** A sentence for the dialog: the AssayError's own message, or what went wrong and what to do. */
export function openFailureMessage(e: unknown, dbPath: string): string {
  if (isAssayError(e)) return e.message;
  const detail = String((e as Error)?.message ?? e).split('\n')[0] ?? '';
  if (/NODE_MODULE_VERSION|better_sqlite3\.node/.test(detail)) {
    return `Cannot open ${dbPath}: SQLite was not built for this version of Electron (${detail}). Start Assay with "npm start", which prepares it.`;
  }
  return `Cannot open ${dbPath}: ${detail}`;
}
