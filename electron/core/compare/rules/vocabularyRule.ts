// Counterfeit vocabulary: finds lexicon terms ("replica", "1:1", "高仿", "çakma", "hàng fake"…) in the title,
// description and seller name, one finding per term, pointing at its first occurrence in the original text.
import type { CounterfeitLexicon, LexiconEntry } from './counterfeitLexicon';
import type { Finding, Rule, Severity } from './finding';
import { foldText, originalRange } from './foldedText';
import { weightOf } from './ruleWeights';
import { compileTerms, longestMatches, type TermSet } from './termMatcher';
import { listingTexts, quote, type ListingText } from './textFields';

// Compiling ~100 patterns per listing would dominate a scoring run; a lexicon object is compiled once.
const compiledLexicons = new WeakMap<CounterfeitLexicon, TermSet<LexiconEntry>>();

function compiled(lexicon: CounterfeitLexicon): TermSet<LexiconEntry> {
  let entries = compiledLexicons.get(lexicon);
  if (entries === undefined) {
    entries = compileTerms(lexicon.entries.map((entry) => ({ term: entry.term, value: entry })));
    compiledLexicons.set(lexicon, entries);
  }
  return entries;
}

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English', 'zh-Hans': 'Chinese', 'zh-Hant': 'Chinese', es: 'Spanish', pt: 'Portuguese', tr: 'Turkish', th: 'Thai', id: 'Indonesian', vi: 'Vietnamese',
};

interface Hit {
  entry: LexiconEntry;
  source: ListingText;
  start: number;
  end: number;
}

/** All hits in one text, overlapping hits keeping the longest, then the strongest; ranges index the original text. */
function hitsIn(source: ListingText, entries: TermSet<LexiconEntry>): Hit[] {
  if (source.text === '') return [];
  const folded = foldText(source.text);
  return longestMatches(folded, entries, (a, b) => b.weight - a.weight).map((m) => ({ entry: m.value, source, ...originalRange(folded, m.start, m.end) }));
}

const severityOf = (strength: number): Severity => (strength >= 0.8 ? 'high' : strength >= 0.5 ? 'medium' : 'low');

function languagesText(entry: LexiconEntry): string {
  const names = [...new Set(entry.languages.map((l) => LANGUAGE_NAMES[l] ?? l))];
  return names.join('/');
}

export const vocabularyRule: Rule = (listing, _product, context) => {
  const entries = compiled(context.lexicon);
  const hits = listingTexts(listing).flatMap((source) => hitsIn(source, entries));
  const byEntry = new Map<LexiconEntry, Hit[]>();
  for (const hit of hits) byEntry.set(hit.entry, [...(byEntry.get(hit.entry) ?? []), hit]);
  const points = weightOf(context.weights, 'vocabulary.counterfeit_term');
  return [...byEntry.values()].map((entryHits): Finding => {
    const first = entryHits[0] as Hit;
    const observed = quote(first.source.text, first.start, first.end);
    const more = entryHits.length > 1 ? ` It appears ${entryHits.length} times in the listing.` : '';
    return {
      rule: 'vocabulary.counterfeit_term',
      severity: severityOf(first.entry.weight),
      expected: null,
      observed,
      weight: Math.round(points * first.entry.weight),
      message: `${first.source.label} says "${observed}", counterfeit vocabulary in ${languagesText(first.entry)}.${more}`,
      where: { field: first.source.field, start: first.start, end: first.end },
    };
  });
};
