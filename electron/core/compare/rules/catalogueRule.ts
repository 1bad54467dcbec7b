// Catalogue: models the brand never made, and colours or materials the genuine product does not come in, read
// from the title only (descriptions list alternatives) and flagged only when the product's own data is clear.
import { COLOUR_WORDS, MATERIAL_WORDS, type VocabularyEntry } from './catalogueVocabulary';
import type { Finding, Rule, RuleContext, RuleListing, RuleProduct } from './finding';
import { foldText, originalRange } from './foldedText';
import { weightOf, type RuleId } from './ruleWeights';
import { compileTerms, longestMatches, matchRanges, type TermSet } from './termMatcher';

type Vocabulary = TermSet<string | null>;

const compileVocabulary = (words: readonly VocabularyEntry[]): Vocabulary => compileTerms(words.map(([term, value]) => ({ term, value })));
const COLOURS = compileVocabulary(COLOUR_WORDS);
const MATERIALS = compileVocabulary(MATERIAL_WORDS);

/** The concepts a text names, each with the range of its first mention in the original text. */
function conceptsIn(text: string, vocabulary: Vocabulary): ReadonlyMap<string, { start: number; end: number }> {
  const folded = foldText(text);
  const found = new Map<string, { start: number; end: number }>();
  for (const m of longestMatches(folded, vocabulary)) {
    if (m.value !== null && !found.has(m.value)) found.set(m.value, originalRange(folded, m.start, m.end));
  }
  return found;
}

/**
 * The concepts of the genuine product's own texts (colourways, materials, name), computed once per text: scoring
 * asks the same few hundred product texts again for every listing.
 */
const productConcepts = new WeakMap<Vocabulary, Map<string, ReadonlyMap<string, { start: number; end: number }>>>();
function catalogueConceptsIn(text: string, vocabulary: Vocabulary): ReadonlyMap<string, { start: number; end: number }> {
  let cache = productConcepts.get(vocabulary);
  if (cache === undefined) productConcepts.set(vocabulary, (cache = new Map()));
  let concepts = cache.get(text);
  if (concepts === undefined) {
    if (cache.size >= 50_000) cache.clear();
    cache.set(text, (concepts = conceptsIn(text, vocabulary)));
  }
  return concepts;
}

/** Compiled once per catalogue list: scoring runs this for every listing against the same product. */
const compiledModels = new WeakMap<readonly string[], TermSet<string>>();
function neverMadeTerms(models: readonly string[]): TermSet<string> {
  let compiled = compiledModels.get(models);
  if (!compiled) {
    compiled = compileTerms(models.map((model) => ({ term: model, value: model })));
    compiledModels.set(models, compiled);
  }
  return compiled;
}

function neverMadeFindings(listing: RuleListing, product: RuleProduct, context: RuleContext): Finding[] {
  if (product.neverMadeModels.length === 0) return [];
  const title = foldText(listing.title ?? '');
  return neverMadeTerms(product.neverMadeModels).terms.flatMap(({ pattern }) => {
    const [match] = matchRanges(pattern, title);
    if (match === undefined) return [];
    const where = originalRange(title, match.start, match.end);
    return [{
      rule: 'catalogue.never_made_model', severity: 'high', expected: `a model ${product.brand} made, such as ${product.name}`, observed: listing.title.slice(where.start, where.end),
      weight: weightOf(context.weights, 'catalogue.never_made_model'),
      message: `The title offers "${listing.title.slice(where.start, where.end)}", a model ${product.brand} never made.`,
      where: { field: 'title', ...where },
    } satisfies Finding];
  });
}

/**
 * Colours (or materials) the title names that the product's colourways (or materials) do not. Skipped when the product
 * lists none, or when one of its entries names no known colour (a colourway called "Monogram" could be any colour).
 * Words that are part of the product's own name ("Sable Crossbody") are not read as colours.
 */
interface ConceptCheck {
  rule: RuleId;
  genuine: string[];
  vocabulary: Vocabulary;
  /** The sentence after 'The title says "…", but': names what the genuine product is. */
  genuineText: (product: RuleProduct) => string;
}

type Range = { start: number; end: number };

/**
 * The concepts a product's colourways (or materials) name, or null when one entry names none; once per product's
 * list, which scoring passes again for every listing matched to it.
 */
const genuineConcepts = new WeakMap<Vocabulary, WeakMap<readonly string[], { known: ReadonlySet<string>; someNameNone: boolean }>>();
function conceptsOfEntries(genuine: readonly string[], vocabulary: Vocabulary): { known: ReadonlySet<string>; someNameNone: boolean } {
  let cache = genuineConcepts.get(vocabulary);
  if (cache === undefined) genuineConcepts.set(vocabulary, (cache = new WeakMap()));
  let concepts = cache.get(genuine);
  if (concepts === undefined) {
    const perEntry = genuine.map((g) => catalogueConceptsIn(g, vocabulary));
    concepts = { known: new Set(perEntry.flatMap((c) => [...c.keys()])), someNameNone: perEntry.some((c) => c.size === 0) };
    cache.set(genuine, concepts);
  }
  return concepts;
}

function absentConcepts(listing: RuleListing, product: RuleProduct, check: ConceptCheck, skip: Range[], context: RuleContext): Finding[] {
  const { rule, genuine, vocabulary } = check;
  if (genuine.length === 0) return [];
  const { known, someNameNone } = conceptsOfEntries(genuine, vocabulary);
  if (rule === 'catalogue.colourway_not_made' && someNameNone) return [];
  const inName = catalogueConceptsIn(product.name, vocabulary);
  const findings: Finding[] = [];
  for (const [concept, where] of conceptsIn(listing.title ?? '', vocabulary)) {
    if (known.has(concept) || inName.has(concept) || skip.some((r) => where.start < r.end && r.start < where.end)) continue;
    const observed = listing.title.slice(where.start, where.end);
    findings.push({
      rule, severity: 'medium', expected: genuine.join(', '), observed,
      weight: weightOf(context.weights, rule),
      message: `The title says "${observed}", but ${check.genuineText(product)}.`,
      where: { field: 'title', ...where },
    });
  }
  return findings;
}

export const catalogueRule: Rule = (listing, product, context) => {
  if (product === null) return [];
  const neverMade = neverMadeFindings(listing, product, context);
  // A never-made model ("Aurelle Tote 34 Tiffany Blue") already accounts for the colour inside its name.
  const skip = neverMade.flatMap((f) => (f.where ? [f.where] : []));
  const colours: ConceptCheck = { rule: 'catalogue.colourway_not_made', genuine: product.colourways, vocabulary: COLOURS, genuineText: (p) => `genuine ${p.name} comes only in ${p.colourways.join(', ')}` };
  const materials: ConceptCheck = { rule: 'catalogue.material_not_used', genuine: product.materials, vocabulary: MATERIALS, genuineText: (p) => `genuine ${p.name} is made of ${p.materials.join(', ')}` };
  return [...neverMade, ...absentConcepts(listing, product, colours, skip, context), ...absentConcepts(listing, product, materials, skip, context)];
};
