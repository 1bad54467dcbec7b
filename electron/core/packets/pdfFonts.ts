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

let loaded: { regular: Buffer; bold: Buffer } | null = null;

/** The two font files' bytes, read once per process: every PDF of every export parses them from memory. */
export function packetFontBytes(): { regular: Buffer; bold: Buffer } {
  if (!loaded) {
    const files = packetFontFiles();
    loaded = { regular: fs.readFileSync(files.regular), bold: fs.readFileSync(files.bold) };
  }
  return loaded;
}
