// What goes into one packet, decided before anything is written: the generated files (notice, comparison,
// link lists, custody extract, verifier, public key) with builders for their bytes, and the evidence files by
// their store hash. The preview shows this plan; the export builds and writes it.
import type { PacketCase, PacketEvidence } from './packetCase';
import { comparisonDocument } from './comparisonDocument';
import { custodyCsv } from './custodyCsv';
import { evidencePath } from './evidenceNames';
import { linkLists } from './linkLists';
import { lumenNoticeJson } from './notices/lumenNotice';
import { noticeFor } from './notices/noticeFor';
import { PUBLIC_KEY, type FileRole } from './packetManifest';
import type { PacketProfile } from './packetProfiles';
import { profileListings } from './profileListings';
import { renderPdf } from './renderPdf';
import { checkRequiredDetails } from './requiredDetails';
import { verifyPageHtml } from './verifyPage';

export interface GeneratedFile {
  path: string;
  role: FileRole;
  build(): Promise<Buffer>;
}

export interface EvidenceFile {
  path: string;
  role: 'evidence';
  sha256: string;
  size: number;
  evidenceId: number;
  originalName: string;
}

export interface PacketPlan {
  generated: GeneratedFile[];
  evidence: EvidenceFile[];
  listings: number;
  links: number;
  linkFiles: number;
  /** Things the person should know that do not stop the export. */
  notes: string[];
}

export interface PlanOptions {
  time: Date;
  producer: string;
  publicKeyPem: string;
  /** Where the store keeps an evidence file, for photos drawn into comparison.pdf. */
  photoFile(e: PacketEvidence): string;
}

const text = (s: string) => () => Promise.resolve(Buffer.from(s, 'utf8'));

/** Throws 'missing_detail' or 'invalid_input' with a sentence when the case cannot make this packet. */
export function planPacket(c: PacketCase, profile: PacketProfile, o: PlanOptions): PacketPlan {
  checkRequiredDetails(c, profile);
  const { groups, leftOut, withoutUrl } = profileListings(c, profile);
  const links = linkLists(groups, profile);
  const included = new Set(groups.flatMap((g) => g.listings.map((l) => l.id)));
  const left = new Set(leftOut.map((l) => l.id));
  const evidence = c.evidence.filter((e) => e.listingId === null || !left.has(e.listingId) || included.has(e.listingId));
  const scoped: PacketCase = { ...c, evidence };
  const input = { c: scoped, profile, groups, links, time: o.time };

  const generated: GeneratedFile[] = [
    { path: 'notice.pdf', role: 'notice', build: () => renderPdf(noticeFor(input), o.time, o.producer) },
    { path: 'comparison.pdf', role: 'comparison', build: () => renderPdf(comparisonDocument(scoped, groups, o.photoFile), o.time, o.producer) },
    ...links.map((f) => ({ path: f.path, role: 'link-list' as const, build: text(f.text) })),
    { path: 'custody.csv', role: 'custody-log', build: text(custodyCsv(c.custody)) },
    { path: 'verify.html', role: 'verifier', build: text(verifyPageHtml()) },
    { path: PUBLIC_KEY, role: 'public-key', build: text(o.publicKeyPem) },
  ];
  if (profile.id === 'lumen') generated.push({ path: 'notice.json', role: 'notice-json', build: text(`${JSON.stringify(lumenNoticeJson(input), null, 2)}\n`) });

  const notes: string[] = [];
  if (leftOut.length) notes.push(`${leftOut.length} listing${leftOut.length === 1 ? '' : 's'} on other marketplaces (${[...new Set(leftOut.map((l) => l.marketplace))].sort().join(', ')}) are left out of the ${profile.id} packet.`);
  for (const l of withoutUrl) notes.push(`Listing ${l.marketplace} ${l.listingId} has no URL; the packet names it by its item number.`);
  const txt = links.filter((f) => f.path.endsWith('.txt'));
  return {
    generated,
    evidence: evidence.map((e) => ({ path: evidencePath(e), role: 'evidence', sha256: e.sha256, size: e.size, evidenceId: e.id, originalName: e.originalName })),
    listings: included.size,
    links: txt.reduce((n, f) => n + f.links, 0),
    linkFiles: txt.length,
    notes,
  };
}
