// The Brand card's editable text: the rights holder's fields as strings for the inputs, and Nice classes typed
// as "18, 25" read into numbers (or a sentence saying what is wrong).
import type { RightsHolderRecord } from '../../../electron/api/caseContract';

export type RightsHolderDraft = { [K in Exclude<keyof RightsHolderRecord, 'brandId'>]: string };

const EMPTY: RightsHolderDraft = {
  brandName: '',
  ownerName: '',
  ownerAddress: '',
  ownerEmail: '',
  ownerPhone: '',
  ownerCountry: '',
  agentName: '',
  agentAddress: '',
  agentEmail: '',
  agentPhone: '',
  agentAuthorisation: '',
  agentAuthorisationExpiresOn: '',
  signatoryName: '',
  signatoryTitle: '',
  signatureText: '',
};

export function rightsHolderDraft(details: RightsHolderRecord | null): RightsHolderDraft {
  if (!details) return { ...EMPTY };
  const draft = { ...EMPTY };
  for (const key of Object.keys(EMPTY) as (keyof RightsHolderDraft)[]) draft[key] = details[key] ?? '';
  return draft;
}

/** "18, 25 9" → [9, 18, 25]; a class outside 1–45 or a word gives the sentence to show. */
export function parseClasses(text: string): number[] | string {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  const classes: number[] = [];
  for (const p of parts) {
    if (!/^\d{1,2}$/.test(p) || Number(p) < 1 || Number(p) > 45) return `"${p}" is not a Nice class; classes run from 1 to 45.`;
    classes.push(Number(p));
  }
  return [...new Set(classes)].sort((a, b) => a - b);
}
