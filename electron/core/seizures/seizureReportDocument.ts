// The examination report for the authority, as the packets' document blocks (drawn by their PDF renderer): the
// seizure and its reference, totals by verdict in quantity and MSRP-equivalent value, each line's verdict with the
// features that failed, the automatic findings and photos, then the declaration and signature block.
import { fields, heading, paragraph, type DocumentBlock, type PacketDocument } from '../packets/packetDocument';
import type { ReportLine, SeizureReportData, VerdictKey } from './seizureReportData';

const VERDICT_LABELS: Record<VerdictKey, string> = { counterfeit: 'Counterfeit', genuine: 'Genuine', inconclusive: 'Inconclusive', not_examined: 'Not examined' };
/** Photos drawn per line at most (the files themselves are all in photos/). */
const PHOTOS_PER_LINE = 2;

const usd = (n: number) => `${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} USD`;
const count = (n: number) => n.toLocaleString('en-US');

export function seizureReportDocument(data: SeizureReportData, generatedAt: string, photoFile: (sha256: string) => string): PacketDocument {
  const { seizure, rightsHolder: rh, totals } = data;
  const blocks: DocumentBlock[] = [
    { type: 'title', text: `Examination report — seizure ${seizure.reference}` },
    fields([
      ['Authority', seizure.authority],
      ['Reference', seizure.reference],
      ['Port or office', seizure.office],
      ['Detained on', seizure.detainedOn],
      ['Answer due', seizure.deadlineOn],
      ['Transport', seizure.transportMode],
      ['Country of origin', seizure.originCountry],
      ['Consignor', seizure.consignor],
      ['Consignee', seizure.consignee],
      ['Right holder', rh ? `${rh.ownerName} (${rh.brandName})` : null],
      ['Represented by', rh?.agentName],
      ['Report generated', generatedAt],
    ]),
    heading('Totals by verdict'),
    {
      type: 'list',
      items: (Object.keys(VERDICT_LABELS) as VerdictKey[])
        .filter((k) => totals.byVerdict[k].lines > 0)
        .map((k) => `${VERDICT_LABELS[k]}: ${count(totals.byVerdict[k].lines)} line${totals.byVerdict[k].lines === 1 ? '' : 's'}, ${count(totals.byVerdict[k].quantity)} units, MSRP-equivalent value ${usd(totals.byVerdict[k].msrpValueUsd)}`),
    },
    paragraph(`${count(totals.lines)} lines and ${count(totals.quantity)} units in all. The MSRP-equivalent value is the quantity times the genuine product's retail price, converted with the workspace's rate table.`),
    heading('Lines'),
  ];
  for (const line of data.lines) blocks.push(...lineBlocks(line, photoFile));
  blocks.push(
    heading('Declaration'),
    paragraph(
      `I declare that I examined the goods listed above, or the photographs and samples of them supplied by ${seizure.authority}, against the genuine specifications of ${rh?.brandName ?? 'the right holder'}, and that the verdicts and reasons given are true to the best of my knowledge.`,
    ),
    fields([
      ['Examiners', [...new Set(data.lines.map((l) => l.examiner).filter((e): e is string => !!e))].join(', ') || null],
      ['Signed for the right holder', rh?.signatoryName ?? null],
      ['Title', rh?.signatoryTitle ?? null],
      ['Signature', rh?.signatureText ?? '______________________________'],
      ['Date', generatedAt.slice(0, 10)],
    ]),
    paragraph('The files of this report are listed with their SHA-256 in manifest.json and SHA256SUMS; manifest.sig is an Ed25519 signature over manifest.json by the key in public-key.pem. Check them with "sha256sum -c SHA256SUMS" or "assay verify".'),
  );
  return { title: `Examination report — seizure ${seizure.reference}`, subject: `Seized goods examined for ${seizure.authority}`, author: rh?.agentName ?? rh?.ownerName ?? 'Assay', blocks };
}

function lineBlocks(line: ReportLine, photoFile: (sha256: string) => string): DocumentBlock[] {
  const blocks: DocumentBlock[] = [
    { type: 'subheading', text: `Line ${line.lineNo} — ${VERDICT_LABELS[line.verdict ?? 'not_examined']}` },
    fields([
      ['Description', line.description],
      ['Claimed', [line.brandClaimed, line.modelClaimed].filter(Boolean).join(' ') || null],
      ['Quantity', line.quantity === null ? 'not given' : String(line.quantity)],
      ['Declared value', line.declaredValue === null ? null : `${line.declaredValue} ${line.currency ?? ''}`.trim()],
      ['Genuine product', line.product ? `${line.product.sku} ${line.product.name}${line.msrp !== null ? `, MSRP ${line.msrp} ${line.msrpCurrency ?? ''}` : ''}` : 'not matched'],
      ['Examiner', line.examiner],
      ['Reasons', line.reasons],
    ]),
  ];
  const items = [
    ...line.failed.map((f) => `Failed: ${f.feature}${f.note ? ` — ${f.note}` : ''}`),
    ...line.findings.map((f) => f.message),
    ...line.problems,
  ];
  if (items.length > 0) blocks.push({ type: 'list', items });
  const photos = line.photoFiles.filter((p) => p.mediaType === 'image/jpeg' || p.mediaType === 'image/png').slice(0, PHOTOS_PER_LINE);
  if (photos.length > 0) {
    blocks.push({
      type: 'photos',
      left: { caption: photos[0]!.name, file: photoFile(photos[0]!.sha256) },
      right: photos[1] ? { caption: photos[1].name, file: photoFile(photos[1].sha256) } : { caption: '', file: null },
    });
  }
  return blocks;
}
