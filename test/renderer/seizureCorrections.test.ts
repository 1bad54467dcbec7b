// The examination's correction forms on their own: how a typed measure is read (empty clears, a decimal comma is
// accepted, anything not positive is refused in a sentence) and which product a typed SKU or name picks.
import { describe, expect, it } from 'vitest';
import type { ProductSummary } from '../../electron/api/contract';
import { readMeasure } from '../../renderer/src/seizures/LineMeasurements';
import { productFor } from '../../renderer/src/seizures/ProductChooser';

const product = (id: number, sku: string, name: string) => ({ id, sku, name }) as ProductSummary;
const CATALOGUE = [product(1, 'CV-BG-1001', 'Aurelle Tote 34'), product(2, 'CV-BG-1002', 'Aurelle Tote 28'), product(3, 'CV-SL-2001', 'Quill Bifold Wallet')];

describe('a typed measure', () => {
  it('is a number, empty for none, with a decimal comma accepted', () => {
    expect(readMeasure(' 812,5 ', 'Weight', 'g')).toBe(812.5);
    expect(readMeasure('300', 'Length', 'mm')).toBe(300);
    expect(readMeasure('  ', 'Width', 'mm')).toBeNull();
  });

  it('refuses zero, negatives and words with a sentence naming the measure', () => {
    expect(readMeasure('0', 'Weight', 'g')).toBe('The weight “0” is not a positive number of grams.');
    expect(readMeasure('-4', 'Height', 'mm')).toBe('The height “-4” is not a positive number of millimetres.');
    expect(readMeasure('about 3', 'Length', 'mm')).toBe('The length “about 3” is not a positive number of millimetres.');
  });
});

describe('the product a typed text names', () => {
  it('is the exact option, the exact SKU in any case, or the only product containing the text', () => {
    expect(productFor(CATALOGUE, 'CV-BG-1002 — Aurelle Tote 28')?.id).toBe(2);
    expect(productFor(CATALOGUE, 'cv-bg-1001')?.id).toBe(1);
    expect(productFor(CATALOGUE, 'wallet')?.id).toBe(3);
  });

  it('is none when the text is empty or fits several products', () => {
    expect(productFor(CATALOGUE, '')).toBeNull();
    expect(productFor(CATALOGUE, 'Aurelle')).toBeNull();
    expect(productFor(CATALOGUE, 'sneaker')).toBeNull();
  });
});
