// The demo's seizure: about forty lines with serials and photos, the same for the same seed, photos that are real
// JPEGs in the evidence store, and a custody log that still reads in time order and verifies.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyCustodyLog } from '../../electron/core/cases/custodyLog';
import { openWorkspace } from '../../electron/core/db/openWorkspace';
import { writeDemoWorkspace } from '../../electron/core/demo/writeDemoWorkspace';
import { DEMO_SEIZURE_PHOTOS, demoSeizurePhotos } from '../../electron/core/seizures/demoSeizure';
import { photoKind } from '../../electron/core/seizures/photoType';
import { tempDir } from '../support/tempWorkspace';

const snapshot = (file: string) => {
  const ws = openWorkspace(file);
  try {
    return {
      lines: ws.db.prepare('SELECT line_no, description, model_claimed, quantity, declared_value, product_id, verdict, problems FROM seized_line ORDER BY id').all(),
      serials: ws.db.prepare('SELECT line_id, serial FROM seized_serial ORDER BY id').all(),
      photos: ws.db.prepare('SELECT e.sha256, p.line_id FROM seized_line_photo p JOIN evidence e ON e.id = p.evidence_id ORDER BY e.id').all() as { sha256: string; line_id: number }[],
      findings: ws.db.prepare('SELECT line_id, "check", message FROM seized_line_finding ORDER BY id').all(),
    };
  } finally {
    ws.close();
  }
};

describe('the demo seizure', () => {
  it('writes forty lines with serials, findings and JPEG photos, the same for the same seed', async () => {
    const photos = await demoSeizurePhotos(3);
    expect(photos).toHaveLength(DEMO_SEIZURE_PHOTOS);
    expect(new Set(photos.map((p) => p.toString('base64'))).size).toBe(photos.length);
    const again = await demoSeizurePhotos(3);
    expect(again).toEqual(photos);

    const dirA = tempDir();
    const dirB = tempDir();
    writeDemoWorkspace(path.join(dirA, 'a.db'), { listings: 30, seed: 3, seizurePhotos: photos });
    writeDemoWorkspace(path.join(dirB, 'b.db'), { listings: 30, seed: 3, seizurePhotos: again });
    const a = snapshot(path.join(dirA, 'a.db'));
    expect(a.lines).toHaveLength(40);
    expect(a.serials.length).toBeGreaterThan(150);
    expect(a.photos).toHaveLength(DEMO_SEIZURE_PHOTOS);
    expect(a.findings.length).toBeGreaterThan(40);
    expect(snapshot(path.join(dirB, 'b.db'))).toEqual(a);
    for (const p of a.photos) expect(photoKind(fs.readFileSync(path.join(dirA, 'evidence', p.sha256.slice(0, 2), p.sha256.slice(2))))?.mediaType).toBe('image/jpeg');

    const ws = openWorkspace(path.join(dirA, 'a.db'));
    try {
      expect((await verifyCustodyLog(ws.db)).ok).toBe(true);
      const ats = (ws.db.prepare('SELECT at FROM custody_event ORDER BY seq').all() as { at: string }[]).map((e) => e.at);
      expect([...ats].sort()).toEqual(ats);
    } finally {
      ws.close();
    }
  });
});
