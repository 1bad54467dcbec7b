// Normal forms of a seller's contacts, so two listings that give the same contact in different spellings
// land on the same value and the seller clustering can join them.
import { normalisePhone } from './phone';
import { normaliseUrl } from './normaliseUrl';

export type ContactKind = 'phone' | 'email' | 'wechat' | 'whatsapp' | 'telegram' | 'url' | 'address';

const EMAIL = /^[^\s@<>()[\]",;:]+@[^\s@<>()[\]",;:]+\.[^\s@<>()[\]",;:]{2,}$/;
const HANDLE_PREFIX = /^(?:https?:\/\/)?(?:www\.)?(?:t\.me|telegram\.me|telegram\.dog|wa\.me|api\.whatsapp\.com\/send\?phone=|weixin:\/\/|whatsapp:\/\/send\?phone=)\/?/i;
const HANDLE_LABEL = /^(?:wechat|weixin|微信号?|微信號|wx|vx|whats\s?app|wa|telegram|tg|电报|電報)\s*(?:id|号|號)?\s*[:：]?\s*/i;
const PHONE_LIKE = /^\+?[\d\s().-]{7,}$/;
const NON_ASCII = /[^\x20-\x7e]/;

/** Lower-case address without "mailto:" or angle brackets; null when it is not an e-mail address. */
export function normaliseEmail(text: string): string | null {
  const t = text.trim().replace(/^mailto:/i, '').replace(/^<|>$/g, '').trim().toLowerCase();
  return EMAIL.test(t) ? t : null;
}

/** A WeChat, WhatsApp or Telegram id: lower case, without "@", labels or t.me / wa.me links; a handle that
 *  is a phone number is normalised as one, so it matches the same number given as a phone. */
export function normaliseHandle(text: string): string | null {
  let t = text.trim();
  if (NON_ASCII.test(t)) t = t.normalize('NFKC');
  t = t.replace(HANDLE_PREFIX, '').replace(HANDLE_LABEL, '').replace(/^@+/, '').replace(/[/?#].*$/, '').trim();
  if (!t) return null;
  if (PHONE_LIKE.test(t)) return normalisePhone(t);
  const handle = t.toLowerCase().replace(/\s+/g, '');
  return handle || null;
}

/** The store's address in normalised form (see normaliseUrl); null when it is not a web address. */
export const normaliseStoreUrl = (text: string): string | null => normaliseUrl(text);
