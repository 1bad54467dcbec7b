// The pure parts of a seized line: serials pasted as a blob, GTINs as Excel leaves them, photos recognised by
// their bytes, the checklist from a product's specification, and the automatic checks.
import { describe, expect, it } from 'vitest';
import { completeGtin } from '../../electron/core/catalog/gtinCheckDigit';
import { autoCheckLine, type AutoCheckLine, type AutoCheckProduct } from '../../electron/core/seizures/autoChecks';
import { buildChecklist, featureKind } from '../../electron/core/seizures/examinationChecklist';
import { notAPhotoReason, photoKind } from '../../electron/core/seizures/photoType';
import { lineProblems, prepareLine, splitGtins } from '../../electron/core/seizures/seizedLineValues';
import { normaliseSerial, splitSerials } from '../../electron/core/seizures/serialNumbers';

describe('serial numbers pasted as one blob', () => {
  it('splits on any mix of new lines, commas, semicolons, tabs, pipes and spaces, and drops repeats', () => {
    const blob = 'CV21AB0001, CV21AB0002;CV21AB0003\r\nCV21AB0004\tCV21AB0005 | CV21AB0006  CV21AB0002\n\n,cv21ab0001';
    expect(splitSerials(blob)).toEqual(['CV21AB0001', 'CV21AB0002', 'CV21AB0003', 'CV21AB0004', 'CV21AB0005', 'CV21AB0006']);
  });

  it('treats spellings that differ only by case, dashes or dots as one serial', () => {
    expect(normaliseSerial('cv-21.ab-0042')).toBe(normaliseSerial('CV21AB0042'));
    expect(splitSerials("'CV21AB0042' cv21-ab-0042")).toEqual(['CV21AB0042']);
  });

  it('gives nothing for an empty or separator-only blob', () => {
    expect(splitSerials(' ,;\n ')).toEqual([]);
  });
});

describe('GTINs from a spreadsheet', () => {
  const gtin = completeGtin('764017500123');
  it('removes the apostrophe Excel uses to keep leading zeros, and spaces between digit groups', () => {
    expect(splitGtins(`'${gtin}`)).toEqual([gtin]);
    expect(splitGtins(`${gtin.slice(0, 7)} ${gtin.slice(7)}`)).toEqual([gtin]);
    expect(splitGtins(`’${gtin}; ${gtin}, 0123`)).toEqual([gtin, '0123']);
  });
});

describe('quantities', () => {
  it('keeps a line whose quantity is zero or negative, flagged with a sentence naming the row', () => {
    expect(lineProblems('Row 7', 0)[0]).toMatch(/^Row 7: the quantity is 0; a seized line holds at least one unit/);
    expect(lineProblems('Row 8', -3)[0]).toMatch(/^Row 8: the quantity is -3/);
    expect(lineProblems('Line 2', null)[0]).toMatch(/^Line 2: no quantity is given/);
    expect(lineProblems('Row 9', 4)).toEqual([]);
    const line = prepareLine({ description: 'Bags', quantity: 0, serials: 'A1,A2' }, 3, 'Row 7');
    expect(line).toMatchObject({ lineNo: 3, quantity: 0, serials: ['A1', 'A2'] });
    expect(line.problems).toHaveLength(1);
  });
});

describe('photos recognised by their bytes', () => {
  const bytes = (...b: number[]) => Uint8Array.from(b);
  it('knows JPEG, PNG, GIF and WebP', () => {
    expect(photoKind(bytes(0xff, 0xd8, 0xff, 0xe0))?.mediaType).toBe('image/jpeg');
    expect(photoKind(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))?.mediaType).toBe('image/png');
    expect(photoKind(Buffer.from('GIF89a'))?.mediaType).toBe('image/gif');
    expect(photoKind(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))?.mediaType).toBe('image/webp');
  });

  it('refuses a PDF named like a photo, and a text file, naming the file', () => {
    expect(notAPhotoReason('front.jpg', Buffer.from('%PDF-1.7\n'))).toBe('front.jpg is a PDF document, not a photo: Assay keeps JPEG, PNG, GIF, WebP and HEIC photos.');
    expect(notAPhotoReason('notes.png', Buffer.from('serials: CV21AB0001'))).toMatch(/^notes\.png is a text file, not a photo/);
    expect(notAPhotoReason('empty.jpg', new Uint8Array())).toMatch(/^empty\.jpg is empty/);
  });
});

describe('the examination checklist', () => {
  it('has one item per authentication feature, tagged by kind, then weight and dimensions', () => {
    const list = buildChecklist({
      authenticationFeatures: ['Holographic label sewn into the lining', 'Saddle stitching at 9 stitches per inch', 'Logotype in 4 mm serif capitals', 'Sand-coloured box', 'Saddle stitching at 9 stitches per inch'],
      weightG: 980, lengthMm: 340, widthMm: 160, heightMm: null,
    });
    expect(list.map((i) => i.kind)).toEqual(['hologram', 'stitching', 'font', 'packaging', 'weight', 'dimensions']);
    expect(list[5]!.feature).toBe('Dimensions: 340 mm × 160 mm × ?');
  });

  it('leaves weight and dimensions out when the product lists neither', () => {
    expect(buildChecklist({ authenticationFeatures: [], weightG: null, lengthMm: null, widthMm: null, heightMm: null })).toEqual([]);
    expect(featureKind('Something else entirely')).toBe('other');
  });
});

describe('the automatic checks', () => {
  const product: AutoCheckProduct = {
    sku: 'CV-BG-1001', name: 'Aurelle Tote 34', brand: 'Corvanne', msrp: 2450, currency: 'EUR', msrpUsd: 2871.4, minAuthorisedPrice: null, minAuthorisedPriceUsd: null,
    colourways: [], materials: [], gtins: [completeGtin('764017500123')], serialPattern: '^CV[0-9]{2}[A-Z]{2}[0-9]{4}$', neverMadeModels: [],
    weightG: 980, lengthMm: 340, widthMm: 160, heightMm: 270,
  };
  const line: AutoCheckLine = { quantity: 10, declaredValue: 500, currency: 'USD', unitValueUsd: 50, gtins: [], serials: [], weightG: null, lengthMm: null, widthMm: null, heightMm: null };
  const checks = (overrides: Partial<AutoCheckLine>, repeats: { serial: string; elsewhere: string[] }[] = []) => autoCheckLine({ ...line, ...overrides }, product, { gs1Prefixes: ['7640175'], repeats }).map((f) => f.check);

  it('flags a GTIN with a wrong check digit and one outside the brand prefix', () => {
    const good = completeGtin('764017500123');
    const broken = `${good.slice(0, -1)}${(Number(good.slice(-1)) + 1) % 10}`;
    expect(checks({ gtins: [broken], unitValueUsd: null })).toEqual(['gtin_check_digit']);
    expect(checks({ gtins: [completeGtin('400638133393')], unitValueUsd: null })).toEqual(['gtin_outside_prefix']);
    expect(checks({ gtins: [good], unitValueUsd: null })).toEqual([]);
  });

  it('quotes off-pattern serials in one finding and counts them', () => {
    const findings = autoCheckLine({ ...line, unitValueUsd: null, serials: ['CV21AB0001', 'CV123456', 'XX'] }, product, { gs1Prefixes: [], repeats: [] });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toBe("2 of the line's 3 serial numbers do not follow the format of genuine Aurelle Tote 34 serials: CV123456, XX.");
  });

  it('reports serials seen on other lines or seizures', () => {
    const findings = autoCheckLine({ ...line, unitValueUsd: null }, product, { gs1Prefixes: [], repeats: [{ serial: 'CV21AB0001', elsewhere: ['line 4', 'line 2 of seizure X-1'] }] });
    expect(findings[0]!.message).toBe('The serial number CV21AB0001 also appears on line 4, line 2 of seizure X-1; a genuine serial is on one unit only.');
  });

  it('flags a declared value per unit below 40 % of the MSRP, not one above', () => {
    expect(checks({ unitValueUsd: 50 })).toEqual(['value_below_msrp']);
    expect(checks({ unitValueUsd: 1500 })).toEqual([]);
  });

  it('flags weight and dimensions outside the tolerances, not inside them', () => {
    expect(checks({ unitValueUsd: null, weightG: 1000, lengthMm: 344, widthMm: 160, heightMm: 270 })).toEqual([]);
    expect(checks({ unitValueUsd: null, weightG: 700, lengthMm: 300, widthMm: 160, heightMm: 270 })).toEqual(['weight_off_spec', 'length_off_spec']);
  });

  it('checks GTINs even when no product matched, but not serial patterns', () => {
    const good = completeGtin('764017500123');
    const broken = `${good.slice(0, -1)}${(Number(good.slice(-1)) + 1) % 10}`;
    expect(autoCheckLine({ ...line, gtins: [broken], serials: ['zzz'] }, null, { gs1Prefixes: [], repeats: [] }).map((f) => f.check)).toEqual(['gtin_check_digit']);
  });
});
