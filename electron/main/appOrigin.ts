// The one origin the window's pages may have: app://assay, whose files appProtocol.ts serves from dist/renderer.
// Navigation, IPC and the protocol handler all decide "is this ours?" here, the same way.

export const APP_SCHEME = 'app';
export const APP_HOST = 'assay';
export const APP_URL_PREFIX = `${APP_SCHEME}://${APP_HOST}/`;
export const APP_ENTRY_URL = `${APP_URL_PREFIX}index.html`;

/** True only for app://assay/… URLs: no other host, port or credentials. */
export function isAppUrl(raw: string): boolean {
  if (!raw.startsWith(APP_URL_PREFIX)) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === `${APP_SCHEME}:` && url.hostname === APP_HOST && url.port === '' && url.username === '' && url.password === '';
}
