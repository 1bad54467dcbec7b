// The packet operations of the contract over a real workspace: the preview says what would go in or why the
// packet is refused, the export reports progress events, and the case's packets are listed afterwards.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Events } from '../../electron/api/contract';
import { packetHandlers } from '../../electron/core/handlers/packetHandlers';
import { buildPacketFixture } from '../support/packetFixture';

describe('packet operations', () => {
  it('previews, exports with progress, and lists the packet', async () => {
    const f = await buildPacketFixture({ listingWithoutUrl: true });
    const progress: Events['job.progress'][] = [];
    const h = packetHandlers(f.ws, { emit: (name, payload) => name === 'job.progress' && progress.push(payload as Events['job.progress']) });
    expect((await h['packets.profiles']({})).map((p) => p.id)).toEqual(['alibaba', 'amazon', 'ebay', 'dhgate', 'dmca', 'lumen']);

    const preview = await h['packets.preview']({ caseId: f.caseId, profile: 'alibaba' });
    expect(preview).toMatchObject({ refusal: null, listings: 3, links: 2, linkFiles: 1, evidenceFiles: 4 });
    expect(preview.files.map((x) => x.path)).toEqual(['notice.pdf', 'comparison.pdf', 'links/links-001.txt', 'links/links-001.csv', 'custody.csv', 'verify.html', 'public-key.pem']);
    expect(preview.notes).toEqual(['Listing aliexpress 1001 has no URL; the packet names it by its item number.']);

    const refused = await h['packets.preview']({ caseId: f.emptyCaseId, profile: 'alibaba' });
    expect(refused.refusal).toContain('has no listings');

    const r = await h['packets.export']({ caseId: f.caseId, profile: 'alibaba', zip: true, force: false });
    expect(r.out.startsWith(path.join(f.ws.dir, 'packets', `case-${f.caseId}-alibaba-`))).toBe(true);
    expect(fs.existsSync(r.out)).toBe(true);
    expect(progress.some((p) => p.job === 'packets.export' && p.phase === 'files' && p.done === p.total && p.total === r.files)).toBe(true);
    expect(await h['packets.list']({ caseId: f.caseId })).toEqual([expect.objectContaining({ id: r.packetId, profile: 'alibaba', outPath: r.out, files: r.files })]);
  });

  it('names the missing rights-holder detail in the preview', async () => {
    const f = await buildPacketFixture({ brand: { owner_country: null } });
    const h = packetHandlers(f.ws, { emit: () => undefined });
    expect((await h['packets.preview']({ caseId: f.caseId, profile: 'lumen' })).refusal).toBe(
      'The lumen packet needs the rights holder\'s country (owner_country), which is missing. Fill it in under Settings → Brand for "Aurelle".',
    );
  });
});
