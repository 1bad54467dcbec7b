// A notice under 17 U.S.C. 512(c)(3)(A), with each of its six elements written out in words and in order:
// signature, the work or mark, the infringing material and where it is, contact information, the good-faith
// statement, and the accuracy statement under penalty of perjury.
import { fields, heading, paragraph, type PacketDocument } from '../packetDocument';
import type { NoticeInput } from './noticeInput';
import { dateOf, listingLabel, trademarkLine } from './noticeParts';

export function dmcaNotice({ c, profile, groups, time }: NoticeInput): PacketDocument {
  const h = c.rightsHolder;
  const listings = groups.flatMap((g) => g.listings);
  return {
    title: `DMCA notice – ${h.brandName} – ${c.name}`,
    subject: 'Notification of claimed infringement under 17 U.S.C. 512(c)(3)',
    author: h.ownerName,
    blocks: [
      { type: 'title', text: 'Notification of claimed infringement under 17 U.S.C. § 512(c)(3)' },
      paragraph(`To the ${profile.recipient}. This notice is sent on behalf of ${h.ownerName}${h.agentName ? ` by its authorised agent ${h.agentName}` : ''}.`),
      heading('1. Signature'),
      paragraph(`This notice bears the electronic signature of a person authorised to act on behalf of the owner of the rights that are allegedly infringed: /${h.signatureText ?? h.signatoryName}/ — ${h.signatoryName}${h.signatoryTitle ? `, ${h.signatoryTitle}` : ''}, dated ${dateOf(time)}.`),
      heading('2. Identification of the work or mark claimed to be infringed'),
      paragraph(`The ${h.brandName} brand, its product designs, photographs and descriptions, and the following registered marks:`),
      { type: 'list', items: c.trademarks.map(trademarkLine) },
      heading('3. Identification of the infringing material and where it is'),
      paragraph(`The following ${listings.length} listing${listings.length === 1 ? '' : 's'} offer counterfeit goods or use the works and marks above without authorisation. Each is identified by its URL, or by its item number where no URL was recorded; the same list is in links/.`),
      { type: 'list', items: listings.map((l) => `${listingLabel(l, profile)} – ${l.title}`) },
      heading('4. Contact information of the complaining party'),
      fields([
        ['Name', h.ownerName],
        ['Address', h.ownerAddress],
        ['Telephone', h.ownerPhone],
        ['Email', h.ownerEmail],
        ['Agent', h.agentName],
        ['Agent email', h.agentEmail],
      ]),
      heading('5. Statement of good faith'),
      paragraph('I have a good faith belief that use of the material in the manner complained of is not authorized by the copyright or trademark owner, its agent, or the law.'),
      heading('6. Statement of accuracy and authority'),
      paragraph('The information in this notification is accurate, and under penalty of perjury, I am authorized to act on behalf of the owner of an exclusive right that is allegedly infringed.'),
    ],
  };
}
