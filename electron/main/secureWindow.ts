// The workstation's window, locked down: an isolated, sandboxed renderer without Node, that cannot navigate
// away from app://assay, open other windows, embed webviews or be granted any browser permission.
import { BrowserWindow, dialog, shell, type WebContents, type WebPreferences } from 'electron';
import { isAppUrl } from './appOrigin';

export interface SecureWindowOptions {
  /** Absolute path of the bundled preload (dist/electron/preload.cjs). */
  preloadPath: string;
}

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
  };
}

export function createSecureWindow({ preloadPath }: SecureWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Assay',
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    // Shown once the first paint is ready, so the person never sees an empty white frame.
    show: false,
    webPreferences: secureWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  guardWebContents(window.webContents);
  return window;
}

/** Navigation, pop-up, webview and permission guards for one webContents. */
export function guardWebContents(contents: WebContents): void {
  const refuseForeign = (event: { preventDefault(): void; url: string }, what: string) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    console.warn(`assay: refused ${what} to ${event.url.slice(0, 200)}`);
  };
  contents.on('will-navigate', (event) => refuseForeign(event, 'a navigation'));
  contents.on('will-redirect', (event) => refuseForeign(event, 'a redirect'));
  contents.on('will-attach-webview', (event) => event.preventDefault());

  // No second window ever; a listing's web link opens in the person's own browser instead, once they have seen
  // the whole address (a listing's URL is untrusted text: it may dress one site up as another).
  contents.setWindowOpenHandler(({ url }) => {
    if (isWebUrl(url)) void confirmAndOpenExternally(url);
    return { action: 'deny' };
  });

  contents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  contents.session.setPermissionCheckHandler(() => false);
}

/** Shows the full address and opens it in the system browser only when the person says so. */
export async function confirmAndOpenExternally(url: string): Promise<boolean> {
  const { response } = await dialog.showMessageBox({
    type: 'question',
    buttons: ['Open in browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    message: 'Open this address in your web browser?',
    detail: url,
  });
  if (response !== 0) return false;
  try {
    await shell.openExternal(url);
    return true;
  } catch {
    console.warn(`assay: could not open ${url.slice(0, 200)} in the browser`);
    return false;
  }
}

/** Only plain web links may leave the app; file:, javascript:, custom schemes and the like never do. */
export function isWebUrl(raw: string): boolean {
  try {
    const { protocol } = new URL(raw);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
