// Opens the workspace the app starts with: on the first run it writes the demo workspace there,
// so a new user sees a populated workstation; later runs reopen the same file.
import fs from 'node:fs';
import path from 'node:path';
import { writeDemoWorkspace } from '../demo/writeDemoWorkspace';
import { openWorkspace, type Workspace } from '../db/openWorkspace';

export interface DefaultWorkspaceOptions {
  /** Path of a better_sqlite3.node built for another runtime (the Electron ABI build). */
  nativeBinding?: string;
}

export interface DefaultWorkspace {
  workspace: Workspace;
  /** True when this call wrote the demo workspace (the first run). */
  created: boolean;
}

export function openOrCreateDefaultWorkspace(dbPath: string, options: DefaultWorkspaceOptions = {}): DefaultWorkspace {
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const created = !fs.existsSync(dbPath);
  if (created) {
    fs.mkdirSync(path.dirname(path.resolve(dbPath)), { recursive: true });
    // Written with the default better-sqlite3 binding: writeDemoWorkspace takes no nativeBinding (yet), and
    // `npm start` writes the demo with the CLI before Electron starts, so only a packaged app reaches this.
    writeDemoWorkspace(dbPath);
  }
  return { workspace: openWorkspace(dbPath, { mode: 'open', ...binding }), created };
}
