// Finds the contacts in a free-text cell ("微信: abc123 / WA +86 138 1234 5678, sales@shop.cn, t.me/xyz"):
// labelled WeChat, WhatsApp and Telegram ids, t.me and wa.me links, e-mails, other web addresses, then phones.
import { normaliseEmail, normaliseHandle, normaliseStoreUrl, type ContactKind } from './contacts';
import { normalisePhone } from './phone';

export interface ContactMention {
  kind: ContactKind;
  /** As written. */
  value: string;
  normalised: string;
}

const LABEL = String.raw`whats\s?app|wa|wechat|weixin|微信号?|微信號|wx|vx|v信|薇信|威信|telegram|tg|电报|電報`;
const PHONE = String.raw`\+?\d[\d\s().-]{5,}\d`;
const LABELLED = new RegExp(String.raw`(?<![\p{L}\p{N}])((?:${LABEL})(?:\s*[/&,、]\s*(?:${LABEL}))*)(?:\s*(?:id|号|號))?\s*(?:[:：=]\s*|\s+)(${PHONE}|@?[a-z][a-z0-9_.-]*[a-z0-9_])`, 'giu');
const LABEL_SPLIT = /\s*[/&,、]\s*/;
const TELEGRAM_LINK = /(?:https?:\/\/)?(?:www\.)?(?:t\.me|telegram\.me)\/@?([a-z0-9_]{3,})/gi;
const WHATSAPP_LINK = /(?:https?:\/\/)?(?:wa\.me\/|(?:api\.)?whatsapp\.com\/send\/?\?phone=)(\+?\d{6,15})/gi;
const EMAIL = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/gi;
const WEB = /(?:https?:\/\/|www\.)[^\s,;|，；、]+/gi;
const PHONES = new RegExp(String.raw`(?<![\p{L}\p{N}@._])${PHONE}(?![\p{L}\p{N}@])`, 'gu');
const DATE_SHAPE = /^\d{4}[-./]\d{1,2}[-./]\d{1,2}$|^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$/;
const NON_ASCII = /[^\x20-\x7e]/;

const kindOfLabel = (label: string): ContactKind => {
  const l = label.toLowerCase();
  if (l.startsWith('wh') || l === 'wa') return 'whatsapp';
  if (l.startsWith('te') || l === 'tg' || l === '电报' || l === '電報') return 'telegram';
  return 'wechat';
};

const normaliseFor = (kind: ContactKind, value: string): string | null => {
  if (kind === 'whatsapp' && /\d/.test(value) && !/[a-z]/i.test(value)) return normalisePhone(value);
  return normaliseHandle(value);
};

const digitCount = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) n++;
  return n;
};

export function splitContacts(text: string): ContactMention[] {
  const t = NON_ASCII.test(text) ? text.normalize('NFKC') : text;
  const found: (ContactMention & { at: number })[] = [];
  const taken: [number, number][] = [];
  const free = (start: number, end: number): boolean => taken.every(([s, e]) => end <= s || start >= e);
  const add = (kind: ContactKind, value: string, normalised: string | null, start: number, end: number): void => {
    taken.push([start, end]);
    if (normalised) found.push({ kind, value, normalised, at: start });
  };

  for (const m of t.matchAll(LABELLED)) {
    const value = m[2]!.trim();
    const start = m.index + m[0].length - m[2]!.length;
    for (const label of m[1]!.split(LABEL_SPLIT)) {
      const kind = kindOfLabel(label);
      const normalised = normaliseFor(kind, value);
      if (normalised) found.push({ kind, value, normalised, at: start });
    }
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of t.matchAll(TELEGRAM_LINK)) if (free(m.index, m.index + m[0].length)) add('telegram', m[0], normaliseHandle(m[1]!), m.index, m.index + m[0].length);
  for (const m of t.matchAll(WHATSAPP_LINK)) if (free(m.index, m.index + m[0].length)) add('whatsapp', m[0], normalisePhone(m[1]!), m.index, m.index + m[0].length);
  for (const m of t.matchAll(EMAIL)) if (free(m.index, m.index + m[0].length)) add('email', m[0], normaliseEmail(m[0]), m.index, m.index + m[0].length);
  for (const m of t.matchAll(WEB)) if (free(m.index, m.index + m[0].length)) add('url', m[0], normaliseStoreUrl(m[0]), m.index, m.index + m[0].length);
  for (const m of t.matchAll(PHONES)) {
    const value = m[0].trim();
    if (digitCount(value) < 7 || DATE_SHAPE.test(value) || !free(m.index, m.index + m[0].length)) continue;
    add('phone', value, normalisePhone(value), m.index, m.index + m[0].length);
  }

  found.sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  const out: ContactMention[] = [];
  for (const { kind, value, normalised } of found) {
    const key = `${kind}\u0000${normalised}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ kind, value, normalised });
  }
  return out;
}
