// The Alibaba IPP complaint (Alibaba.com, AliExpress, Taobao, Tmall, 1688): the rights and the registrations
// relied on, the complaint batches of at most 300 links, the grounds per listing, and the test-buy report.
import { heading, paragraph, type PacketDocument } from '../packetDocument';
import type { NoticeInput } from './noticeInput';
import { listingBlocks, partiesBlocks, signatureBlocks, testBuyBlocks, trademarkBlocks } from './noticeParts';

export function alibabaNotice({ c, profile, groups, links, time }: NoticeInput): PacketDocument {
  const listings = groups.flatMap((g) => g.listings);
  const batches = links.filter((f) => f.path.endsWith('.txt'));
  return {
    title: `Alibaba IPP complaint – ${c.rightsHolder.brandName} – ${c.name}`,
    subject: 'Intellectual property complaint (counterfeit / trademark infringement)',
    author: c.rightsHolder.ownerName,
    blocks: [
      { type: 'title', text: `Intellectual property complaint to the ${profile.recipient}` },
      paragraph(`Case: ${c.name}. Platforms: Alibaba.com, AliExpress, Taobao, Tmall and 1688.`),
      ...partiesBlocks(c.rightsHolder),
      ...trademarkBlocks(c.trademarks, 'Intellectual property rights (trademark registrations)'),
      heading('Complaint batches'),
      paragraph(`${listings.length} listing${listings.length === 1 ? '' : 's'} in ${batches.length} batch${batches.length === 1 ? '' : 'es'} of at most ${profile.linksPerBatch} links, one link a line:`),
      { type: 'list', items: batches.map((b) => `${b.path}: ${b.links} link${b.links === 1 ? '' : 's'}`) },
      heading('Reported listings and grounds'),
      ...listingBlocks(listings, profile),
      ...testBuyBlocks(c, listings),
      heading('Statement'),
      paragraph(
        'I have a good-faith belief that the listed products are counterfeit or infringe the trademarks above, and that their offer is not authorised by the rights holder, its agent or the law. The information in this complaint is accurate, and I am authorised to act on behalf of the rights holder.',
      ),
      paragraph('A comparison document per product (comparison.pdf) sets the genuine specification against each listing with the differences annotated.'),
      ...signatureBlocks(c.rightsHolder, time),
    ],
  };
}
