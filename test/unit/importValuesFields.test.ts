import { describe, expect, it } from 'vitest';
import { cleanGtin, lengthUnitFromHeader, parseDimensionsMm, parseInteger, parseTimestamp, parseWeightGrams, splitList, weightUnitFromHeader } from '../../electron/core/imports/values/parseFieldValues';
import { normalisePrice } from '../../electron/core/imports/values/exchangeRates';

describe('parseInteger', () => {
  it.each([
    ['1,234 sold', 1234],
    ['1.234', 1234],
    ['1 234', 1234],
    ['1.2万', 12000],
    ['2.3万+人付款', 23000],
    ['3亿', 300000000],
    ['10k+', 10000],
    ['1.5K', 1500],
    ['Đã bán 1,2k', 1200],
    ['3,5 rb terjual', 3500],
    ['2 jt', 2000000],
    ['月销 1000+', 1000],
    ['42', 42],
    ['１２３', 123],
  ])('reads %s as %d', (text, n) => {
    expect(parseInteger(text)).toBe(n);
  });

  it('returns null when there is no number', () => {
    expect(parseInteger('')).toBeNull();
    expect(parseInteger('many')).toBeNull();
  });
});

describe('parseTimestamp', () => {
  it.each([
    ['2025-06-01T12:00:00Z', '2025-06-01T12:00:00.000Z'],
    ['2025-06-01T12:00:00.250+08:00', '2025-06-01T04:00:00.250Z'],
    ['2025-06-01 12:00', '2025-06-01T12:00:00.000Z'],
    ['2025-06-01', '2025-06-01T00:00:00.000Z'],
    ['2025/6/1 9:05:07', '2025-06-01T09:05:07.000Z'],
    ['2025年6月1日', '2025-06-01T00:00:00.000Z'],
    ['01/06/2025', '2025-06-01T00:00:00.000Z'],
    ['01.06.2025 14:30', '2025-06-01T14:30:00.000Z'],
    ['06/13/2025', '2025-06-13T00:00:00.000Z'],
    ['13/06/2025', '2025-06-13T00:00:00.000Z'],
    ['1/6/25', '2025-06-01T00:00:00.000Z'],
    ['Jun 1, 2025', '2025-06-01T00:00:00.000Z'],
    ['1 June 2025 3:15 pm', '2025-06-01T15:15:00.000Z'],
    ['45809', '2025-06-01T00:00:00.000Z'],
    ['45809.5', '2025-06-01T12:00:00.000Z'],
    ['1748779200', '2025-06-01T12:00:00.000Z'],
    ['1748779200000', '2025-06-01T12:00:00.000Z'],
    ['20250601', '2025-06-01T00:00:00.000Z'],
  ])('reads %s', (text, iso) => {
    expect(parseTimestamp(text)).toBe(iso);
  });

  it('reads an ambiguous day and month day first', () => {
    expect(parseTimestamp('03/04/2025')).toBe('2025-04-03T00:00:00.000Z');
  });

  it('returns null for impossible or unreadable dates', () => {
    for (const text of ['', 'yesterday', '2025-02-30', '13/13/2025', '2025-06-01 25:00', '123', 'Foo 1, 2025']) expect(parseTimestamp(text), text).toBeNull();
  });
});

describe('splitList', () => {
  it('splits on |, ;, new lines and 、', () => {
    expect(splitList('a | b;c\nd、e')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('splits image URLs on commas only before the next URL', () => {
    expect(splitList('https://img.example.com/w_300,h_300/a.jpg, https://img.example.com/b.jpg')).toEqual(['https://img.example.com/w_300,h_300/a.jpg', 'https://img.example.com/b.jpg']);
  });

  it('splits GTINs and names on commas but keeps thousands and decimals whole', () => {
    expect(splitList('0123456789012,0123456789029')).toEqual(['0123456789012', '0123456789029']);
    expect(splitList('Air Max 90, AM90，Max90')).toEqual(['Air Max 90', 'AM90', 'Max90']);
    expect(splitList('cotton 95,5%, elastane 4,5%')).toEqual(['cotton 95,5%', 'elastane 4,5%']);
    expect(splitList('Edition 1,000')).toEqual(['Edition 1,000']);
  });

  it('reads a JSON array, drops empty values and repeats', () => {
    expect(splitList('["https://a/1.jpg","https://a/2.jpg"]')).toEqual(['https://a/1.jpg', 'https://a/2.jpg']);
    expect(splitList(' a ||a| b ')).toEqual(['a', 'b']);
    expect(splitList('')).toEqual([]);
  });
});

describe('parseWeightGrams', () => {
  it.each([
    ['1.2 kg', 1200],
    ['1,2 kg', 1200],
    ['350g', 350],
    ['12 oz', 340.19],
    ['1 lb 4 oz', 566.99],
    ['2 lbs', 907.18],
    ['500克', 500],
    ['1.5公斤', 1500],
    ['Net weight: 350 g', 350],
  ])('reads %s as %d g', (text, grams) => {
    expect(parseWeightGrams(text)).toBe(grams);
  });

  it('needs a unit unless a default is given', () => {
    expect(parseWeightGrams('350')).toBeNull();
    expect(parseWeightGrams('350', 'g')).toBe(350);
    expect(parseWeightGrams('1.2', 'kg')).toBe(1200);
  });

  it('returns null for text that is not a weight', () => {
    expect(parseWeightGrams('heavy')).toBeNull();
    expect(parseWeightGrams('350 g / 12')).toBeNull();
    expect(parseWeightGrams('12 parsecs')).toBeNull();
  });
});

describe('parseDimensionsMm', () => {
  it.each([
    ['30 x 20 x 10 cm', { length: 300, width: 200, height: 100 }],
    ['30×20×10cm', { length: 300, width: 200, height: 100 }],
    ['300*200*100mm', { length: 300, width: 200, height: 100 }],
    ['30cm x 20cm x 10cm', { length: 300, width: 200, height: 100 }],
    ['L30 x W20 x H10 cm', { length: 300, width: 200, height: 100 }],
    ['30 x 20 x 10 cm (L x W x H)', { length: 300, width: 200, height: 100 }],
    ['12 x 8 in', { length: 304.8, width: 203.2, height: null }],
    ['12 in', { length: 304.8, width: null, height: null }],
    ['12"', { length: 304.8, width: null, height: null }],
    ['25,5 cm', { length: 255, width: null, height: null }],
    ['30 厘米', { length: 300, width: null, height: null }],
  ])('reads %s', (text, dims) => {
    expect(parseDimensionsMm(text)).toEqual(dims);
  });

  it('needs a unit unless a default is given', () => {
    expect(parseDimensionsMm('30 x 20 x 10')).toBeNull();
    expect(parseDimensionsMm('30 x 20 x 10', 'cm')).toEqual({ length: 300, width: 200, height: 100 });
  });

  it('returns null for more than three measures or an unknown unit', () => {
    expect(parseDimensionsMm('1 x 2 x 3 x 4 cm')).toBeNull();
    expect(parseDimensionsMm('30 furlongs')).toBeNull();
    expect(parseDimensionsMm('big')).toBeNull();
  });
});

describe('units declared in a header', () => {
  it('reads the length unit of columns such as "Length (cm)"', () => {
    expect(lengthUnitFromHeader('Length (cm)')).toBe('cm');
    expect(lengthUnitFromHeader('width_mm')).toBe('mm');
    expect(lengthUnitFromHeader('Height [in]')).toBe('in');
    expect(lengthUnitFromHeader('长度(厘米)')).toBe('cm');
    expect(lengthUnitFromHeader('Length')).toBeUndefined();
    expect(lengthUnitFromHeader('Dimensions')).toBeUndefined();
  });

  it('reads the weight unit of columns such as "Weight (g)"', () => {
    expect(weightUnitFromHeader('Weight (g)')).toBe('g');
    expect(weightUnitFromHeader('Net weight kg')).toBe('kg');
    expect(weightUnitFromHeader('重量(克)')).toBe('g');
    expect(weightUnitFromHeader('Weight (lbs)')).toBe('lb');
    expect(weightUnitFromHeader('Weight')).toBeUndefined();
  });
});

describe('cleanGtin', () => {
  it('strips the Excel apostrophe, spaces and hyphens, keeping leading zeros', () => {
    expect(cleanGtin("'0123456789012")).toBe('0123456789012');
    expect(cleanGtin(' 0 12345 67890 5 ')).toBe('012345678905');
    expect(cleanGtin('4006381-333931')).toBe('4006381333931');
  });

  it('keeps anything else, so a bad value is shown as it was', () => {
    expect(cleanGtin('1.23457E+12')).toBe('1.23457E+12');
  });
});

describe('normalisePrice', () => {
  const rates = new Map([
    ['USD', 1],
    ['CNY', 0.1395],
    ['EUR', 1.172],
    ['JPY', 0.00694],
  ]);

  it('converts into US dollars, rounded to cents', () => {
    expect(normalisePrice(88, 'CNY', rates)).toBe(12.28);
    expect(normalisePrice(1299, 'JPY', rates)).toBe(9.02);
    expect(normalisePrice(12.345, 'USD', rates)).toBe(12.35);
  });

  it('converts into another target currency through the dollar', () => {
    expect(normalisePrice(100, 'CNY', rates, 'EUR')).toBe(11.9);
  });

  it('returns null for a missing amount, a missing currency or a currency without a rate', () => {
    expect(normalisePrice(null, 'USD', rates)).toBeNull();
    expect(normalisePrice(5, null, rates)).toBeNull();
    expect(normalisePrice(5, 'XYZ', rates)).toBeNull();
    expect(normalisePrice(5, 'USD', rates, 'XYZ')).toBeNull();
  });

  it('treats the dollar as one dollar even when the table lacks it', () => {
    expect(normalisePrice(5, 'USD', new Map())).toBe(5);
  });
});
