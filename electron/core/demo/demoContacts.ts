// Seller contact details for the demo: phone numbers, WeChat and Telegram ids, e-mails, web sites and addresses,
// each written the several ways sellers really write them, with the normalised form clustering compares.
import type { Random } from './random';

export type ContactKind = 'phone' | 'email' | 'wechat' | 'whatsapp' | 'telegram' | 'url' | 'address';

export interface DemoContact {
  kind: ContactKind;
  /** As the seller wrote it on the page. */
  value: string;
  /** The form that is equal for every way of writing the same contact. */
  normalised: string;
}

/** A phone number: country calling code and national significant number (no trunk prefix). */
export interface PhoneNumber {
  country: string;
  callingCode: string;
  national: string;
}

const DIGITS = '0123456789';

/** Number plans used by the demo; US and UK numbers come from the ranges reserved for fiction. */
export function randomPhone(random: Random, country: string): PhoneNumber {
  switch (country) {
    case 'China':
      return { country, callingCode: '86', national: `1${random.pick(['38', '39', '35', '36', '37', '50', '51', '52', '58', '59', '82', '87', '88', '77', '80', '86', '89', '99'])}${random.chars(8, DIGITS)}` };
    case 'Hong Kong':
      return { country, callingCode: '852', national: `${random.pick(['5', '6', '9'])}${random.chars(7, DIGITS)}` };
    case 'Turkey':
      return { country, callingCode: '90', national: `5${random.pick(['32', '33', '35', '42', '44', '52', '55'])}${random.chars(7, DIGITS)}` };
    case 'Vietnam':
      return { country, callingCode: '84', national: `${random.pick(['90', '91', '93', '97', '98', '32', '77'])}${random.chars(7, DIGITS)}` };
    case 'Thailand':
      return { country, callingCode: '66', national: `${random.pick(['8', '9', '6'])}${random.chars(8, DIGITS)}` };
    case 'United Arab Emirates':
      return { country, callingCode: '971', national: `5${random.pick(['0', '2', '5', '6'])}${random.chars(7, DIGITS)}` };
    case 'United Kingdom':
      return { country, callingCode: '44', national: `7700900${random.chars(3, DIGITS)}` };
    case 'France':
      return { country, callingCode: '33', national: `${random.pick(['6', '7'])}${random.chars(8, DIGITS)}` };
    case 'Italy':
      return { country, callingCode: '39', national: `3${random.pick(['20', '33', '40', '47', '88'])}${random.chars(7, DIGITS)}` };
    case 'Switzerland':
      return { country, callingCode: '41', national: `22${random.chars(7, DIGITS)}` };
    case 'Japan':
      return { country, callingCode: '81', national: `${random.pick(['80', '90'])}${random.chars(8, DIGITS)}` };
    default:
      return { country, callingCode: '1', national: `${random.pick(['213', '305', '312', '646', '917'])}55501${random.chars(2, DIGITS)}` };
  }
}

export const e164 = (p: PhoneNumber): string => `+${p.callingCode}${p.national}`;

/** Splits the national number into the groups people type: 138 1234 5678, 532 123 45 67, … */
function grouped(p: PhoneNumber, separator: string): string {
  const n = p.national;
  if (p.callingCode === '86' && n.length === 11) return [n.slice(0, 3), n.slice(3, 7), n.slice(7)].join(separator);
  if (p.callingCode === '90') return [n.slice(0, 3), n.slice(3, 6), n.slice(6, 8), n.slice(8)].join(separator);
  if (p.callingCode === '1') return [n.slice(0, 3), n.slice(3, 6), n.slice(6)].join(separator);
  if (n.length === 8) return [n.slice(0, 4), n.slice(4)].join(separator);
  return [n.slice(0, 2), n.slice(2, 5), n.slice(5)].join(separator);
}

/** One of the ways a seller writes a phone number; every one of them normalises to the same E.164 number. */
export function phoneShown(random: Random, p: PhoneNumber): string {
  // China has no trunk prefix for mobiles; most other plans dial 0 before the national number.
  const trunk = p.callingCode === '86' || p.callingCode === '852' || p.callingCode === '1' ? '' : '0';
  switch (random.int(0, 6)) {
    case 0:
      return `+${p.callingCode} ${grouped(p, ' ')}`;
    case 1:
      return `+${p.callingCode}-${grouped(p, '-')}`;
    case 2:
      return `00${p.callingCode} ${p.national}`;
    case 3:
      return `(+${p.callingCode}) ${grouped(p, '-')}`;
    case 4:
      return `+${p.callingCode}${p.national}`;
    case 5:
      return `${trunk}${grouped(p, ' ')}`;
    default:
      return `${p.callingCode}-${p.national}`;
  }
}

export function phoneContact(random: Random, p: PhoneNumber): DemoContact {
  return { kind: 'phone', value: phoneShown(random, p), normalised: e164(p) };
}

export function whatsappContact(random: Random, p: PhoneNumber): DemoContact {
  const value = random.chance(0.3) ? `${random.chance(0.5) ? 'https://' : ''}wa.me/${p.callingCode}${p.national}` : phoneShown(random, p);
  return { kind: 'whatsapp', value, normalised: e164(p) };
}

/** An e-mail written in varying case, sometimes as a mailto: link; normalised to lower case. */
export function emailContact(random: Random, address: string): DemoContact {
  const lower = address.toLowerCase();
  const [local = '', domain = ''] = lower.split('@');
  const variants = [
    lower,
    `${local[0]?.toUpperCase() ?? ''}${local.slice(1)}@${domain}`,
    lower.toUpperCase(),
    `mailto:${lower}`,
    `${local.replace(/(^|[._-])([a-z])/g, (_m: string, sep: string, ch: string) => sep + ch.toUpperCase())}@${domain}`,
  ];
  return { kind: 'email', value: random.pick(variants), normalised: lower };
}

/** WeChat ids are written with the labels sellers use to slip past keyword filters (V信, 薇信, wx). */
export function wechatContact(random: Random, id: string): DemoContact {
  const shown = random.chance(0.3) ? id.toUpperCase() : id;
  const value = random.pick([shown, `WeChat: ${shown}`, `wx: ${shown}`, `V信 ${shown}`, `薇信：${shown}`, `微信号 ${shown}`]);
  return { kind: 'wechat', value, normalised: id.toLowerCase() };
}

export function telegramContact(random: Random, handle: string): DemoContact {
  const value = random.pick([`@${handle}`, `t.me/${handle}`, `https://t.me/${handle}`, `Telegram: @${handle}`]);
  return { kind: 'telegram', value, normalised: handle.toLowerCase() };
}

export function urlContact(random: Random, host: string): DemoContact {
  const value = random.pick([`www.${host}`, `https://${host}/`, `http://www.${host}/shop`, `https://${host.toUpperCase()}`]);
  return { kind: 'url', value, normalised: host.toLowerCase() };
}

export function addressContact(random: Random, address: string): DemoContact {
  const value = random.chance(0.3) ? address.toUpperCase() : random.chance(0.3) ? address.replace(/, /g, ' , ') : address;
  return { kind: 'address', value, normalised: normaliseAddress(address) };
}

const normaliseAddress = (address: string): string => address.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
