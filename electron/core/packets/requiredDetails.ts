// The rights-holder details each profile's notice cannot go without. A missing one refuses the packet with a
// sentence naming the field and where to fill it in.
import { AssayError } from '../errors';
import type { PacketCase, RightsHolder } from './packetCase';
import type { PacketProfile, PacketProfileId } from './packetProfiles';

type Field = { key: keyof RightsHolder; label: string };

const COMMON: Field[] = [
  { key: 'ownerName', label: "rights holder's name (owner_name)" },
  { key: 'ownerAddress', label: "rights holder's address (owner_address)" },
  { key: 'ownerEmail', label: "rights holder's email (owner_email)" },
  { key: 'signatoryName', label: "signatory's name (signatory_name)" },
];

const BY_PROFILE: Record<PacketProfileId, Field[]> = {
  alibaba: [],
  amazon: [],
  ebay: [
    { key: 'ownerPhone', label: "rights owner's telephone (owner_phone)" },
    { key: 'signatoryTitle', label: "signatory's title (signatory_title)" },
  ],
  dhgate: [],
  dmca: [{ key: 'ownerPhone', label: "rights holder's telephone (owner_phone)" }],
  lumen: [{ key: 'ownerCountry', label: "rights holder's country (owner_country)" }],
};

/** Throws 'missing_detail' naming the first detail the profile needs that the brand lacks. */
export function checkRequiredDetails(c: PacketCase, profile: PacketProfile): void {
  const holder = c.rightsHolder;
  const where = `Fill it in under Settings → Brand for "${holder.brandName}".`;
  for (const f of [...COMMON, ...BY_PROFILE[profile.id]]) {
    const v = holder[f.key];
    if (v === null || (typeof v === 'string' && v.trim() === '')) throw new AssayError('missing_detail', `The ${profile.id} packet needs the ${f.label}, which is missing. ${where}`);
  }
  if (holder.agentName && !holder.agentAuthorisation) {
    throw new AssayError('missing_detail', `The ${profile.id} packet is sent by the agent ${holder.agentName}, but the agent's authorisation (agent_authorisation) is missing. ${where}`);
  }
  if (c.trademarks.length === 0) throw new AssayError('missing_detail', `The ${profile.id} packet needs at least one trademark registration (trademark), and "${holder.brandName}" has none. ${where}`);
  for (const t of c.trademarks) {
    if (!t.registrationNumber.trim()) throw new AssayError('missing_detail', `The ${profile.id} packet needs the registration number (registration_number) of the mark "${t.mark}". ${where}`);
    if (profile.id === 'dhgate') {
      if (t.classes.length === 0) throw new AssayError('missing_detail', `The dhgate packet needs the classes (classes) of registration ${t.registrationNumber} ("${t.mark}"). ${where}`);
      if (!t.expiresOn) throw new AssayError('missing_detail', `The dhgate packet needs the expiry date (expires_on) of registration ${t.registrationNumber} ("${t.mark}"). ${where}`);
    }
  }
}
