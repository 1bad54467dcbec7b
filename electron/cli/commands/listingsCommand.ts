// `assay listings`: prints every listing, as a table for people or one JSON object per line with --json.
import { iterateListings } from '../../core/db/listingsRepository';
import { listingScoreReader } from '../../core/db/scoringRepository';
import type { CliIo } from '../io';
import { parseFlags, requireFlag } from '../parseFlags';
import { openWorkspaceForCli } from '../openWorkspaceForCli';

export function listingsCommand(args: string[], io: CliIo): number {
  const { values } = parseFlags('listings', args, { db: { type: 'string' }, json: { type: 'boolean' } });
  const ws = openWorkspaceForCli(requireFlag('listings', 'db', values.db), io);
  try {
    let buffer = '';
    const flushAt = 64 * 1024;
    let count = 0;
    const scoreOf = listingScoreReader(ws.db);
    for (const l of iterateListings(ws.db)) {
      count += 1;
      if (values.json) {
        const score = scoreOf(l.id);
        buffer += `${JSON.stringify({
          marketplace: l.marketplace,
          listing_id: l.listing_id,
          url: l.url,
          title: l.title,
          price: l.price,
          price_max: l.price_max,
          currency: l.currency,
          price_normalised: l.price_normalised,
          seller_name: l.seller_name,
          seller_location: l.seller_location,
          status: l.status,
          last_seen: l.last_seen,
          product_sku: score.productSku,
          match_score: score.matchScore,
          candidates: score.candidates,
          risk_score: score.riskScore,
          findings: score.findings,
        })}\n`;
      } else {
        const price = l.price === null ? '—' : `${l.price}${l.price_max !== null ? `–${l.price_max}` : ''} ${l.currency ?? ''}`.trim();
        buffer += [l.marketplace.padEnd(10), l.listing_id.padEnd(16), price.padStart(16), ` ${l.seller_name.slice(0, 24).padEnd(24)}`, ` ${l.title}`].join(' ') + '\n';
      }
      if (buffer.length >= flushAt) {
        io.stdout(buffer);
        buffer = '';
      }
    }
    io.stdout(buffer);
    if (!values.json) io.stderr(`${count.toLocaleString('en-US')} listings in ${ws.dbPath}\n`);
    return 0;
  } finally {
    ws.close();
  }
}
