// comparison.pdf: per genuine product, its specification against each listing field by field, the findings
// with the sentences the rules wrote, the test-buy examinations, and photos side by side (genuine left, listing
// right). Photos are drawn for the first listings only, so the PDF's memory stays bounded in the number of
// images; every photo is in evidence/ in any case.
import { fields, heading, paragraph, type DocumentBlock, type PacketDocument } from './packetDocument';
import type { GenuineProduct, PacketCase, PacketEvidence, PacketListing } from './packetCase';
import type { ListingGroup } from './profileListings';
import { evidencePath } from './evidenceNames';

export const LISTINGS_WITH_PHOTOS = 40;

const isImage = (e: PacketEvidence) => /^image\/(jpeg|png)$/.test(e.mediaType);
const money = (v: number | null, cur: string | null) => (v === null ? null : `${v} ${cur ?? ''}`.trim());
const mm = (v: number | null) => (v === null ? null : `${v} mm`);

function specRows(p: GenuineProduct): [string, string | null][] {
  return [
    ['SKU', p.sku],
    ['Name', p.name],
    ['MSRP', money(p.msrp, p.currency)],
    ['Minimum authorised price', money(p.minAuthorisedPrice, p.currency)],
    ['Materials', p.materials.join(', ')],
    ['Dimensions', [p.lengthMm, p.widthMm, p.heightMm].every((v) => v !== null) ? `${p.lengthMm} × ${p.widthMm} × ${p.heightMm} mm` : mm(p.lengthMm)],
    ['Weight', p.weightG === null ? null : `${p.weightG} g`],
    ['Colourways', p.colourways.join(', ')],
    ['GTINs', p.gtins.join(', ')],
    ['Serial-number pattern', p.serialPattern],
    ['Authentication features', p.authenticationFeatures.join('; ')],
  ];
}

export function comparisonDocument(c: PacketCase, groups: ListingGroup[], photoFile: (e: PacketEvidence) => string): PacketDocument {
  const listings = groups.flatMap((g) => g.listings);
  const products = new Map(c.products.map((p) => [p.id, p]));
  const genuinePhotos = c.evidence.filter((e) => e.kind === 'official_image' && isImage(e));
  const photosOf = new Map<number, PacketEvidence[]>();
  for (const e of c.evidence) {
    if (e.listingId === null || e.kind === 'official_image' || !isImage(e)) continue;
    if (!photosOf.has(e.listingId)) photosOf.set(e.listingId, []);
    photosOf.get(e.listingId)!.push(e);
  }
  const byProduct = new Map<number | null, PacketListing[]>();
  for (const l of listings) {
    const key = l.productId !== null && products.has(l.productId) ? l.productId : null;
    if (!byProduct.has(key)) byProduct.set(key, []);
    byProduct.get(key)!.push(l);
  }
  const order = [...byProduct.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : products.get(a)!.sku.localeCompare(products.get(b)!.sku)));

  const blocks: DocumentBlock[] = [
    { type: 'title', text: `Comparison with the genuine products – ${c.rightsHolder.brandName}` },
    paragraph(`Case: ${c.name}. ${listings.length} listing${listings.length === 1 ? '' : 's'} compared with ${order.filter((k) => k !== null).length} genuine product${order.length === 1 ? '' : 's'}.`),
  ];
  let photosDrawn = 0;
  order.forEach((key, i) => {
    if (i > 0) blocks.push({ type: 'pageBreak' });
    const product = key === null ? null : products.get(key)!;
    const group = byProduct.get(key)!;
    if (product) {
      blocks.push(heading(`Genuine product ${product.sku}: ${product.name}`), fields(specRows(product)));
      for (const t of c.testBuys.filter((t) => t.productId === product.id)) {
        blocks.push(
          heading(`Test-buy report: order ${t.orderNumber}`),
          fields([
            ['Ordered on', t.orderedOn],
            ['What arrived', t.received],
            ['Conclusion', t.conclusion],
          ]),
          { type: 'list', items: t.examination.map((e) => `${e.feature}: genuine ${e.expected}; received ${e.observed}`) },
        );
      }
    } else {
      blocks.push(heading('Listings not matched to a genuine product'), paragraph('These listings are reported on the findings below; no genuine specification was matched to compare them with.'));
    }
    for (const l of group) {
      blocks.push(
        { type: 'subheading', text: `${l.marketplace} item ${l.listingId}${l.url ? ` – ${l.url}` : ' (no URL was recorded)'}` },
        fields([
          ['Title (listing)', l.title],
          ['Name (genuine)', product?.name],
          ['Brand (listing)', l.brand],
          ['Brand (genuine)', c.rightsHolder.brandName],
          ['Price (listing)', money(l.price, l.currency)],
          ['MSRP (genuine)', product ? money(product.msrp, product.currency) : null],
          ['Seller', l.sellerName],
        ]),
      );
      if (l.findings.length) {
        blocks.push({
          type: 'list',
          items: l.findings.map((f) => `[${f.severity}] ${f.message}${f.expected || f.observed ? ` (expected: ${f.expected ?? '–'}; observed: ${f.observed ?? '–'})` : ''}`),
        });
      } else {
        blocks.push(paragraph('No findings were recorded for this listing.'));
      }
      const photos = photosOf.get(l.id) ?? [];
      if (photos.length && photosDrawn < LISTINGS_WITH_PHOTOS) {
        photosDrawn += 1;
        const genuine = genuinePhotos[0];
        blocks.push({
          type: 'photos',
          left: { caption: genuine ? `Genuine: ${evidencePath(genuine)}` : 'Genuine', file: genuine ? photoFile(genuine) : null },
          right: { caption: `Listing: ${evidencePath(photos[0]!)}`, file: photoFile(photos[0]!) },
        });
      } else if (photos.length) {
        blocks.push(paragraph(`Photos: ${photos.map(evidencePath).join(', ')}`));
      }
    }
  });
  return { title: `Comparison – ${c.rightsHolder.brandName} – ${c.name}`, subject: 'Genuine specification against the listings', author: c.rightsHolder.ownerName, blocks };
}
