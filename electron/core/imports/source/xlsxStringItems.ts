// The text of a string item: a shared string's <si> or an inline string's <is>. Rich text runs are joined, the
// phonetic guide (<rPh>) is left out, and _xHHHH_ escapes are decoded where exceljs decodes them.
import { xmlText } from './xlsxXmlScan';

/** _xHHHH_ (upper-case hex) stands for one UTF-16 unit, as Excel writes characters XML cannot hold. */
const unescapeX = (text: string): string => (text.indexOf('_x') < 0 ? text : text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));

/**
 * The text of the XML inside <si>…</si> or <is>…</is>. `plainEscapes`: decode _xHHHH_ in a plain <t> too (shared
 * strings), not only in rich text runs (exceljs leaves a plain inline string's <t> as it stands).
 */
export function stringItemText(xml: string, plainEscapes: boolean): string {
  // The common case, <t>text</t> or <t xml:space="preserve">text</t>, without scanning for runs.
  if (xml.startsWith('<t') && xml.endsWith('</t>')) {
    const gt = xml.indexOf('>');
    if (xml.indexOf('<', gt) === xml.length - 4 && xml.charCodeAt(gt - 1) !== 47 && /^<t[\s>]/.test(xml)) {
      const text = xmlText(xml.slice(gt + 1, -4));
      return plainEscapes ? unescapeX(text) : text;
    }
  }
  const body = xml.indexOf('<rPh') < 0 ? xml : xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  const escapes = plainEscapes || /<r[\s>]/.test(body);
  let text = '';
  for (const m of body.matchAll(/<t(?:\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/t>)/g)) {
    if (m[1] !== undefined) text += escapes ? unescapeX(xmlText(m[1])) : xmlText(m[1]);
  }
  return text;
}
