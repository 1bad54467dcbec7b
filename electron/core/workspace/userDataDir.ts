// Where Assay keeps its data by default: the folder Electron's app.getPath('userData') gives an app named
// "Assay", so the desktop app, the browser fallback of `npm start` and the CLI agree on one default workspace.
import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Assay';

type Env = Readonly<Record<string, string | undefined>>;

/** Paths are built with the target platform's rules, so a Windows answer reads right when computed elsewhere (tests). */
const pathFor = (platform: NodeJS.Platform) => (platform === 'win32' ? path.win32 : path.posix);

const nonEmpty = (value: string | undefined): string | undefined => (value && value.trim() !== '' ? value : undefined);

/** Electron's app.getPath('appData'): %APPDATA%, ~/Library/Application Support, or $XDG_CONFIG_HOME (~/.config). */
export function appDataDir(env: Env = process.env, platform: NodeJS.Platform = process.platform, home: string = os.homedir()): string {
  const p = pathFor(platform);
  if (platform === 'win32') return nonEmpty(env.APPDATA) ?? p.join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return p.join(home, 'Library', 'Application Support');
  // Chromium falls back to ~/.config when XDG_CONFIG_HOME is unset or empty.
  return nonEmpty(env.XDG_CONFIG_HOME) ?? p.join(home, '.config');
}

/** The user data folder; ASSAY_HOME replaces it entirely (tests and portable set-ups use it). */
export function userDataDir(appName = APP_NAME, env: Env = process.env, platform: NodeJS.Platform = process.platform, home: string = os.homedir()): string {
  const override = nonEmpty(env.ASSAY_HOME);
  if (override) return pathFor(platform).resolve(override);
  return pathFor(platform).join(appDataDir(env, platform, home), appName);
}

/** The workspace file inside a user data folder. */
export function workspacePathIn(userData: string, platform: NodeJS.Platform = process.platform): string {
  return pathFor(platform).join(userData, 'workspace', 'assay.db');
}

/** The workspace the desktop app and `npm start` open when none is named. */
export function defaultWorkspacePath(env: Env = process.env, platform: NodeJS.Platform = process.platform, home: string = os.homedir()): string {
  return workspacePathIn(userDataDir(APP_NAME, env, platform, home), platform);
}
