// GS1 check digits for GTIN-8/12/13/14: the identifier rule checks them, the demo catalogue computes them,
// and the demo's fakes break them on purpose.

/** The check digit for a GTIN body (every digit but the last): weights 3,1,3,1… from the right. */
export function gtinCheckDigit(body: string): number {
  if (!/^\d{7,13}$/.test(body)) throw new RangeError(`gtinCheckDigit: "${body}" is not 7 to 13 digits`);
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += i % 2 === 0 ? digit * 3 : digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** True when the text is a GTIN-8, -12, -13 or -14 whose last digit is the right check digit. */
export function isValidGtin(gtin: string): boolean {
  if (!/^(\d{8}|\d{12}|\d{13}|\d{14})$/.test(gtin)) return false;
  return gtinCheckDigit(gtin.slice(0, -1)) === Number(gtin.slice(-1));
}

/** Appends the check digit to a body. */
export const completeGtin = (body: string): string => `${body}${gtinCheckDigit(body)}`;
