// The fonts every packet PDF embeds: Noto Sans SC, which covers Latin and CJK text (listing titles are often
// Chinese), subset by pdfkit so a PDF carries only the glyphs it uses.
import fs from 'node:fs';
import { createRequire } from 'node:module';

const requireHere = createRequire(__filename);

export function packetFontFiles(): { regular: string; bold: string } {
  return {
    regular: requireHere.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
    bold: requireHere.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
  };
}

export interface SharedPacketFonts {
  regular: SharedArrayBuffer;
  bold: SharedArrayBuffer;
}

let shared: SharedPacketFonts | null = null;
let loaded: { regular: Buffer; bold: Buffer } | null = null;

/** Reads a file straight into memory that worker threads can see without a copy. */
function readShared(file: string): SharedArrayBuffer {
  const fd = fs.openSync(file, 'r');
  try {
    const bytes = new SharedArrayBuffer(fs.fstatSync(fd).size);
    const view = Buffer.from(bytes);
    for (let at = 0; at < view.length; ) {
      const n = fs.readSync(fd, view, at, view.length - at, at);
      if (n === 0) throw new Error(`${file} ended early while reading it`);
      at += n;
    }
    return bytes;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The two font files' bytes (21 MB), read once per process in memory shared with worker threads: the packet
 * worker's launcher hands them to each worker, so an export neither re-reads them nor allocates its own copy.
 */
export function sharedPacketFontBytes(): SharedPacketFonts {
  if (!shared) {
    const files = packetFontFiles();
    shared = { regular: readShared(files.regular), bold: readShared(files.bold) };
  }
  return shared;
}

/** In a worker thread: uses the font bytes the launching thread shared instead of reading the files. */
export function usePacketFontBytes(fonts: SharedPacketFonts): void {
  shared = fonts;
  loaded = null;
}

/** The font bytes every PDF of every export parses from memory. */
export function packetFontBytes(): { regular: Buffer; bold: Buffer } {
  if (!loaded) {
    const fonts = sharedPacketFontBytes();
    loaded = { regular: Buffer.from(fonts.regular), bold: Buffer.from(fonts.bold) };
  }
  return loaded;
}
