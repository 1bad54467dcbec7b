// The DHgate IPR complaint: the IP document details (name, type, registration number, class, expiry) for each
// registration, and the item links reported.
import { heading, paragraph, type PacketDocument } from '../packetDocument';
import type { NoticeInput } from './noticeInput';
import { listingBlocks, partiesBlocks, signatureBlocks, testBuyBlocks } from './noticeParts';

export function dhgateNotice({ c, profile, groups, time }: NoticeInput): PacketDocument {
  const listings = groups.flatMap((g) => g.listings);
  return {
    title: `DHgate IPR complaint – ${c.rightsHolder.brandName} – ${c.name}`,
    subject: 'Intellectual property rights complaint',
    author: c.rightsHolder.ownerName,
    blocks: [
      { type: 'title', text: `Intellectual property rights complaint to ${profile.recipient}` },
      ...partiesBlocks(c.rightsHolder),
      heading('IP documents'),
      ...c.trademarks.map((t) => ({
        type: 'fields' as const,
        rows: [
          ['IP name', t.mark],
          ['IP type', `Trademark (${t.kind})`],
          ['Registration number', t.registrationNumber],
          ['Registration office', t.office],
          ['Class', t.classes.join(', ')],
          ['Expiry date', t.expiresOn ?? ''],
        ] as [string, string][],
      })),
      heading(`Item links (${listings.length})`),
      ...listingBlocks(listings, profile),
      ...testBuyBlocks(c, listings),
      heading('Statement'),
      paragraph('I have a good-faith belief that the items above infringe the intellectual property rights listed, without authorisation of the rights holder, its agent or the law. The information in this complaint is accurate.'),
      ...signatureBlocks(c.rightsHolder, time),
    ],
  };
}
