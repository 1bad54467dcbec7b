// Which cell styles show a number as a date or a time, from xl/styles.xml: each cellXfs <xf>'s numFmtId, looked up
// in the workbook's own <numFmts> and then in Excel's built-in formats, judged as exceljs judges a format code.
import { attributes } from './xlsxGuard';

/** Excel's built-in date and time formats (the ones exceljs knows by their code: 14–22 and 45–47). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A format code shows a date or time when, outside [..] and "..", it holds y, m, d, h, s, b or M. */
export const isDateFormat = (code: string): boolean => /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));

/** dateStyles[s] for every cell style s (its index in cellXfs). */
export function dateStyles(stylesXml: string): boolean[] {
  const custom = new Map<number, string>();
  for (const m of stylesXml.matchAll(/<numFmt\b[^>]*>/g)) {
    const a = attributes(m[0]);
    custom.set(Number(a.get('numFmtId')), a.get('formatCode') ?? '');
  }
  const start = stylesXml.search(/<cellXfs\b/);
  if (start < 0) return [];
  const end = stylesXml.indexOf('</cellXfs>', start);
  const xfs = stylesXml.slice(start, end < 0 ? undefined : end);
  return [...xfs.matchAll(/<xf\b[^>]*>/g)].map((m) => {
    const id = parseInt(attributes(m[0]).get('numFmtId') ?? '0', 10);
    if (!id) return false;
    const code = custom.get(id);
    return code ? isDateFormat(code) : BUILT_IN_DATE_FORMATS.has(id);
  });
}
