// Which of a case's listings go into a profile's packet, grouped the way the platform takes them (one IP type
// per Amazon notice, one reason code per eBay page), with the refusals for a case that has nothing to report.
import { AssayError } from '../errors';
import type { PacketCase, PacketListing } from './packetCase';
import type { PacketProfile } from './packetProfiles';

export interface ListingGroup {
  key: string;
  listings: PacketListing[];
}

export interface ProfileListings {
  groups: ListingGroup[];
  /** Listings of the case on marketplaces this profile does not cover, left out of its packet. */
  leftOut: PacketListing[];
  /** Listings that have no URL and are named by their item number instead. */
  withoutUrl: PacketListing[];
}

export function profileListings(c: PacketCase, profile: PacketProfile): ProfileListings {
  if (c.listings.length === 0) throw new AssayError('invalid_input', `Case ${c.id} ("${c.name}") has no listings, so there is nothing to report. Add listings to the case first.`);
  const covered = (l: PacketListing) => profile.marketplaces === null || profile.marketplaces.includes(l.marketplace.toLowerCase());
  const included = c.listings.filter(covered);
  const leftOut = c.listings.filter((l) => !covered(l));
  if (included.length === 0) {
    const on = [...new Set(c.listings.map((l) => l.marketplace))].sort().join(', ');
    throw new AssayError('invalid_input', `Case ${c.id} ("${c.name}") has no listings on the marketplaces the ${profile.id} profile covers (${profile.marketplaces!.join(', ')}); its listings are on ${on}.`);
  }
  const groups = new Map<string, PacketListing[]>();
  for (const l of included) {
    const key = profile.groupOf(l);
    if (profile.id === 'ebay' && key === 'none') {
      throw new AssayError('invalid_input', `eBay takes one VeRO reason code per listing, and listing ${l.listingId} in case ${c.id} is reported under "${l.reason || '(no reason)'}", which names none. Set its reason (e.g. "1.1 Counterfeit") in the case.`);
    }
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(l);
  }
  return {
    groups: [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, listings]) => ({ key, listings })),
    leftOut,
    withoutUrl: included.filter((l) => l.url.trim() === ''),
  };
}
