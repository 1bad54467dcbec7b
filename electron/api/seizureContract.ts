// The contract's seized-goods operations (issue 6): seizures and their inventories, the examination of each line,
// photos, automatic checks and the report for the authority. Spread into `operations` in contract.ts.
import { z } from 'zod';
import type { ImportFieldInfo, ImportPreview } from './contract';
import { filePath, id, op, text } from './operationParts';

export const VERDICTS = ['counterfeit', 'genuine', 'inconclusive'] as const;
export type Verdict = (typeof VERDICTS)[number];
export const CHECK_RESULTS = ['pass', 'fail', 'not_checked'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];
export const TRANSPORT_MODES = ['', 'sea', 'air', 'road', 'rail', 'post', 'courier', 'other'] as const;
export type TransportMode = (typeof TRANSPORT_MODES)[number];

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD');
const optionalNumber = z.number().finite().nullable().optional();

export const seizureFieldsSchema = z.strictObject({
  authority: z.string().trim().min(1, 'name the authority (for example "US CBP" or "Douane France")').max(200),
  reference: z.string().trim().min(1, 'give the authority’s reference number').max(200),
  office: text(200).default(''),
  detainedOn: day.nullable().default(null),
  deadlineOn: day.nullable().default(null),
  transportMode: z.enum(TRANSPORT_MODES).default(''),
  originCountry: text(100).default(''),
  consignor: text(1000).default(''),
  consignee: text(1000).default(''),
  notes: text(10_000).default(''),
});
export type SeizureFields = z.output<typeof seizureFieldsSchema>;

/** One inventory line as a person or a file gives it; serials and GTINs may be pasted as one blob. */
export const seizedLineInputSchema = z.strictObject({
  description: text(2000).default(''),
  brandClaimed: text(200).default(''),
  modelClaimed: text(200).default(''),
  /** Kept as given: zero or less is stored and flagged, not refused. */
  quantity: z.number().int().nullable().default(null),
  declaredValue: optionalNumber,
  currency: z.string().max(10).nullable().optional(),
  markings: text(2000).default(''),
  serials: z.string().max(5_000_000).default(''),
  gtins: z.string().max(100_000).default(''),
  weightG: optionalNumber,
  lengthMm: optionalNumber,
  widthMm: optionalNumber,
  heightMm: optionalNumber,
});
export type SeizedLineInput = z.input<typeof seizedLineInputSchema>;

export interface DeadlineStatus {
  state: 'none' | 'ok' | 'due_soon' | 'passed';
  /** Working days (Monday to Friday) after today up to and including the deadline; negative once passed. */
  workingDaysLeft: number | null;
  /** One sentence for the page and the CLI. */
  message: string;
}

export interface SeizureSummary {
  id: number;
  authority: string;
  reference: string;
  office: string;
  detainedOn: string | null;
  deadlineOn: string | null;
  deadline: DeadlineStatus;
  lines: number;
  examined: number;
  quantity: number;
  verdicts: Record<Verdict, number>;
  flagged: number;
  createdAt: string;
  updatedAt: string;
}

export interface SeizureDetail extends SeizureSummary {
  transportMode: TransportMode;
  originCountry: string;
  consignor: string;
  consignee: string;
  notes: string;
  documents: SeizureDocument[];
  lineRows: SeizedLineRow[];
}

/** A document the authority sent with the seizure (detention notice, inventory, photos), kept as evidence. */
export interface SeizureDocument {
  evidenceId: number;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  addedBy: string;
  addedAt: string;
}

export interface SeizureDocumentsResult {
  added: SeizureDocument[];
  /** Files whose bytes this seizure already holds: nothing new was written for them. */
  already: SeizureDocument[];
}

/** What an inventory file holds before it is imported: its first rows, the fields and the mapping the import would use. */
export interface InventoryPreview {
  preview: ImportPreview;
  fields: ImportFieldInfo[];
  presetLabel: string;
  /** Field → column, as the import would read it with the given mapping. */
  mapping: Record<string, string>;
  /** Why the import would refuse this mapping (no quantity column…), or null when it can go ahead. */
  mappingProblem: string | null;
}

export interface SeizedLineRow {
  id: number;
  seizureId: number;
  lineNo: number;
  description: string;
  brandClaimed: string;
  modelClaimed: string;
  quantity: number | null;
  declaredValue: number | null;
  currency: string | null;
  markings: string;
  product: { id: number; sku: string; name: string } | null;
  matchScore: number | null;
  matchMethod: 'gtin' | 'text' | 'examiner' | null;
  verdict: Verdict | null;
  examiner: string | null;
  reasons: string;
  examinedAt: string | null;
  serials: number;
  photos: number;
  /** Input problems kept with the line (a quantity of zero, a GTIN that is not digits), each a sentence. */
  problems: string[];
  /** How many automatic findings of medium or high severity the line has. */
  alerts: number;
}

export interface ExaminationCheckRow {
  id: number;
  position: number;
  feature: string;
  kind: string;
  result: CheckResult;
  note: string;
  evidenceId: number | null;
}

export interface AutoFinding {
  check: string;
  severity: 'info' | 'low' | 'medium' | 'high';
  expected: string | null;
  observed: string | null;
  message: string;
}

export interface SeizedLineDetail extends SeizedLineRow {
  weightG: number | null;
  lengthMm: number | null;
  widthMm: number | null;
  heightMm: number | null;
  serialNumbers: string[];
  gtins: string[];
  photoIds: { evidenceId: number; name: string }[];
  checks: ExaminationCheckRow[];
  findings: AutoFinding[];
  /** The neighbouring lines of the same seizure, for next/previous. */
  previousLineId: number | null;
  nextLineId: number | null;
}

export interface PhotoResult {
  added: { evidenceId: number; name: string; lineId: number }[];
  refused: { name: string; reason: string }[];
}

export interface InventoryImportSummary {
  seizureId: number;
  fileName: string;
  sha256: string;
  lines: number;
  serials: number;
  gtins: number;
  flagged: { lineNo: number; rowNumber: number; problems: string[] }[];
  rejected: { rowNumber: number; reason: string }[];
  seconds: number;
}

export interface SeizureReportResult {
  outDir: string;
  files: string[];
  manifestSha256: string;
}

const lineId = z.strictObject({ lineId: id });
const inventoryMappingSchema = z.record(z.string().max(60), z.string().max(500));
const documentFile = z.strictObject({ path: filePath, name: text(500).optional() });
const measure = z.number().positive().finite().nullable();

export const seizureOperations = {
  'seizures.list': op<z.ZodObject<{ today: z.ZodOptional<z.ZodString> }>, SeizureSummary[]>(z.strictObject({ today: day.optional() })),
  'seizures.get': op<z.ZodObject<{ id: typeof id }>, SeizureDetail>(z.strictObject({ id })),
  'seizures.create': op<typeof seizureFieldsSchema, SeizureDetail>(seizureFieldsSchema),
  'seizures.update': op<z.ZodObject<{ id: typeof id; fields: typeof seizureFieldsSchema }>, SeizureDetail>(z.strictObject({ id, fields: seizureFieldsSchema })),
  'seizures.addLine': op<z.ZodObject<{ seizureId: typeof id; line: typeof seizedLineInputSchema }>, SeizedLineDetail>(z.strictObject({ seizureId: id, line: seizedLineInputSchema })),
  'seizures.line': op<typeof lineId, SeizedLineDetail>(lineId),
  'seizures.setCheck': op<
    z.ZodObject<{ checkId: typeof id; result: z.ZodEnum<{ pass: 'pass'; fail: 'fail'; not_checked: 'not_checked' }>; note: z.ZodOptional<z.ZodString> }>,
    SeizedLineDetail
  >(z.strictObject({ checkId: id, result: z.enum(CHECK_RESULTS), note: text(2000).optional() })),
  'seizures.setVerdict': op<
    z.ZodObject<{ lineId: typeof id; verdict: z.ZodNullable<z.ZodEnum<{ counterfeit: 'counterfeit'; genuine: 'genuine'; inconclusive: 'inconclusive' }>>; examiner: z.ZodString; reasons: z.ZodString }>,
    SeizedLineDetail
  >(z.strictObject({ lineId: id, verdict: z.enum(VERDICTS).nullable(), examiner: z.string().trim().max(200), reasons: text(5000) })),
  'seizures.setMeasurements': op<
    z.ZodObject<{ lineId: typeof id; weightG: typeof measure; lengthMm: typeof measure; widthMm: typeof measure; heightMm: typeof measure }>,
    SeizedLineDetail
  >(z.strictObject({ lineId: id, weightG: measure, lengthMm: measure, widthMm: measure, heightMm: measure })),
  'seizures.setProduct': op<z.ZodObject<{ lineId: typeof id; productId: z.ZodNullable<typeof id> }>, SeizedLineDetail>(z.strictObject({ lineId: id, productId: id.nullable() })),
  'seizures.autoCheck': op<z.ZodObject<{ seizureId: typeof id }>, { lines: number; findings: number }>(z.strictObject({ seizureId: id })),
  'seizures.addPhotos': op<z.ZodObject<{ lineId: typeof id; paths: z.ZodArray<typeof filePath>; checkId: z.ZodOptional<typeof id> }>, PhotoResult>(
    z.strictObject({ lineId: id, paths: z.array(filePath).min(1).max(500), checkId: id.optional() }),
  ),
  'seizures.importInventory': op<
    z.ZodObject<{ seizureId: typeof id; path: typeof filePath; mapping: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>> }>,
    InventoryImportSummary
  >(z.strictObject({ seizureId: id, path: filePath, mapping: inventoryMappingSchema.optional() })),
  'seizures.previewInventory': op<z.ZodObject<{ path: typeof filePath; mapping: z.ZodOptional<typeof inventoryMappingSchema> }>, InventoryPreview>(
    z.strictObject({ path: filePath, mapping: inventoryMappingSchema.optional() }),
  ),
  /** Documents received from the authority; `name` is the file's own name when the path is an upload's temporary copy. */
  'seizures.addDocuments': op<z.ZodObject<{ seizureId: typeof id; files: z.ZodArray<typeof documentFile> }>, SeizureDocumentsResult>(
    z.strictObject({ seizureId: id, files: z.array(documentFile).min(1).max(200) }),
  ),
  /** Without outDir the report goes to reports/ beside the workspace, in a folder named by the seizure and the time. */
  'seizures.report': op<z.ZodObject<{ seizureId: typeof id; outDir: z.ZodOptional<typeof filePath> }>, SeizureReportResult>(z.strictObject({ seizureId: id, outDir: filePath.optional() })),
};
