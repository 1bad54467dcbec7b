import { describe, expect, it } from 'vitest';
import { catalogueRule } from '../../electron/core/compare/rules/catalogueRule';
import { context, listing, product } from './ruleFixtures';

const check = (title: string, productOver: Parameters<typeof product>[0] = {}) => catalogueRule(listing({ title }), product(productOver), context());

describe('the catalogue rule', () => {
  it('flags a model the brand never made, quoting it from the title', () => {
    const title = 'NEW Corvanne aurelle tote 40 noir';
    const [finding] = check(title);
    expect(finding).toMatchObject({ rule: 'catalogue.never_made_model', severity: 'high', observed: 'aurelle tote 40', where: { field: 'title', start: 13, end: 28 } });
    expect(finding?.message).toBe('The title offers "aurelle tote 40", a model Corvanne never made.');
  });

  it('does not take the genuine model for a never-made one that starts the same way', () => {
    expect(check('Corvanne Aurelle Tote 34 Noir')).toEqual([]);
    expect(check('Corvanne Aurelle Tote 400')).toEqual([]);
  });

  it('flags a colour absent from the product’s colourways, in any of several languages', () => {
    expect(check('Corvanne Aurelle Tote 34 Pink').map((f) => f.observed)).toEqual(['Pink']);
    expect(check('Corvanne Aurelle Tote 34 粉色').map((f) => f.observed)).toEqual(['粉色']);
    expect(check('Bolso Corvanne Aurelle 34 amarillo')[0]?.message).toBe('The title says "amarillo", but genuine Aurelle Tote 34 comes only in Noir, Cognac, Taupe, Bordeaux.');
  });

  it('accepts a colour that is a colourway under another name: Black for Noir, Burgundy for Bordeaux, Brown for Cognac', () => {
    expect(check('Corvanne Aurelle Tote 34 Black Burgundy Brown 黑色')).toEqual([]);
  });

  it('does not read metal finishes or the product’s own name as colours', () => {
    expect(check('Corvanne Aurelle Tote 34 rose gold hardware')).toEqual([]);
    expect(check('Corvanne Sable Crossbody', { name: 'Sable Crossbody', colourways: ['Noir'] })).toEqual([]);
  });

  it('stays silent about colours when a colourway names no known colour', () => {
    expect(check('Corvanne Tote Pink', { colourways: ['Noir', 'Monogram'] })).toEqual([]);
    expect(check('Corvanne Tote Pink', { colourways: [] })).toEqual([]);
  });

  it('does not count the colour inside a never-made model twice', () => {
    expect(check('Corvanne Aurelle Tote 34 Tiffany Blue').map((f) => f.rule)).toEqual(['catalogue.never_made_model']);
  });

  it('flags a material the product is never made of, preferring "PU leather" over the "leather" in it', () => {
    const findings = check('Corvanne Aurelle Tote 34 PU Leather');
    expect(findings).toEqual([expect.objectContaining({ rule: 'catalogue.material_not_used', observed: 'PU Leather' })]);
    expect(findings[0]?.message).toContain('genuine Aurelle Tote 34 is made of Grained calfskin leather');
  });

  it('accepts materials the product is made of', () => {
    expect(check('Corvanne Aurelle Tote 34 genuine leather canvas cotton')).toEqual([]);
  });

  it('returns nothing without a matched product or for a listing with no title', () => {
    expect(catalogueRule(listing({ title: 'Aurelle Tote 40 Pink PU' }), null, context())).toEqual([]);
    expect(check('')).toEqual([]);
  });
});
