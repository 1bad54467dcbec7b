// The two things the XLSX readers do to XML besides reading cells: find the next element of a name with indexOf
// (no SAX events, no per-tag objects), and turn text content into the characters it stands for.
import { decodeXml } from './xlsxGuard';

const endsName = (code: number): boolean => code === 62 /* > */ || code === 47 /* / */ || code === 32 || code === 9 || code === 10 || code === 13;

/**
 * Where the next `<name` element starts at or after `from`, or -1. An `open` such as "<row" found right at the
 * end of `xml` counts as not found: the next chunk may show it to be "<rowBreaks".
 */
export function findElement(xml: string, open: string, from: number): number {
  for (let at = xml.indexOf(open, from); at >= 0; at = xml.indexOf(open, at + 1)) {
    if (endsName(xml.charCodeAt(at + open.length))) return at;
  }
  return -1;
}

/** Text content of XML: line ends normalised as an XML parser does, then entities decoded. */
export const xmlText = (raw: string): string => {
  const text = raw.indexOf('\r') < 0 ? raw : raw.replace(/\r\n?/g, '\n');
  return text.indexOf('&') < 0 ? text : decodeXml(text);
};
