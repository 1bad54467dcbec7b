// The rights holder's details every notice draws on (Settings → Brand): owner, agent and authorisation,
// signature block, and the registered trademarks with their mark images. Each save is validated field by field,
// and written with its custody event in one transaction.
import type Database from 'better-sqlite3';
import type { RightsHolderDetails } from '../../api/caseContract';
import { TRADEMARK_KINDS, type TrademarkKind } from '../../api/caseVocabulary';
import {
  brandTrademarks,
  deleteTrademark,
  getRightsHolder,
  insertBrandRow,
  insertTrademark,
  listBrands,
  trademarkBrandId,
  trademarkByRegistration,
  updateRightsHolder,
  updateTrademark,
  type RightsHolderRecord,
  type TrademarkRecord,
} from '../db/brandRepository';
import { AssayError } from '../errors';
import { appendCustodyEvent } from './custodyLog';
import type { EvidenceStore } from './evidenceStore';

export type RightsHolderInput = Omit<RightsHolderRecord, 'brandId'>;

export type { RightsHolderDetails };

export interface TrademarkInput {
  mark: string;
  kind: TrademarkKind;
  office: string;
  registrationNumber: string;
  classes: number[];
  registeredOn: string | null;
  expiresOn: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The first brand's details, or null in a workspace without a brand. */
export function rightsHolderDetails(db: Database.Database, brandId?: number): RightsHolderDetails | null {
  const id = brandId ?? listBrands(db)[0]?.id;
  if (id === undefined) return null;
  const r = getRightsHolder(db, id);
  return r ? { ...r, trademarks: brandTrademarks(db, id) } : null;
}

const blankToNull = (v: string | null | undefined): string | null => (v === null || v === undefined || v.trim() === '' ? null : v.trim());

function checkDate(field: string, value: string | null): string | null {
  if (value === null) return null;
  if (!DATE.test(value) || Number.isNaN(Date.parse(value))) throw new AssayError('invalid_input', `${field} "${value}" is not a date written YYYY-MM-DD.`);
  return value;
}

function checkEmail(field: string, value: string | null): string | null {
  if (value !== null && !EMAIL.test(value)) throw new AssayError('invalid_input', `${field} "${value}" is not an e-mail address.`);
  return value;
}

/** Validates the rights holder's fields, each refusal naming the field. */
export function validateRightsHolder(input: RightsHolderInput): RightsHolderInput {
  const brandName = input.brandName.trim();
  const ownerName = input.ownerName.trim();
  if (!brandName) throw new AssayError('invalid_input', 'The brand needs a name.');
  if (!ownerName) throw new AssayError('invalid_input', 'The rights holder (owner name) is required: notices are made in their name.');
  const agentName = blankToNull(input.agentName);
  const agentAuthorisation = blankToNull(input.agentAuthorisation);
  if (agentName !== null && agentAuthorisation === null) throw new AssayError('invalid_input', `The agent ${agentName} needs their authorisation (how the rights holder empowered them to act).`);
  const country = blankToNull(input.ownerCountry);
  if (country !== null && !/^[A-Za-z]{2}$/.test(country)) throw new AssayError('invalid_input', `The owner's country "${country}" is not a two-letter country code (such as FR or US).`);
  return {
    brandName,
    ownerName,
    ownerAddress: blankToNull(input.ownerAddress),
    ownerEmail: checkEmail("The owner's e-mail", blankToNull(input.ownerEmail)),
    ownerPhone: blankToNull(input.ownerPhone),
    ownerCountry: country?.toUpperCase() ?? null,
    agentName,
    agentAddress: blankToNull(input.agentAddress),
    agentEmail: checkEmail("The agent's e-mail", blankToNull(input.agentEmail)),
    agentPhone: blankToNull(input.agentPhone),
    agentAuthorisation,
    agentAuthorisationExpiresOn: checkDate("The agent's authorisation expiry", blankToNull(input.agentAuthorisationExpiresOn)),
    signatoryName: blankToNull(input.signatoryName),
    signatoryTitle: blankToNull(input.signatoryTitle),
    signatureText: blankToNull(input.signatureText),
  };
}

/** Saves the rights holder of a brand (the workspace's first, created when there is none yet). */
export function saveRightsHolder(db: Database.Database, input: RightsHolderInput, actor: string, at: string, brandId?: number): RightsHolderDetails {
  const clean = validateRightsHolder(input);
  return db.transaction(() => {
    let id = brandId ?? listBrands(db)[0]?.id;
    const other = listBrands(db).find((b) => b.name.toLowerCase() === clean.brandName.toLowerCase() && b.id !== id);
    if (other) throw new AssayError('invalid_input', `Another brand is already called "${other.name}".`);
    const created = id === undefined;
    if (id === undefined) id = insertBrandRow(db, clean.brandName, clean.ownerName, at);
    const before = getRightsHolder(db, id);
    if (!before) throw new AssayError('not_found', `Brand ${id} does not exist in this workspace.`);
    const after = { ...clean, brandId: id };
    updateRightsHolder(db, after);
    const changed = (Object.keys(clean) as (keyof RightsHolderInput)[]).filter((k) => created || before[k] !== after[k]);
    if (changed.length) {
      appendCustodyEvent(db, { at, actor, action: created ? 'brand.created' : 'brand.rights_holder_edited', subjectType: 'brand', subjectId: id, details: { changed, after } });
    }
    return rightsHolderDetails(db, id)!;
  })();
}

export function validateTrademark(t: TrademarkInput): TrademarkInput {
  const mark = t.mark.trim();
  const office = t.office.trim();
  const registrationNumber = t.registrationNumber.trim();
  if (!mark) throw new AssayError('invalid_input', 'A trademark needs its mark (the word or the name of the logo).');
  if (!office) throw new AssayError('invalid_input', `The trademark "${mark}" needs its office (such as USPTO or EUIPO).`);
  if (!registrationNumber) throw new AssayError('invalid_input', `The trademark "${mark}" needs its registration number.`);
  if (!TRADEMARK_KINDS.includes(t.kind)) throw new AssayError('invalid_input', `"${t.kind}" is not a kind of mark; use one of ${TRADEMARK_KINDS.join(', ')}.`);
  const bad = t.classes.find((c) => !Number.isInteger(c) || c < 1 || c > 45);
  if (bad !== undefined) throw new AssayError('invalid_input', `The trademark "${mark}" names class ${bad}; Nice classes run from 1 to 45.`);
  const registeredOn = checkDate(`The registration date of "${mark}"`, blankToNull(t.registeredOn));
  const expiresOn = checkDate(`The expiry of "${mark}"`, blankToNull(t.expiresOn));
  if (registeredOn && expiresOn && expiresOn <= registeredOn) throw new AssayError('invalid_input', `The trademark "${mark}" expires (${expiresOn}) before it was registered (${registeredOn}).`);
  return { mark, kind: t.kind, office, registrationNumber, classes: [...new Set(t.classes)].sort((a, b) => a - b), registeredOn, expiresOn };
}

/** Adds a trademark to a brand, or replaces one (by id); the office and number stay unique. */
export function saveTrademark(db: Database.Database, brandId: number, id: number | null, input: TrademarkInput, actor: string, at: string): TrademarkRecord {
  const t = validateTrademark(input);
  return db.transaction(() => {
    if (!getRightsHolder(db, brandId)) throw new AssayError('not_found', `Brand ${brandId} does not exist in this workspace.`);
    const clash = trademarkByRegistration(db, t.office, t.registrationNumber);
    if (clash && clash.id !== id) throw new AssayError('invalid_input', `Registration ${t.registrationNumber} at ${t.office} is already recorded (trademark ${clash.id}).`);
    let trademarkId: number;
    if (id === null) {
      trademarkId = insertTrademark(db, brandId, { ...t, markImageSha256: null });
    } else {
      if (trademarkBrandId(db, id) !== brandId) throw new AssayError('not_found', `Trademark ${id} does not exist for this brand.`);
      const before = brandTrademarks(db, brandId).find((x) => x.id === id)!;
      updateTrademark(db, { ...t, id, markImageSha256: before.markImageSha256 });
      trademarkId = id;
    }
    appendCustodyEvent(db, { at, actor, action: id === null ? 'trademark.added' : 'trademark.edited', subjectType: 'trademark', subjectId: trademarkId, details: { brandId, ...t } });
    return brandTrademarks(db, brandId).find((x) => x.id === trademarkId)!;
  })();
}

export function removeTrademark(db: Database.Database, trademarkId: number, actor: string, at: string): void {
  db.transaction(() => {
    const brandId = trademarkBrandId(db, trademarkId);
    if (brandId === null) throw new AssayError('not_found', `Trademark ${trademarkId} does not exist in this workspace.`);
    const before = brandTrademarks(db, brandId).find((x) => x.id === trademarkId)!;
    deleteTrademark(db, trademarkId);
    appendCustodyEvent(db, { at, actor, action: 'trademark.removed', subjectType: 'trademark', subjectId: trademarkId, details: { brandId, before } });
  })();
}

/** Stores a mark image in the evidence store and records its hash on the trademark. */
export async function setTrademarkImage(db: Database.Database, store: EvidenceStore, trademarkId: number, file: string, actor: string, at: string): Promise<TrademarkRecord> {
  const brandId = trademarkBrandId(db, trademarkId);
  if (brandId === null) throw new AssayError('not_found', `Trademark ${trademarkId} does not exist in this workspace.`);
  const stored = await store.putFile(file);
  return db.transaction(() => {
    const before = brandTrademarks(db, brandId).find((x) => x.id === trademarkId)!;
    updateTrademark(db, { ...before, markImageSha256: stored.sha256 });
    appendCustodyEvent(db, { at, actor, action: 'trademark.mark_image_set', subjectType: 'trademark', subjectId: trademarkId, details: { sha256: stored.sha256, size: stored.size, previous: before.markImageSha256 } });
    return { ...before, markImageSha256: stored.sha256 };
  })();
}
