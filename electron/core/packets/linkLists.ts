// The link lists a platform's complaint form takes: one link a line in files of at most the profile's batch
// size (300 for Alibaba IPP), each with a CSV twin that says which listing, seller and reason every line is.
import { packetCsv } from './packetCsv';
import type { PacketListing } from './packetCase';
import type { PacketProfile } from './packetProfiles';
import type { ListingGroup } from './profileListings';

export interface LinkListFile {
  path: string;
  text: string;
  links: number;
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'links';

/** What stands on a listing's line: its URL, or its item number where the platform takes those. */
export function linkLine(l: PacketListing, profile: PacketProfile): string | null {
  if (l.url.trim() !== '') return l.url.trim();
  return profile.itemNumbersInLinks && l.listingId.trim() !== '' ? l.listingId.trim() : null;
}

export function linkLists(groups: ListingGroup[], profile: PacketProfile): LinkListFile[] {
  const files: LinkListFile[] = [];
  for (const g of groups) {
    const prefix = groups.length === 1 ? 'links' : `links-${slug(g.key)}`;
    const batches = Math.max(1, Math.ceil(g.listings.length / profile.linksPerBatch));
    for (let b = 0; b < batches; b++) {
      const part = g.listings.slice(b * profile.linksPerBatch, (b + 1) * profile.linksPerBatch);
      const name = `links/${prefix}-${String(b + 1).padStart(3, '0')}`;
      const lines = part.map((l) => linkLine(l, profile)).filter((x): x is string => x !== null);
      files.push({ path: `${name}.txt`, text: lines.length ? `${lines.join('\n')}\n` : '', links: lines.length });
      files.push({
        path: `${name}.csv`,
        links: lines.length,
        text: packetCsv(
          ['marketplace', 'item_number', 'url', 'title', 'seller', 'reason', 'note'],
          part.map((l) => [
            l.marketplace,
            l.listingId,
            l.url,
            l.title,
            l.sellerName,
            l.reason,
            l.url.trim() === '' ? (linkLine(l, profile) ? 'No URL was recorded; the item number stands in the link list.' : 'No URL was recorded; identify the listing by its item number.') : '',
          ]),
        ),
      });
    }
  }
  return files;
}
