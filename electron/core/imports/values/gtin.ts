// Cleans a GTIN (EAN, UPC) as spreadsheets leave it: the apostrophe Excel uses to keep leading zeros,
// spaces and hyphens between digit groups. Anything else is kept, so a bad value is shown as it was.

const LEADING_QUOTE = /^['’‘`]+/;
const GROUPING = /[\s\u00a0\u202f-]+/g;

export const cleanGtin = (text: string): string => text.trim().replace(LEADING_QUOTE, '').replace(GROUPING, '');
