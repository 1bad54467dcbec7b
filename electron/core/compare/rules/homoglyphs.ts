// Characters that pass for Latin letters in a brand name: Cyrillic and Greek look-alikes, digits and symbols
// ("Corvannе" with Cyrillic е, "C0rvanne", "Corv@nne"). Keys and values are lower case, as text is folded first.

const LOOKS_LIKE: Record<string, readonly string[]> = {
  // Cyrillic
  'а': ['a'], 'в': ['b'], 'е': ['e'], 'ё': ['e'], 'і': ['i'], 'ї': ['i'], 'ј': ['j'], 'к': ['k'], 'м': ['m'], 'н': ['h'],
  'о': ['o'], 'р': ['p'], 'с': ['c'], 'ѕ': ['s'], 'т': ['t'], 'у': ['y'], 'х': ['x'], 'ԁ': ['d'], 'ԛ': ['q'], 'ԝ': ['w'], 'һ': ['h'],
  // Greek
  'α': ['a'], 'β': ['b'], 'ε': ['e'], 'η': ['n'], 'ι': ['i'], 'κ': ['k'], 'ν': ['v'], 'ο': ['o'], 'ρ': ['p'], 'τ': ['t'],
  'υ': ['u'], 'χ': ['x'], 'ω': ['w'], 'γ': ['y'],
  // Digits and symbols
  '0': ['o'], '1': ['l', 'i'], '3': ['e'], '4': ['a'], '5': ['s'], '6': ['b', 'g'], '7': ['t'], '8': ['b'], '9': ['g'],
  '@': ['a'], '$': ['s'],
};

/** Every character that passes for some letter (each a single UTF-16 unit). */
export const LOOKALIKE_CHARACTERS: readonly string[] = Object.keys(LOOKS_LIKE);

/** True when `observed` is a different character that a reader would take for `intended`. */
export const looksLike = (observed: string, intended: string): boolean => LOOKS_LIKE[observed]?.includes(intended) ?? false;

/** True when a reader could take `observed` for some other letter. */
export const hasLookalike = (observed: string): boolean => LOOKS_LIKE[observed] !== undefined;

/** Names a character for a notice: 'Cyrillic "е" (U+0435)', 'the digit "0"', 'the symbol "@"'. */
export function describeCharacter(ch: string): string {
  const code = `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  if (/\p{Script=Cyrillic}/u.test(ch)) return `Cyrillic "${ch}" (${code})`;
  if (/\p{Script=Greek}/u.test(ch)) return `Greek "${ch}" (${code})`;
  if (/\p{N}/u.test(ch)) return `the digit "${ch}"`;
  if (/\p{L}/u.test(ch)) return `"${ch}"`;
  return `the symbol "${ch}"`;
}
