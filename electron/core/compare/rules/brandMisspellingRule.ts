// Brand misspellings and look-alikes: words a small edit away from a protected mark ("Korvanne", "Corvane"),
// written with look-alike characters ("Corvannе" with Cyrillic е, "C0rvanne", "Corv@nne") or spaced out.
import { alignToMark, type Edit } from './editDistance';
import type { Finding, Rule } from './finding';
import { foldTerm, foldText } from './foldedText';
import { describeCharacter } from './homoglyphs';
import { weightOf, type RuleId } from './ruleWeights';
import { UNSPACED_CLASS } from './termMatcher';
import { listingTexts, type ListingText } from './textFields';

/**
 * A word: letters, digits and the symbols that stand in for letters, hyphenated parts kept together ("Cor-vanne").
 * CJK and Thai characters end a word, so "Corvanne高仿" yields the word "Corvanne".
 */
const WORD_CHAR = `(?:(?!${UNSPACED_CLASS})[\\p{L}\\p{N}\\p{M}@$])`;
const WORD = new RegExp(`${WORD_CHAR}+(?:-${WORD_CHAR}+)*`, 'gu');
/** Single letters separated by one space or dot: "C O R V A N N E", "C.O.R.V.A.N.N.E". */
const SPACED_LETTERS = /(?<![\p{L}\p{N}])(?:[\p{L}\p{N}][ .]){2,}[\p{L}\p{N}](?![\p{L}\p{N}])/gu;

/** Edits allowed for a mark of this many letters: none under 5, one for 5–7, two for 8 or more. */
export const allowedEdits = (letters: number): number => (letters >= 8 ? 2 : letters >= 5 ? 1 : 0);

interface Candidate {
  source: ListingText;
  start: number;
  end: number;
}

function editText(edit: Edit): string {
  switch (edit.kind) {
    case 'lookalike':
      return `${describeCharacter(edit.observed)} in place of "${edit.intended}"`;
    case 'substitute':
      return `"${edit.observed}" in place of "${edit.intended}"`;
    case 'missing':
      return `"${edit.intended}" left out`;
    case 'extra':
      return `an extra ${edit.observed === '-' ? 'hyphen' : `"${edit.observed}"`}`;
    case 'swap':
      return `"${edit.observed}" with its letters swapped`;
  }
}

/** Consecutive words (as many as the mark has), each candidate spanning them in the original text. */
function wordWindows(source: ListingText, size: number): Candidate[] {
  const words = [...source.text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const windows: Candidate[] = [];
  for (let i = 0; i + size <= words.length; i += 1) {
    windows.push({ source, start: (words[i] as Candidate).start, end: (words[i + size - 1] as Candidate).end });
  }
  return windows;
}

const spacedRuns = (source: ListingText): Candidate[] =>
  [...source.text.matchAll(SPACED_LETTERS)].map((m) => ({ source, start: m.index, end: m.index + m[0].length }));

function judge(candidate: Candidate, mark: string, spaced: boolean): { rule: RuleId; edits: Edit[] } | null {
  const original = candidate.source.text.slice(candidate.start, candidate.end);
  const folded = foldText(original).folded.replace(spaced ? /[ .]/g : /\s+/gu, spaced ? '' : ' ');
  const markFolded = foldTerm(mark).replace(/\s+/gu, ' ');
  if (folded === markFolded) return spaced ? { rule: 'brand.spaced_out', edits: [] } : null;
  if (!/\p{L}/u.test(folded)) return null;
  const letters = markFolded.replace(/\s/g, '').length;
  if (letters < 3) return null;
  const alignment = alignToMark([...folded], [...markFolded], spaced ? 0 : allowedEdits(letters));
  if (alignment === null) return null;
  if (alignment.distance === 0) return { rule: spaced ? 'brand.spaced_out' : 'brand.lookalike_characters', edits: alignment.edits };
  return { rule: 'brand.misspelling', edits: alignment.edits };
}

/** What the observed word does to the mark, said after it: 'one edit from the mark "Corvanne": "k" in place of "c"'. */
function sentence(rule: RuleId, mark: string, edits: Edit[]): string {
  const differences = edits.map(editText).join(', ');
  if (rule === 'brand.spaced_out') return `the mark "${mark}" spelt out letter by letter${differences ? `, with ${differences}` : ''}`;
  if (rule === 'brand.lookalike_characters') return `imitating the mark "${mark}" with look-alike characters: ${differences}`;
  const count = edits.filter((e) => e.kind !== 'lookalike').length;
  return `${count === 1 ? 'one edit' : `${count} edits`} from the mark "${mark}": ${differences}`;
}

export const brandMisspellingRule: Rule = (listing, _product, context) => {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const marks = context.protectedMarks.filter((m) => typeof m === 'string' && m.trim() !== '');
  for (const source of listingTexts(listing)) {
    for (const mark of marks) {
      const size = mark.trim().split(/\s+/u).length;
      const candidates = [...wordWindows(source, size).map((c) => ({ c, spaced: false })), ...spacedRuns(source).map((c) => ({ c, spaced: true }))];
      for (const { c, spaced } of candidates) {
        const verdict = judge(c, mark.trim(), spaced);
        if (verdict === null) continue;
        const observed = source.text.slice(c.start, c.end);
        const key = `${verdict.rule}\u0000${mark}\u0000${observed}`;
        if (seen.has(key)) continue;
        seen.add(key);
        findings.push({
          rule: verdict.rule,
          severity: verdict.rule === 'brand.misspelling' ? 'medium' : 'high',
          expected: mark.trim(),
          observed,
          weight: weightOf(context.weights, verdict.rule),
          message: `${source.label} writes "${observed}", ${sentence(verdict.rule, mark.trim(), verdict.edits)}.`,
          where: { field: source.field, start: c.start, end: c.end },
        });
      }
    }
  }
  return findings;
};
