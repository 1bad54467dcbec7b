// Which workspace the desktop app opens, and where Electron keeps its own data: the same user data folder
// as core/workspace/userDataDir (ASSAY_HOME, or <appData>/Assay), so `npm start` and the app agree.
import path from 'node:path';
import { app } from 'electron';
import { APP_NAME, workspacePathIn } from '../core/workspace/userDataDir';

/** Points app.getPath('userData') at Assay's folder. Call before the app is ready. */
export function useAssayUserData(env: NodeJS.ProcessEnv = process.env): string {
  const override = env.ASSAY_HOME?.trim();
  // Without this, an unpackaged app would use package.json's lower-case "assay" as its folder name.
  const userData = override ? path.resolve(override) : path.join(app.getPath('appData'), APP_NAME);
  app.setPath('userData', userData);
  return userData;
}

export interface WorkspaceChoice {
  dbPath: string;
  /** True for the default workspace, which is created (with demo data) on the first run. */
  isDefault: boolean;
}

/** `--db PATH` (or `--db=PATH`) on the command line names a workspace; otherwise the default one in userData. */
export function chooseWorkspace(argv: readonly string[], userData: string): WorkspaceChoice {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg.startsWith('--db=') && arg.length > 5) return { dbPath: path.resolve(arg.slice(5)), isDefault: false };
    const next = argv[i + 1];
    if (arg === '--db' && next) return { dbPath: path.resolve(next), isDefault: false };
  }
  return { dbPath: workspacePathIn(userData), isDefault: true };
}

/** The Electron-ABI build of better-sqlite3 that scripts/start.mjs prepared; a packaged app uses its own rebuilt default. */
export function sqliteBindingFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.ASSAY_SQLITE_BINDING?.trim() || undefined;
}
