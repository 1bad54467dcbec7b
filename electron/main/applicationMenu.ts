// A minimal application menu: the standard roles, so copy/paste, zoom and quit work on every platform
// (on macOS text fields need the Edit menu for their shortcuts). Developer tools only outside a packaged app.
import { Menu, type MenuItemConstructorOptions } from 'electron';

export function buildApplicationMenu(platform: NodeJS.Platform, packaged: boolean): Menu {
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
    ...(packaged ? [] : [{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] satisfies MenuItemConstructorOptions[]),
  ];
  const template: MenuItemConstructorOptions[] = [
    ...(platform === 'darwin' ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
