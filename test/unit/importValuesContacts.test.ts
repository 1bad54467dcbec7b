import { describe, expect, it } from 'vitest';
import { normaliseEmail, normaliseHandle, normalisePhone, normaliseStoreUrl, splitContacts } from '../../electron/core/imports/values/parseFieldValues';

describe('normalisePhone', () => {
  it.each([
    ['+86 138 1234 5678', '+8613812345678'],
    ['+86-138-1234-5678', '+8613812345678'],
    ['0086 138 1234 5678', '+8613812345678'],
    ['8613812345678', '+8613812345678'],
    ['138 1234 5678', '+8613812345678'],
    ['+1 (415) 555-0123', '+14155550123'],
    ['(415) 555-0123', '+14155550123'],
    ['1 415 555 0123', '+14155550123'],
    ['+44 (0)20 7946 0958', '+442079460958'],
    ['+90 532 123 45 67', '+905321234567'],
    ['+84 912 345 678', '+84912345678'],
    ['+86 138 1234 5678 ext. 12', '+8613812345678'],
    ['＋８６ １３８ １２３４ ５６７８', '+8613812345678'],
  ])('reads %s as %s', (text, e164) => {
    expect(normalisePhone(text)).toBe(e164);
  });

  it('writes national numbers in E.164 with a default country, dropping the trunk zero', () => {
    expect(normalisePhone('0912 345 678', 'VN')).toBe('+84912345678');
    expect(normalisePhone('0532 123 45 67', 'TR')).toBe('+905321234567');
    expect(normalisePhone('020 7946 0958', 'GB')).toBe('+442079460958');
    expect(normalisePhone('415-555-0123', 'US')).toBe('+14155550123');
    expect(normalisePhone('13812345678', 'CN')).toBe('+8613812345678');
    expect(normalisePhone('905321234567', 'TR')).toBe('+905321234567');
    expect(normalisePhone('0912 345 678', '+84')).toBe('+84912345678');
  });

  it('keeps only the digits when the country cannot be told', () => {
    expect(normalisePhone('0912 345 678')).toBe('0912345678');
    expect(normalisePhone('091 234 5678')).toBe('0912345678');
  });

  it('returns null for text that is not a phone number', () => {
    expect(normalisePhone('')).toBeNull();
    expect(normalisePhone('call me')).toBeNull();
    expect(normalisePhone('123')).toBeNull();
    expect(normalisePhone('+12')).toBeNull();
  });
});

describe('normaliseEmail, normaliseHandle and normaliseStoreUrl', () => {
  it('lower-cases e-mail addresses and refuses what is not one', () => {
    expect(normaliseEmail(' Sales@Shop.CN ')).toBe('sales@shop.cn');
    expect(normaliseEmail('mailto:<Sales@Shop.cn>')).toBe('sales@shop.cn');
    expect(normaliseEmail('sales at shop')).toBeNull();
  });

  it('lower-cases handles and strips "@", labels and t.me or wa.me links', () => {
    expect(normaliseHandle('@BagsKing')).toBe('bagsking');
    expect(normaliseHandle('https://t.me/BagsKing')).toBe('bagsking');
    expect(normaliseHandle('微信: ABC_123')).toBe('abc_123');
    expect(normaliseHandle('  ')).toBeNull();
  });

  it('normalises a handle that is a phone number as a phone, so it matches the phone', () => {
    expect(normaliseHandle('+86 138 1234 5678')).toBe('+8613812345678');
    expect(normaliseHandle('wa.me/8613812345678')).toBe('+8613812345678');
  });

  it('normalises store addresses like listing addresses', () => {
    expect(normaliseStoreUrl('https://www.aliexpress.com/store/1234567?spm=x')).toBe('https://aliexpress.com/store/1234567');
    expect(normaliseStoreUrl('no store')).toBeNull();
  });
});

describe('splitContacts', () => {
  it('finds labelled WeChat, WhatsApp and Telegram ids in Chinese and English', () => {
    expect(splitContacts('微信: abc123 WA +86 138 1234 5678 Telegram: @BagsKing')).toEqual([
      { kind: 'wechat', value: 'abc123', normalised: 'abc123' },
      { kind: 'whatsapp', value: '+86 138 1234 5678', normalised: '+8613812345678' },
      { kind: 'telegram', value: '@BagsKing', normalised: 'bagsking' },
    ]);
    expect(splitContacts('WeChat：Lucy_2024')).toEqual([{ kind: 'wechat', value: 'Lucy_2024', normalised: 'lucy_2024' }]);
  });

  it('gives one value with two labels to both kinds', () => {
    expect(splitContacts('WhatsApp/WeChat: +8613812345678')).toEqual([
      { kind: 'whatsapp', value: '+8613812345678', normalised: '+8613812345678' },
      { kind: 'wechat', value: '+8613812345678', normalised: '+8613812345678' },
    ]);
  });

  it('finds t.me and wa.me links, e-mails, other web addresses and bare phones', () => {
    expect(splitContacts('Contact: sales@shop.cn, t.me/xyz_shop, https://wa.me/8613812345678 or call 0755-8888 9999; shop: www.bags.example/store')).toEqual([
      { kind: 'email', value: 'sales@shop.cn', normalised: 'sales@shop.cn' },
      { kind: 'telegram', value: 't.me/xyz_shop', normalised: 'xyz_shop' },
      { kind: 'whatsapp', value: 'https://wa.me/8613812345678', normalised: '+8613812345678' },
      { kind: 'phone', value: '0755-8888 9999', normalised: '075588889999' },
      { kind: 'url', value: 'www.bags.example/store', normalised: 'https://bags.example/store' },
    ]);
  });

  it('does not read dates, prices or short numbers as phones, nor a phone inside an e-mail', () => {
    expect(splitContacts('since 2025-06-01, 12.99 USD, 1,234 sold, 13812345678@qq.com')).toEqual([{ kind: 'email', value: '13812345678@qq.com', normalised: '13812345678@qq.com' }]);
  });

  it('keeps each contact once', () => {
    expect(splitContacts('+86 138 1234 5678 / +8613812345678')).toEqual([{ kind: 'phone', value: '+86 138 1234 5678', normalised: '+8613812345678' }]);
  });

  it('returns nothing for text without contacts', () => {
    expect(splitContacts('')).toEqual([]);
    expect(splitContacts('Great seller, fast shipping')).toEqual([]);
  });
});
