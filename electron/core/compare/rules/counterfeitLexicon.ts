// The counterfeit-vocabulary lexicon (resources/lexicons/counterfeit.json): its shape, and a pure loader that
// checks every entry and names the first bad one. The caller reads the file; this only judges its parsed JSON.
import { AssayError } from '../../errors';
import { foldTerm } from './foldedText';

export interface LexiconEntry {
  /** The word or phrase as sellers write it; matched literally, case- and width-insensitively. */
  term: string;
  /** BCP 47 tags of the languages that use it ('en', 'zh-Hans', 'zh-Hant', 'th'…). */
  languages: string[];
  /** Strength from 0 (no signal) to 1 (says outright the goods are copies). */
  weight: number;
}

export interface CounterfeitLexicon {
  entries: readonly LexiconEntry[];
}

const MAX_TERM_LENGTH = 80;

const refuse = (what: string): never => {
  throw new AssayError('invalid_input', `The counterfeit lexicon is not usable: ${what}. Fix the file and load it again.`);
};

function loadEntry(raw: unknown, index: number): LexiconEntry {
  const where = `entry ${index + 1}`;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return refuse(`${where} is not an object`);
  const { term, languages, weight } = raw as Record<string, unknown>;
  if (typeof term !== 'string' || term.trim() === '') return refuse(`${where} has no term`);
  if (term.length > MAX_TERM_LENGTH) return refuse(`${where} ("${term.slice(0, 20)}…") is longer than ${MAX_TERM_LENGTH} characters`);
  if (!Array.isArray(languages) || languages.length === 0 || !languages.every((l) => typeof l === 'string' && l.trim() !== ''))
    return refuse(`${where} ("${term}") needs a list of languages, such as ["en"]`);
  if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0 || weight > 1)
    return refuse(`${where} ("${term}") needs a weight from 0 to 1`);
  return { term: term.trim(), languages: [...languages] as string[], weight };
}

/** Validates parsed lexicon JSON: `{ version: 1, entries: [{ term, languages, weight }] }`, terms unique once folded. */
export function loadCounterfeitLexicon(json: unknown): CounterfeitLexicon {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return refuse('the file is not a JSON object');
  const { version, entries } = json as Record<string, unknown>;
  if (version !== 1) return refuse(`version ${JSON.stringify(version)} is not one this release reads (expected 1)`);
  if (!Array.isArray(entries) || entries.length === 0) return refuse('it has no entries');
  const loaded = entries.map(loadEntry);
  const seen = new Map<string, number>();
  loaded.forEach((entry, index) => {
    const key = foldTerm(entry.term);
    const first = seen.get(key);
    if (first !== undefined) refuse(`entry ${index + 1} ("${entry.term}") repeats entry ${first + 1}`);
    seen.set(key, index);
  });
  return { entries: loaded };
}
