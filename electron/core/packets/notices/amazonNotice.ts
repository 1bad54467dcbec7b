// The Amazon Report Infringement notice: one IP type per notice (a case that mixes types gives one notice per
// type, each on its own page), ASINs or URLs, the registration numbers, and the test-buy order IDs.
import { fields, heading, paragraph, type DocumentBlock, type PacketDocument } from '../packetDocument';
import type { NoticeInput } from './noticeInput';
import { partiesBlocks, signatureBlocks, testBuyBlocks, trademarkLine } from './noticeParts';

export function amazonNotice({ c, groups, time }: NoticeInput): PacketDocument {
  const blocks: DocumentBlock[] = [];
  groups.forEach((g, i) => {
    if (i > 0) blocks.push({ type: 'pageBreak' });
    const listingIds = new Set(g.listings.map((l) => l.id));
    const orders = c.testBuys.filter((t) => t.listingId !== null && listingIds.has(t.listingId)).map((t) => t.orderNumber);
    blocks.push(
      { type: 'title', text: `Amazon Report Infringement – notice ${i + 1} of ${groups.length}` },
      fields([
        ['IP type', g.key],
        ['Rights owner', c.rightsHolder.ownerName],
        ['Brand', c.rightsHolder.brandName],
        ['Registration number', c.trademarks.map((t) => t.registrationNumber).join(', ')],
        ['Test-buy order IDs', orders.length ? orders.join(', ') : 'none'],
      ]),
      heading('Trademark registrations'),
      { type: 'list', items: c.trademarks.map(trademarkLine) },
      heading(`ASINs and URLs (${g.listings.length})`),
      { type: 'list', items: g.listings.map((l) => `ASIN ${l.listingId}${l.url ? ` – ${l.url}` : ' (no URL was recorded)'}: ${l.title}`) },
      ...(i === 0 ? partiesBlocks(c.rightsHolder) : []),
      heading('Statements'),
      paragraph(`I have a good-faith belief that the content described above is not authorised by the rights owner, its agent or the law (IP type: ${g.key}).`),
      paragraph('The information in this notice is accurate, and I am the rights owner or authorised to act on its behalf.'),
      ...signatureBlocks(c.rightsHolder, time),
    );
  });
  blocks.push(...testBuyBlocks(c, groups.flatMap((g) => g.listings)));
  return { title: `Amazon infringement notice – ${c.rightsHolder.brandName} – ${c.name}`, subject: 'Amazon Report Infringement', author: c.rightsHolder.ownerName, blocks };
}
