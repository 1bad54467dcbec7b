// Where Assay keeps its data: the folder Electron's app.getPath('userData') uses for an app named "Assay".
// `npm start` runs this same rule from the bundle dist/electron/userDataDir.cjs.
import { describe, expect, it } from 'vitest';
import { defaultWorkspacePath, userDataDir } from '../../electron/core/workspace/userDataDir';

type Case = { name: string; env: Record<string, string | undefined>; platform: NodeJS.Platform; home: string; userData: string };

const cases: Case[] = [
  { name: 'Linux with XDG_CONFIG_HOME', env: { XDG_CONFIG_HOME: '/home/ana/.xdg' }, platform: 'linux', home: '/home/ana', userData: '/home/ana/.xdg/Assay' },
  { name: 'Linux without XDG_CONFIG_HOME', env: {}, platform: 'linux', home: '/home/ana', userData: '/home/ana/.config/Assay' },
  { name: 'Linux with an empty XDG_CONFIG_HOME', env: { XDG_CONFIG_HOME: '' }, platform: 'linux', home: '/home/ana', userData: '/home/ana/.config/Assay' },
  { name: 'FreeBSD (the Linux rule)', env: {}, platform: 'freebsd', home: '/home/ana', userData: '/home/ana/.config/Assay' },
  { name: 'macOS', env: { XDG_CONFIG_HOME: '/ignored' }, platform: 'darwin', home: '/Users/ana', userData: '/Users/ana/Library/Application Support/Assay' },
  { name: 'Windows with APPDATA', env: { APPDATA: 'C:\\Users\\Ana\\AppData\\Roaming' }, platform: 'win32', home: 'C:\\Users\\Ana', userData: 'C:\\Users\\Ana\\AppData\\Roaming\\Assay' },
  { name: 'Windows without APPDATA', env: {}, platform: 'win32', home: 'C:\\Users\\Ana', userData: 'C:\\Users\\Ana\\AppData\\Roaming\\Assay' },
  { name: 'Linux with ASSAY_HOME', env: { ASSAY_HOME: '/tmp/assay-test', XDG_CONFIG_HOME: '/home/ana/.xdg' }, platform: 'linux', home: '/home/ana', userData: '/tmp/assay-test' },
  { name: 'macOS with ASSAY_HOME', env: { ASSAY_HOME: '/tmp/assay-test' }, platform: 'darwin', home: '/Users/ana', userData: '/tmp/assay-test' },
  { name: 'Windows with ASSAY_HOME', env: { ASSAY_HOME: 'D:\\portable\\assay', APPDATA: 'C:\\Users\\Ana\\AppData\\Roaming' }, platform: 'win32', home: 'C:\\Users\\Ana', userData: 'D:\\portable\\assay' },
];

describe('userDataDir', () => {
  it.each(cases)("follows Electron's convention on $name", ({ env, platform, home, userData }) => {
    expect(userDataDir('Assay', env, platform, home)).toBe(userData);
  });

  it('uses the app name it is given', () => {
    expect(userDataDir('Assay Beta', {}, 'linux', '/home/ana')).toBe('/home/ana/.config/Assay Beta');
  });
});

describe('defaultWorkspacePath', () => {
  it('is workspace/assay.db inside the user data folder', () => {
    expect(defaultWorkspacePath({}, 'linux', '/home/ana')).toBe('/home/ana/.config/Assay/workspace/assay.db');
    expect(defaultWorkspacePath({}, 'win32', 'C:\\Users\\Ana')).toBe('C:\\Users\\Ana\\AppData\\Roaming\\Assay\\workspace\\assay.db');
    expect(defaultWorkspacePath({ ASSAY_HOME: '/tmp/assay-test' }, 'darwin', '/Users/ana')).toBe('/tmp/assay-test/workspace/assay.db');
  });
});
