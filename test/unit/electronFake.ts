// A test double of the 'electron' module for the main-process and preload tests (Electron itself cannot run here):
// plain objects that record what our code asks of Electron, so tests can play the part of Chromium.
import { EventEmitter } from 'node:events';

type Listener = (...args: never[]) => unknown;

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
  processId: number;
  routingId: number;
}

export interface FakeNavigationEvent {
  url: string;
  defaultPrevented: boolean;
  preventDefault(): void;
}

export const navigationEvent = (url: string): FakeNavigationEvent => ({
  url,
  defaultPrevented: false,
  preventDefault() {
    this.defaultPrevented = true;
  },
});

let nextProcessId = 100;

export class FakeSession {
  permissionRequestHandler: Listener | null = null;
  permissionCheckHandler: Listener | null = null;
  setPermissionRequestHandler(handler: Listener | null) {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: Listener | null) {
    this.permissionCheckHandler = handler;
  }
}

export class FakeWebContents extends EventEmitter {
  readonly session = new FakeSession();
  readonly mainFrame: FakeFrame = { url: 'app://assay/index.html', parent: null, processId: nextProcessId++, routingId: 1 };
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly sent: unknown[][] = [];
  destroyed = false;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]) {
    this.sent.push([channel, ...args]);
  }
  isDestroyed() {
    return this.destroyed;
  }
  /** A subframe (an iframe) inside this page. */
  childFrame(url: string): FakeFrame {
    return { url, parent: this.mainFrame, processId: this.mainFrame.processId, routingId: 2 };
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly created: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly loadedUrls: string[] = [];
  destroyed = false;
  shown = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.created.push(this);
  }
  loadURL(url: string) {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }
  isDestroyed() {
    return this.destroyed;
  }
  show() {
    this.shown = true;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {}
}

class FakeApp extends EventEmitter {
  readonly paths = new Map<string, string>([['appData', '/fake/appData']]);
  appPath = '/fake/app';
  isPackaged = false;
  hasLock = true;
  sandboxEnabled = false;
  quitCalled = false;
  exitCode: number | null = null;
  /** Everything our code did, in order, so tests can check what happened before the app was ready. */
  readonly calls: string[] = [];
  private markReady!: () => void;
  private readonly ready = new Promise<void>((resolve) => (this.markReady = resolve));
  becomeReady() {
    this.calls.push('ready');
    this.markReady();
  }
  whenReady() {
    return this.ready;
  }
  enableSandbox() {
    this.calls.push('enableSandbox');
    this.sandboxEnabled = true;
  }
  setPath(name: string, value: string) {
    this.calls.push(`setPath ${name}`);
    this.paths.set(name, value);
  }
  getPath(name: string) {
    const value = this.paths.get(name);
    if (!value) throw new Error(`no fake path for ${name}`);
    return value;
  }
  getAppPath() {
    return this.appPath;
  }
  requestSingleInstanceLock() {
    this.calls.push('requestSingleInstanceLock');
    return this.hasLock;
  }
  quit() {
    this.calls.push('quit');
    this.quitCalled = true;
  }
  exit(code = 0) {
    this.calls.push(`exit ${code}`);
    this.exitCode = code;
  }
}

export function createFakeElectron() {
  const app = new FakeApp();
  const invokeHandlers = new Map<string, Listener>();
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const privilegedSchemes: unknown[] = [];
  const exposed = new Map<string, unknown>();
  const errorBoxes: { title: string; content: string }[] = [];
  const openedExternally: string[] = [];
  const invocations: unknown[][] = [];
  const ipcRenderer = Object.assign(new EventEmitter(), {
    invocations,
    invokeResult: { ok: true, value: 'from main' } as unknown,
    invoke(channel: string, ...args: unknown[]) {
      invocations.push([channel, ...args]);
      return Promise.resolve(ipcRenderer.invokeResult);
    },
  });
  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handlers: invokeHandlers,
      handle(channel: string, handler: Listener) {
        if (invokeHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        invokeHandlers.set(channel, handler);
      },
      removeHandler(channel: string) {
        invokeHandlers.delete(channel);
      },
    },
    protocol: {
      privilegedSchemes,
      handlers: protocolHandlers,
      registerSchemesAsPrivileged(schemes: unknown[]) {
        app.calls.push('registerSchemesAsPrivileged');
        privilegedSchemes.push(...schemes);
      },
      handle(scheme: string, handler: (request: Request) => Promise<Response>) {
        app.calls.push(`protocol.handle ${scheme}`);
        protocolHandlers.set(scheme, handler);
      },
    },
    shell: {
      openedExternally,
      openExternal(url: string) {
        openedExternally.push(url);
        return Promise.resolve();
      },
    },
    dialog: {
      errorBoxes,
      /** What each message box showed; the answer given is `messageBoxAnswer` (0 = the first button). */
      messageBoxes: [] as { message: string; detail?: string; buttons: string[] }[],
      messageBoxAnswer: 0,
      showMessageBox(options: { message: string; detail?: string; buttons: string[] }) {
        this.messageBoxes.push(options);
        return Promise.resolve({ response: this.messageBoxAnswer, checkboxChecked: false });
      },
      showErrorBox(title: string, content: string) {
        errorBoxes.push({ title, content });
      },
    },
    Menu: {
      current: null as unknown,
      buildFromTemplate(template: unknown[]) {
        return { template };
      },
      setApplicationMenu(menu: unknown) {
        this.current = menu;
      },
    },
    contextBridge: {
      exposed,
      exposeInMainWorld(key: string, api: unknown) {
        exposed.set(key, api);
      },
    },
    ipcRenderer,
    webUtils: {
      /** Electron gives a File's path; the double reads it from a plain object, and throws for anything else. */
      getPathForFile(file: unknown): string {
        const p = (file as { path?: unknown } | null)?.path;
        if (typeof p !== 'string') throw new TypeError('not a File');
        return p;
      },
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
