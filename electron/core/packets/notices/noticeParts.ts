// The parts every notice shares: who complains (rights holder and agent), the marks and registrations, the
// listings reported, the test buys, and the signature block with its date.
import { fields, heading, paragraph, type DocumentBlock } from '../packetDocument';
import type { PacketCase, PacketListing, PacketTrademark, RightsHolder } from '../packetCase';
import { linkLine } from '../linkLists';
import type { PacketProfile } from '../packetProfiles';

export const dateOf = (time: Date): string => time.toISOString().slice(0, 10);

export function partiesBlocks(h: RightsHolder): DocumentBlock[] {
  const blocks: DocumentBlock[] = [
    heading('Rights holder'),
    fields([
      ['Name', h.ownerName],
      ['Brand', h.brandName],
      ['Address', h.ownerAddress],
      ['Country', h.ownerCountry],
      ['Email', h.ownerEmail],
      ['Telephone', h.ownerPhone],
    ]),
  ];
  if (h.agentName) {
    blocks.push(
      heading('Authorised agent'),
      fields([
        ['Name', h.agentName],
        ['Address', h.agentAddress],
        ['Email', h.agentEmail],
        ['Telephone', h.agentPhone],
        ['Authorisation', h.agentAuthorisation],
        ['Authorisation valid until', h.agentAuthorisationExpiresOn],
      ]),
    );
  }
  return blocks;
}

export const trademarkLine = (t: PacketTrademark): string =>
  `${t.mark} — ${t.office} registration no. ${t.registrationNumber}${t.classes.length ? `, class${t.classes.length > 1 ? 'es' : ''} ${t.classes.join(', ')}` : ''}${t.expiresOn ? `, valid until ${t.expiresOn}` : ''}`;

export function trademarkBlocks(marks: PacketTrademark[], title = 'Trademarks relied on'): DocumentBlock[] {
  return [heading(title), { type: 'list', items: marks.map(trademarkLine) }];
}

export function listingLabel(l: PacketListing, profile: PacketProfile): string {
  const where = linkLine(l, profile);
  const id = `${l.marketplace} item ${l.listingId}`;
  if (l.url.trim() === '') return `${id} (no URL was recorded; identify it by this item number)${where && where !== l.listingId ? ` ${where}` : ''}`;
  return `${id}: ${l.url}`;
}

export function listingBlocks(listings: PacketListing[], profile: PacketProfile): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  listings.forEach((l, i) => {
    blocks.push({ type: 'subheading', text: `${i + 1}. ${listingLabel(l, profile)}` });
    blocks.push(
      fields([
        ['Title', l.title],
        ['Seller', [l.sellerName, l.sellerRef ? `(${l.sellerRef})` : '', l.sellerLocation].filter(Boolean).join(' ')],
        ['Price', l.price !== null ? `${l.price} ${l.currency ?? ''}`.trim() : null],
        ['Reported as', l.reason],
        ['Grounds', l.findings.slice(0, 3).map((f) => f.message).join(' ')],
      ]),
    );
  });
  return blocks;
}

export function testBuyBlocks(c: PacketCase, listings: PacketListing[]): DocumentBlock[] {
  const ids = new Set(listings.map((l) => l.id));
  const buys = c.testBuys.filter((t) => t.listingId === null || ids.has(t.listingId));
  if (buys.length === 0) return [];
  return [
    heading('Test purchases'),
    ...buys.flatMap((t) => [
      fields([
        ['Order number', t.orderNumber],
        ['Ordered on', t.orderedOn],
        ['Cost', t.cost !== null ? `${t.cost} ${t.currency ?? ''}`.trim() : null],
        ['Listing', t.listingId !== null ? listings.find((l) => l.id === t.listingId)?.listingId : null],
        ['What arrived', t.received],
        ['Conclusion', t.conclusion],
      ]),
      ...(t.examination.length ? [{ type: 'list' as const, items: t.examination.map((e) => `${e.feature}: genuine ${e.expected}; received ${e.observed}`) }] : []),
    ]),
  ];
}

export function signatureBlocks(h: RightsHolder, time: Date): DocumentBlock[] {
  return [
    heading('Signature'),
    paragraph(`/${h.signatureText ?? h.signatoryName}/`, true),
    fields([
      ['Signed by', h.signatoryName],
      ['Title', h.signatoryTitle],
      ['On behalf of', h.agentName ? `${h.ownerName}, by its authorised agent ${h.agentName}` : h.ownerName],
      ['Date', dateOf(time)],
    ]),
  ];
}
