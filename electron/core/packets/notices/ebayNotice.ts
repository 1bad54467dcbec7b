// The eBay VeRO Notice of Claimed Infringement (NOCI) layout: the rights owner's details, then one page per
// reason code with its item numbers, each page signed and dated, as eBay's form asks.
import { fields, heading, paragraph, type DocumentBlock, type PacketDocument } from '../packetDocument';
import { EBAY_REASON_LABELS } from '../packetProfiles';
import type { NoticeInput } from './noticeInput';
import { partiesBlocks, signatureBlocks, trademarkBlocks } from './noticeParts';

export function ebayNotice({ c, groups, time }: NoticeInput): PacketDocument {
  const blocks: DocumentBlock[] = [
    { type: 'title', text: 'Notice of Claimed Infringement (eBay VeRO Program)' },
    paragraph(`Case: ${c.name}.`),
    ...partiesBlocks(c.rightsHolder),
    ...trademarkBlocks(c.trademarks, 'Intellectual property owned'),
  ];
  for (const g of groups) {
    blocks.push(
      { type: 'pageBreak' },
      { type: 'title', text: `Reason code ${g.key}: ${EBAY_REASON_LABELS[g.key] ?? g.listings[0]!.reason}` },
      fields([
        ['Rights owner', c.rightsHolder.ownerName],
        ['Email', c.rightsHolder.ownerEmail],
        ['Telephone', c.rightsHolder.ownerPhone],
      ]),
      heading(`Item numbers (${g.listings.length})`),
      { type: 'list', items: g.listings.map((l) => `${l.listingId}${l.url ? ` – ${l.url}` : ' (no URL was recorded)'} – ${l.title}`) },
      heading('Statements'),
      paragraph('I have a good-faith belief that the use of the material in the manner complained of is not authorised by the intellectual property rights owner, its agent, or the law.'),
      paragraph('The information in this notice is accurate, and under penalty of perjury, I am the owner, or an agent authorised to act on behalf of the owner, of the intellectual property rights that are allegedly infringed.'),
      ...signatureBlocks(c.rightsHolder, time),
    );
  }
  return { title: `eBay VeRO NOCI – ${c.rightsHolder.brandName} – ${c.name}`, subject: 'Notice of Claimed Infringement', author: c.rightsHolder.ownerName, blocks };
}
