import { describe, expect, it } from 'vitest';
import { ftsQuery, searchableText } from '../../electron/core/listings/searchText';

describe('search text', () => {
  it('splits Chinese runs into characters so a two-character term can match inside them', () => {
    expect(searchableText('高仿手表').split(/\s+/).filter(Boolean)).toEqual(['高', '仿', '手', '表']);
  });

  it('folds full-width letters and digits to their plain forms', () => {
    expect(searchableText('ＡＡＡ　１：１')).toBe('AAA 1:1');
  });

  it('turns every word into a quoted prefix phrase, so FTS5 syntax is taken literally', () => {
    expect(ftsQuery('replica bag')).toBe('"replica"* AND "bag"*');
    expect(ftsQuery('NEAR(" OR')).toBe('"NEAR("""* AND "OR"*');
  });

  it('returns null when nothing searchable was typed', () => {
    expect(ftsQuery('   ')).toBeNull();
    expect(ftsQuery('- * "')).toBeNull();
  });

  it('queries CJK words as a phrase of characters', () => {
    expect(ftsQuery('高仿')).toBe('"高 仿"*');
  });
});
