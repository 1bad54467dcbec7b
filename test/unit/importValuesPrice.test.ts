import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePrice } from '../../electron/core/imports/values/parsePrice';

const ok = (price: number | null, currency: string | null, priceMax: number | null = null) => ({ ok: true, price, priceMax, currency });

describe('parsePrice', () => {
  it.each([
    ['US $12.99', ok(12.99, 'USD')],
    ['$12.99', ok(12.99, 'USD')],
    ['¥88', ok(88, 'CNY')],
    ['￥88', ok(88, 'CNY')],
    ['88元', ok(88, 'CNY')],
    ['1.299,00 €', ok(1299, 'EUR')],
    ['€ 1 299,00', ok(1299, 'EUR')],
    ['€\u00a01\u00a0299,00', ok(1299, 'EUR')],
    ['12,99 €', ok(12.99, 'EUR')],
    ['1,299.00', ok(1299, null)],
    ['£5', ok(5, 'GBP')],
    ['HK$ 120', ok(120, 'HKD')],
    ['R$ 1.299,90', ok(1299.9, 'BRL')],
    ['₫ 250.000', ok(250000, 'VND')],
    ['250.000đ', ok(250000, 'VND')],
    ['₺149,90', ok(149.9, 'TRY')],
    ['149,90 TL', ok(149.9, 'TRY')],
    ['฿1,290', ok(1290, 'THB')],
    ['RM 45.90', ok(45.9, 'MYR')],
    ['Rp 150.000', ok(150000, 'IDR')],
    ['₹1,299', ok(1299, 'INR')],
    ['₹1,00,000', ok(100000, 'INR')],
    ['USD 12.99', ok(12.99, 'USD')],
    ['12.99 EUR', ok(12.99, 'EUR')],
    ['12.99usd', ok(12.99, 'USD')],
    ['RMB 88', ok(88, 'CNY')],
    ['-5.00', ok(-5, null)],
    ['-$5.00', ok(-5, 'USD')],
    ['0', ok(0, null)],
    ['US $0.00', ok(0, 'USD')],
  ])('reads %s', (text, expected) => {
    expect(parsePrice(text)).toEqual(expected);
  });

  it.each([
    ['12.99 - 15.99', ok(12.99, null, 15.99)],
    ['12.99~15.99', ok(12.99, null, 15.99)],
    ['12.99～15.99', ok(12.99, null, 15.99)],
    ['12.99 – 15.99', ok(12.99, null, 15.99)],
    ['US $12.99 - 15.99', ok(12.99, 'USD', 15.99)],
    ['$12.99 - $15.99', ok(12.99, 'USD', 15.99)],
    ['12.99 - 15.99 USD', ok(12.99, 'USD', 15.99)],
    ['US$2.50-3.00 / piece', ok(2.5, 'USD', 3)],
    ['12,50 € - 15,00 €', ok(12.5, 'EUR', 15)],
    ['15.99 - 12.99', ok(12.99, null, 15.99)],
  ])('keeps both ends of the range %s', (text, expected) => {
    expect(parsePrice(text)).toEqual(expected);
  });

  it('reads an empty cell or a placeholder as no price', () => {
    for (const text of ['', '   ', '-', 'N/A', 'null']) expect(parsePrice(text)).toEqual(ok(null, null));
  });

  it('refuses "free", "面议" and other words that are not an amount, saying so', () => {
    expect(parsePrice('free')).toEqual({ ok: false, reason: 'it says "free" rather than an amount.' });
    expect(parsePrice('面议')).toEqual({ ok: false, reason: 'it says "面议" rather than an amount.' });
    expect(parsePrice('about five dollars')).toEqual({ ok: false, reason: 'it has no amount in it.' });
    expect(parsePrice('12.99 each or best offer')).toEqual({ ok: false, reason: 'it contains "each", which is not part of an amount.' });
  });

  it('refuses separators that do not form a number, and two currencies', () => {
    expect(parsePrice('1.2.3')).toEqual({ ok: false, reason: 'the separators in "1.2.3" do not form a number.' });
    expect(parsePrice('12 99')).toMatchObject({ ok: false });
    expect(parsePrice('$12 / €11')).toEqual({ ok: false, reason: 'it names two currencies (USD and EUR).' });
  });

  it('refuses a text too long to be a price without scanning it', () => {
    expect(parsePrice('9'.repeat(500))).toMatchObject({ ok: false, reason: expect.stringMatching(/too long/) });
  });

  describe('decides the decimal separator', () => {
    it('takes the last separator as the decimal one when both kinds appear', () => {
      expect(parsePrice('1.234.567,89')).toMatchObject({ price: 1234567.89 });
      expect(parsePrice('1,234,567.89')).toMatchObject({ price: 1234567.89 });
    });

    it('takes a lone separator followed by one or two digits as the decimal one', () => {
      expect(parsePrice('12,5')).toMatchObject({ price: 12.5 });
      expect(parsePrice('12.5')).toMatchObject({ price: 12.5 });
    });

    it('takes a lone separator followed by three digits as thousands, unless the whole part is zero', () => {
      expect(parsePrice('1,299')).toMatchObject({ price: 1299 });
      expect(parsePrice('1.299')).toMatchObject({ price: 1299 });
      expect(parsePrice('0.299')).toMatchObject({ price: 0.299 });
    });

    it('takes repeated separators as thousands', () => {
      expect(parsePrice('1.299.000')).toMatchObject({ price: 1299000 });
      expect(parsePrice('1,299,000')).toMatchObject({ price: 1299000 });
    });

    it('reads "." and "," as thousands in currencies without a minor unit', () => {
      expect(parsePrice('₫ 0.500')).toMatchObject({ price: 500, currency: 'VND' });
      expect(parsePrice('0.500', { currency: 'VND' })).toMatchObject({ price: 500, currency: 'VND' });
      expect(parsePrice('0.500', { currency: 'USD' })).toMatchObject({ price: 0.5 });
      expect(parsePrice('Rp 1.500,50')).toMatchObject({ price: 1500.5, currency: 'IDR' });
    });
  });

  describe('decides the currency', () => {
    it('takes it from the symbol or code, else the currency hint, else none', () => {
      expect(parsePrice('12.99', { currency: 'eur' })).toEqual(ok(12.99, 'EUR'));
      expect(parsePrice('12.99', { currency: '¥' })).toEqual(ok(12.99, 'CNY'));
      expect(parsePrice('12.99', { currency: 'RMB' })).toEqual(ok(12.99, 'CNY'));
      expect(parsePrice('12.99', { currency: 'US$' })).toEqual(ok(12.99, 'USD'));
      expect(parsePrice('12.99')).toEqual(ok(12.99, null));
      expect(parsePrice('12.99 GBP', { currency: 'EUR' })).toEqual(ok(12.99, 'GBP'));
    });

    it('reads ¥ as yuan on Chinese marketplaces and as yen only when yen is hinted or the marketplace is Japanese', () => {
      for (const marketplace of ['taobao', 'tmall', '1688', 'alibaba', 'aliexpress']) expect(parsePrice('¥88', { marketplace })).toMatchObject({ currency: 'CNY' });
      expect(parsePrice('¥1,299', { currency: 'JPY' })).toEqual(ok(1299, 'JPY'));
      expect(parsePrice('¥1,299', { marketplace: 'amazon.co.jp' })).toMatchObject({ currency: 'JPY' });
      expect(parsePrice('1,299円')).toEqual(ok(1299, 'JPY'));
    });

    it('reads $ as US dollars unless the hint names another dollar', () => {
      expect(parsePrice('$12', { currency: 'CAD' })).toEqual(ok(12, 'CAD'));
      expect(parsePrice('$12', { currency: 'EUR' })).toEqual(ok(12, 'USD'));
      expect(parsePrice('C$12')).toEqual(ok(12, 'CAD'));
      expect(parsePrice('S$12')).toEqual(ok(12, 'SGD'));
    });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        const r = parsePrice(s);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(fc.stringMatching(/^[\d.,' $€¥£~\- a-zA-Z]{0,30}$/), (s) => void parsePrice(s)), { numRuns: 2000 });
  });

  it('reads back any amount written as "US $X" with comma thousands', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_99 }), (cents) => {
        const amount = cents / 100;
        const text = `US $${amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
        expect(parsePrice(text)).toEqual(ok(amount, 'USD'));
      }),
    );
  });

  it('reads back any amount written as "X €" with European separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_99 }), fc.constantFrom('.', ' ', '\u00a0'), (cents, group) => {
        const amount = cents / 100;
        const [whole, fraction] = amount.toFixed(2).split('.');
        const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, group);
        expect(parsePrice(`${grouped},${fraction} €`)).toEqual(ok(amount, 'EUR'));
      }),
    );
  });
});
