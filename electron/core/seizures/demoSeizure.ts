// The demo's customs seizure: about forty inventory lines of Corvanne goods detained at Rotterdam, with serials
// (some off-pattern, some reused across lines), GTINs (a few with Excel's apostrophe or a broken check digit),
// declared values far below retail, a handful already examined, and small generated photos. Deterministic: the
// same seed gives the same lines, and the photos are drawn by sharp from the seed alone.
import type Database from 'better-sqlite3';
import sharp from 'sharp';
import type { SeizedLineInput, Verdict } from '../../api/seizureContract';
import { appendCustodyEvent } from '../cases/custodyLog';
import type { EvidenceStore } from '../cases/evidenceStore';
import { insertEvidence, insertSeizure, linkLinePhoto, seizedLineInserter, setLineVerdict, checksOfLine, setCheckResult } from '../db/seizureRepository';
import type { DemoProduct } from '../demo/demoCatalog';
import { createRandom, mixSeed, type Random } from '../demo/random';
import { autoCheckSeizure } from './autoCheckSeizure';
import { prepareLine } from './seizedLineValues';
import { normaliseSerial } from './serialNumbers';

export const DEMO_SEIZURE_LINES = 40;
/** Photos per line for the first lines; later lines have none, as in a real inventory still being photographed. */
const PHOTOS_PER_LINE = 2;
const LINES_WITH_PHOTOS = 12;
export const DEMO_SEIZURE_PHOTOS = PHOTOS_PER_LINE * LINES_WITH_PHOTOS;
const EXAMINER = 'Inès Fauvel (Brightline IP)';

export interface DemoSeizureLine {
  input: SeizedLineInput;
  verdict: Verdict | null;
  reasons: string;
}

/** Small JPEGs (a few kB each): a tinted field with darker bands, unique per index, drawn without text or fonts. */
export async function demoSeizurePhotos(seed: number, count = DEMO_SEIZURE_PHOTOS): Promise<Buffer[]> {
  const photos: Buffer[] = [];
  for (let i = 0; i < count; i += 1) {
    const random = createRandom(mixSeed(seed, 7_001, i));
    const [r, g, b] = [random.int(90, 200), random.int(70, 170), random.int(50, 140)];
    const bands = Array.from({ length: 4 }, () => `<rect x="${random.int(0, 140)}" y="${random.int(0, 100)}" width="${random.int(20, 80)}" height="${random.int(6, 24)}" fill="rgb(${r - 50},${g - 40},${b - 30})"/>`).join('');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="120"><rect width="160" height="120" fill="rgb(${r},${g},${b})"/>${bands}<circle cx="${random.int(30, 130)}" cy="${random.int(30, 90)}" r="${random.int(8, 20)}" fill="rgb(240,236,226)"/></svg>`;
    photos.push(await sharp(Buffer.from(svg)).jpeg({ quality: 70, mozjpeg: false, chromaSubsampling: '4:2:0' }).toBuffer());
  }
  return photos;
}

function serialLike(random: Random, format: string): string {
  let out = '';
  for (const ch of format) out += ch === '#' ? String(random.int(0, 9)) : ch === 'A' ? String.fromCharCode(65 + random.int(0, 25)) : ch;
  return out;
}

/** The inventory lines, from the seed and the catalogue. */
export function planDemoSeizure(seed: number, products: readonly DemoProduct[]): DemoSeizureLine[] {
  const random = createRandom(mixSeed(seed, 7_000));
  const withSerials = products.filter((p) => p.serialFormat !== null);
  const lines: DemoSeizureLine[] = [];
  const reused: string[] = [];
  for (let i = 0; i < DEMO_SEIZURE_LINES; i += 1) {
    const p = i < withSerials.length ? withSerials[i]! : random.pick(products);
    const quantity = i === 17 ? 0 : random.int(6, 240);
    const unitValue = Math.round(p.msrp * random.between(0.02, 0.09) * 100) / 100;
    const serials: string[] = [];
    const count = p.serialFormat ? random.int(3, 12) : 0;
    for (let s = 0; s < count; s += 1) {
      // Counterfeit runs print the same few serials again and again, and often off the brand's format.
      if (reused.length > 0 && random.chance(0.12)) serials.push(random.pick(reused));
      else if (random.chance(0.35)) serials.push(`${p.serialFormat!.slice(0, 2)}${random.int(100000, 999999)}`);
      else serials.push(serialLike(random, p.serialFormat!));
    }
    if (serials.length > 0 && reused.length < 6) reused.push(serials[0]!);
    const colour = random.int(0, p.gtins.length - 1);
    const gtin = p.gtins[colour]!;
    const gtinCell = i % 9 === 4 ? `'${gtin}` : i % 11 === 7 ? `${gtin.slice(0, -1)}${(Number(gtin.slice(-1)) + 3) % 10}` : i % 5 === 2 ? `${gtin.slice(0, 7)} ${gtin.slice(7)}` : gtin;
    const verdict: Verdict | null = i < 5 ? (i === 3 ? 'inconclusive' : 'counterfeit') : null;
    lines.push({
      input: {
        description: `${p.category}, ${p.colourways[colour] ?? ''} ${p.materials[0] ?? ''}`.replace(/\s+/g, ' ').trim(),
        brandClaimed: i % 13 === 6 ? 'CORVANE' : 'Corvanne',
        modelClaimed: p.name,
        quantity,
        declaredValue: Math.round(unitValue * Math.max(quantity, 1) * 100) / 100,
        currency: 'EUR',
        markings: `${p.family.toUpperCase()} / CORVANNE GENEVE${random.chance(0.3) ? ' / MADE IN ITALY' : ''}`,
        serials: serials.join(random.chance(0.5) ? ', ' : '\n'),
        gtins: gtinCell,
        weightG: i < 8 ? Math.round(p.weightG * random.between(0.7, 1.05)) : null,
      },
      verdict,
      reasons: verdict === 'inconclusive' ? 'Hologram label missing on the samples photographed; ask customs for two further samples.' : '',
    });
  }
  return lines;
}

/** Writes the seizure, its lines and photos, matches and checks every line, and records custody events. */
export function writeDemoSeizure(db: Database.Database, store: EvidenceStore, seed: number, products: readonly DemoProduct[], photos: readonly Uint8Array[], at: string, actor: string): number {
  const plan = planDemoSeizure(seed, products);
  return db.transaction(() => {
    const seizureId = insertSeizure(
      db,
      {
        authority: 'Dutch Customs (Douane Nederland)', reference: 'NL-RTM-2025-014817', office: 'Rotterdam Maasvlakte', detainedOn: '2025-07-01', deadlineOn: '2025-07-11',
        transportMode: 'sea', originCountry: 'CN', consignor: 'Guangzhou Huaxin Trading Co., Ltd., Baiyun District, Guangzhou', consignee: 'EuroDeal Logistics B.V., Waalhaven 12, Rotterdam',
        notes: 'Detained under the EU application for action AFA-2024-NL-0312. Samples available at the Maasvlakte warehouse, bay 14.',
      },
      at,
    );
    appendCustodyEvent(db, { at, actor, action: 'seizure.created', subjectType: 'seizure', subjectId: seizureId, details: { reference: 'NL-RTM-2025-014817', source: 'demo generator', seed } });
    const insert = seizedLineInserter(db, normaliseSerial);
    const ids = plan.map((line, i) => insert(seizureId, prepareLine(line.input, i + 1, `Line ${i + 1}`, { demo: true })));
    let photo = 0;
    ids.slice(0, LINES_WITH_PHOTOS).forEach((lineId, i) => {
      for (let k = 0; k < PHOTOS_PER_LINE && photo < photos.length; k += 1, photo += 1) {
        const stored = store.putBytes(photos[photo]!);
        const evidenceId = insertEvidence(db, { sha256: stored.sha256, size: stored.size, mediaType: 'image/jpeg', kind: 'photo', originalName: `line-${i + 1}-${k === 0 ? 'front' : 'label'}.jpg`, capturedAt: at, addedBy: actor, addedAt: at, note: `Seizure line ${i + 1}` });
        linkLinePhoto(db, lineId, evidenceId);
      }
    });
    autoCheckSeizure(db, seizureId);
    appendCustodyEvent(db, { at, actor, action: 'seizure.inventory_imported', subjectType: 'seizure', subjectId: seizureId, details: { lines: plan.length, photos: photo, source: 'demo generator' } });
    plan.forEach((line, i) => {
      if (line.verdict === null) return;
      const lineId = ids[i]!;
      // The examiner marked the first two features failed on the counterfeit lines before giving the verdict.
      const checks = checksOfLine(db, lineId);
      if (line.verdict === 'counterfeit') for (const c of checks.slice(0, 2)) setCheckResult(db, c.id, 'fail', '', EXAMINER, at);
      for (const c of checks.slice(2, 4)) setCheckResult(db, c.id, 'pass', '', EXAMINER, at);
      const reasons = line.reasons || (checks.length > 0 ? `Failed: ${checks.slice(0, 2).map((c) => c.feature).join('; ')}.` : 'Serial numbers off the genuine format and a declared value far below retail.');
      setLineVerdict(db, lineId, line.verdict, EXAMINER, reasons, at);
      appendCustodyEvent(db, { at, actor: EXAMINER, action: 'seizure.verdict_given', subjectType: 'seized_line', subjectId: lineId, details: { seizureId, lineNo: i + 1, to: line.verdict, reasons } });
    });
    return seizureId;
  })();
}
