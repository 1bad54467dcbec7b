// A listing's address is untrusted text: it may carry bidi overrides that make "gnp.exe" read as "exe.png",
// zero-width characters, or look-alike letters in the host. Before anything opens it, the person sees it whole,
// with every invisible or direction-changing character written out.

const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu;

/** The address with each invisible or direction-changing character written as ⟨U+XXXX⟩. */
export const visibleUrl = (url: string): string =>
  url.replace(INVISIBLE, (c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`);

/** Only plain web addresses may be opened; javascript:, data:, file: and the rest never are. */
export function isWebAddress(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** The host as the browser will read it (punycode for international names), to show beside the address. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}
