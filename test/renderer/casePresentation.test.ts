// How a case's moves, reasons, outcomes and custody events read on screen, and the Brand card's class parsing.
import { describe, expect, it } from 'vitest';
import { canMoveCase, CASE_TRANSITIONS, reasonsForMarketplace, resolvePlatformReason } from '../../electron/api/caseVocabulary';
import { CASE_STATUSES } from '../../electron/api/vocabulary';
import { caseMoves, describeCustodyEvent, listingOutcomeLabel, reasonOptions } from '../../renderer/src/cases/casePresentation';
import { parseClasses, rightsHolderDraft } from '../../renderer/src/settings/brandDraft';

describe('the moves a case offers', () => {
  it('offers forward moves first and only the moves the vocabulary allows', () => {
    expect(caseMoves('draft')).toEqual([{ to: 'in_review', label: 'Send for review', back: false }]);
    expect(caseMoves('ready').map((m) => [m.label, m.back])).toEqual([
      ['Mark submitted', false],
      ['Back to review', true],
    ]);
    expect(caseMoves('submitted').map((m) => m.label)).toEqual(['Resolve…']);
    expect(caseMoves('resolved').map((m) => m.label)).toEqual(['Reopen for review']);
    for (const from of CASE_STATUSES) for (const m of caseMoves(from)) expect(canMoveCase(from, m.to)).toBe(true);
  });

  it('never lets a case skip from draft to submitted or leave a submitted case except by resolving it', () => {
    expect(canMoveCase('draft', 'submitted')).toBe(false);
    expect(canMoveCase('draft', 'ready')).toBe(false);
    expect(CASE_TRANSITIONS.submitted).toEqual(['resolved']);
  });
});

describe('platform reasons', () => {
  it('reports AliExpress, Taobao and Alibaba listings through Alibaba IPP, and eBay under VeRO codes', () => {
    expect(resolvePlatformReason('aliexpress', null)?.code).toBe('alibaba_ipp:counterfeit');
    expect(resolvePlatformReason('taobao', 'trademark')?.code).toBe('alibaba_ipp:trademark');
    expect(resolvePlatformReason('ebay', null)?.platformCode).toBe('1.1');
    expect(resolvePlatformReason('amazon', 'ebay_vero:1.1')).toBeNull();
    expect(reasonsForMarketplace('ebay').every((r) => r.code.startsWith('ebay_vero:'))).toBe(true);
  });

  it('keeps a reason written before the vocabulary as an option, shown as written', () => {
    const options = reasonOptions('ebay', 'eBay VeRO 1.1 Counterfeit');
    expect(options[0]).toEqual({ value: 'eBay VeRO 1.1 Counterfeit', label: 'eBay VeRO 1.1 Counterfeit' });
    expect(options.slice(1).map((o) => o.value)).toEqual(reasonsForMarketplace('ebay').map((r) => r.code));
    expect(reasonOptions('ebay', 'ebay_vero:1.2')).toHaveLength(reasonsForMarketplace('ebay').length);
  });
});

describe('history lines', () => {
  it('says what each custody event did', () => {
    expect(describeCustodyEvent('case.status_changed', { from: 'submitted', to: 'resolved', outcome: 'partly_taken_down' })).toBe('Status changed: submitted → resolved (Partly taken down)');
    expect(describeCustodyEvent('case.listings_added', { count: 3 })).toBe('Listings added: 3');
    expect(describeCustodyEvent('case.listing_reason_changed', { listingId: 7, to: 'ebay_vero:1.2' })).toBe('Reason changed for listing 7: 1.2 Trademark – listing uses the mark in an infringing way');
    expect(describeCustodyEvent('evidence.added', { originalName: 'shot.png' })).toBe('Evidence added: shot.png');
    expect(describeCustodyEvent('something.else', {})).toBe('something.else');
    expect(listingOutcomeLabel(null)).toBe('Pending');
  });
});

describe('the Brand card', () => {
  it('reads Nice classes typed with commas or spaces, and refuses a class outside 1–45 by name', () => {
    expect(parseClasses('25, 18 9 18')).toEqual([9, 18, 25]);
    expect(parseClasses('')).toEqual([]);
    expect(parseClasses('18, 46')).toBe('"46" is not a Nice class; classes run from 1 to 45.');
    expect(parseClasses('bags')).toBe('"bags" is not a Nice class; classes run from 1 to 45.');
  });

  it('starts a new brand from empty fields and an existing one from its stored values', () => {
    expect(rightsHolderDraft(null).ownerName).toBe('');
    const draft = rightsHolderDraft({ brandId: 1, brandName: 'Corvanne', ownerName: 'Corvanne SA', ownerAddress: null, ownerEmail: 'legal@corvanne.example', ownerPhone: null, ownerCountry: 'FR', agentName: null, agentAddress: null, agentEmail: null, agentPhone: null, agentAuthorisation: null, agentAuthorisationExpiresOn: null, signatoryName: null, signatoryTitle: null, signatureText: null });
    expect(draft).toMatchObject({ brandName: 'Corvanne', ownerEmail: 'legal@corvanne.example', ownerAddress: '' });
    expect('brandId' in draft).toBe(false);
  });
});
