// A notice in the Lumen database's structure (title, type, date sent, works with their infringing URLs, the
// mark registration numbers, and entities by role), written as notice.json beside a readable notice.pdf.
import { fields, heading, paragraph, type PacketDocument } from '../packetDocument';
import type { RightsHolder } from '../packetCase';
import type { NoticeInput } from './noticeInput';
import { dateOf, listingLabel, trademarkLine } from './noticeParts';

interface LumenEntity {
  name: string;
  kind: 'organization' | 'individual';
  address_line_1?: string;
  country_code?: string;
  email?: string;
  phone?: string;
}

const entity = (name: string, more: Omit<LumenEntity, 'name' | 'kind'> = {}): LumenEntity => {
  const out: LumenEntity = { name, kind: 'organization' };
  for (const [k, v] of Object.entries(more)) if (v) (out as unknown as Record<string, string>)[k] = v;
  return out;
};

function entities(h: RightsHolder, recipient: string) {
  const principal = entity(h.ownerName, { address_line_1: h.ownerAddress ?? undefined, country_code: h.ownerCountry ?? undefined, email: h.ownerEmail ?? undefined, phone: h.ownerPhone ?? undefined });
  const agent = h.agentName ? entity(h.agentName, { address_line_1: h.agentAddress ?? undefined, email: h.agentEmail ?? undefined, phone: h.agentPhone ?? undefined }) : null;
  return [
    { name: 'principal', entity_attributes: principal },
    ...(agent ? [{ name: 'agent', entity_attributes: agent }] : []),
    { name: 'sender', entity_attributes: agent ?? principal },
    { name: 'recipient', entity_attributes: entity(recipient) },
  ];
}

/** The Lumen notice as JSON: one work per genuine mark group, with the listings' URLs as infringing URLs. */
export function lumenNoticeJson({ c, profile, groups, time }: NoticeInput): Record<string, unknown> {
  const listings = groups.flatMap((g) => g.listings);
  const type = groups.some((g) => g.key === 'Counterfeit') ? 'Counterfeit' : 'Trademark';
  const recipients = [...new Set(listings.map((l) => l.marketplace))].sort().join(', ');
  return {
    notice: {
      title: `${type} takedown notice – ${c.rightsHolder.brandName} – ${c.name}`,
      type,
      subject: `${c.rightsHolder.brandName} ${type === 'Counterfeit' ? 'counterfeit goods' : 'trademark infringement'} on ${recipients}`,
      date_sent: dateOf(time),
      language: 'en',
      mark_registration_number: c.trademarks.map((t) => t.registrationNumber).join(', '),
      marks: c.trademarks.map((t) => ({ mark: t.mark, office: t.office, registration_number: t.registrationNumber, classes: t.classes })),
      works_attributes: groups.map((g) => ({
        description: `${c.rightsHolder.brandName} marks (${c.trademarks.map((t) => t.registrationNumber).join(', ')}) – ${g.key}`,
        kind: g.key,
        infringing_urls_attributes: g.listings.map((l) => ({ url: l.url.trim() !== '' ? l.url : `${l.marketplace}:item:${l.listingId}` })),
      })),
      entity_notice_roles_attributes: entities(c.rightsHolder, profile.recipient),
    },
  };
}

export function lumenNoticeDocument(input: NoticeInput): PacketDocument {
  const { c, profile, groups, time } = input;
  const json = lumenNoticeJson(input).notice as { title: string; type: string };
  const h = c.rightsHolder;
  return {
    title: json.title,
    subject: `Lumen notice (${json.type})`,
    author: h.ownerName,
    blocks: [
      { type: 'title', text: json.title },
      fields([
        ['Type', json.type],
        ['Date sent', dateOf(time)],
        ['Principal', h.ownerName],
        ['Agent', h.agentName],
        ['Sender', h.agentName ?? h.ownerName],
        ['Recipient', profile.recipient],
      ]),
      heading('Marks'),
      { type: 'list', items: c.trademarks.map(trademarkLine) },
      heading('Infringing URLs'),
      { type: 'list', items: groups.flatMap((g) => g.listings).map((l) => listingLabel(l, profile)) },
      paragraph('The same notice in the Lumen database structure is in notice.json.'),
    ],
  };
}
