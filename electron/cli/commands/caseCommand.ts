// `assay case list | create | status`: the cases with their stage and listing counts, opening a case (optionally
// from a listing query), and moving a case along draft → in_review → ready → submitted → resolved.
import { reasonLabel } from '../../api/caseVocabulary';
import { CASE_STATUSES } from '../../api/vocabulary';
import { changeCaseStatus, isCaseOutcome, isCaseStatus } from '../../core/cases/caseStatus';
import { createCase } from '../../core/cases/createCase';
import { selectListings } from '../../core/cases/selectListings';
import { caseListings, getCaseRecord, listCaseRecords } from '../../core/db/caseRepository';
import { CASE_OUTCOMES } from '../../api/caseVocabulary';
import { AssayError } from '../../core/errors';
import { currentActor } from '../../core/imports/actor';
import type { CliIo } from '../io';
import { caseExportCommand, caseImportCommand } from './caseArchiveCommand';
import { openWorkspaceForCli } from '../openWorkspaceForCli';
import { parseFlags, requireFlag, wholeNumberFlag } from '../parseFlags';

export function caseCommand(args: string[], io: CliIo): number | Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'export') return caseExportCommand(rest, io);
  if (sub === 'import') return caseImportCommand(rest, io);
  if (sub === 'list') return caseList(rest, io);
  if (sub === 'create') return caseCreate(rest, io);
  if (sub === 'status') return caseStatus(rest, io);
  if (sub === 'show') return caseShow(rest, io);
  throw new AssayError('bad_flag', `assay case takes list, create, show, status, export or import${sub ? `, not "${sub}"` : ''}.`);
}

function caseList(args: string[], io: CliIo): number {
  const { values } = parseFlags('case list', args, { db: { type: 'string' }, json: { type: 'boolean' } });
  const ws = openWorkspaceForCli(requireFlag('case list', 'db', values.db), io);
  try {
    const cases = listCaseRecords(ws.db);
    for (const c of cases) {
      if (values.json) {
        io.stdout(
          `${JSON.stringify({
            id: c.id,
            name: c.name,
            status: c.status,
            outcome: c.outcome,
            brand: c.brandName,
            listings: c.listings,
            evidence: c.evidence,
            test_buys: c.testBuys,
            marketplaces: c.allMarketplaces,
            created_at: c.createdAt,
            updated_at: c.updatedAt,
            status_at: c.statusAt,
          })}\n`,
        );
      } else {
        const stage = c.outcome ? `${c.status} (${c.outcome})` : c.status;
        io.stdout(`${String(c.id).padStart(4)}  ${stage.padEnd(28)} ${String(c.listings).padStart(6)} listings  ${c.allMarketplaces.join(',').padEnd(24)} ${c.name}\n`);
      }
    }
    if (!values.json) io.stderr(`${cases.length} case${cases.length === 1 ? '' : 's'} in ${ws.dbPath}\n`);
    return 0;
  } finally {
    ws.close();
  }
}

function caseCreate(args: string[], io: CliIo): number {
  const { values } = parseFlags('case create', args, {
    db: { type: 'string' },
    name: { type: 'string' },
    brand: { type: 'string' },
    marketplace: { type: 'string', multiple: true },
    'listings-where': { type: 'string' },
    reason: { type: 'string' },
    notes: { type: 'string' },
    json: { type: 'boolean' },
  });
  const dbPath = requireFlag('case create', 'db', values.db);
  if (values.name === undefined) throw new AssayError('bad_flag', 'case create needs --name NAME.');
  if (values.name.trim() === '') throw new AssayError('bad_flag', 'case create: --name cannot be empty.');
  const ws = openWorkspaceForCli(dbPath, io);
  try {
    const where = values['listings-where'];
    const listingIds = where === undefined ? [] : selectListings(ws.db, where);
    if (where !== undefined && listingIds.length === 0) throw new AssayError('invalid_input', `No listing matches "${where}"; the case was not created.`);
    const { caseId, listingsAdded } = createCase(ws.db, {
      name: values.name,
      brand: values.brand ?? null,
      marketplaces: (values.marketplace ?? []).flatMap((m) => m.split(',')),
      notes: values.notes ?? '',
      listingIds,
      reason: values.reason ?? null,
      actor: currentActor(),
      at: new Date().toISOString(),
    });
    const c = getCaseRecord(ws.db, caseId)!;
    if (values.json) io.stdout(`${JSON.stringify({ id: caseId, name: c.name, status: c.status, brand: c.brandName, listings: listingsAdded })}\n`);
    else io.stdout(`Opened case ${caseId} "${c.name}" (${c.brandName}) in draft with ${listingsAdded} listing${listingsAdded === 1 ? '' : 's'}.\n`);
    return 0;
  } finally {
    ws.close();
  }
}

function caseId(command: string, value: string | undefined): number {
  const id = wholeNumberFlag(command, 'case', value, 1, Number.MAX_SAFE_INTEGER);
  if (id === undefined) throw new AssayError('bad_flag', `${command} needs --case ID.`);
  return id;
}

function caseStatus(args: string[], io: CliIo): number {
  const { values } = parseFlags('case status', args, { db: { type: 'string' }, case: { type: 'string' }, to: { type: 'string' }, outcome: { type: 'string' }, note: { type: 'string' }, json: { type: 'boolean' } });
  const dbPath = requireFlag('case status', 'db', values.db);
  const id = caseId('case status', values.case);
  if (values.to === undefined) throw new AssayError('bad_flag', `case status needs --to STATUS (one of ${CASE_STATUSES.join(', ')}).`);
  if (!isCaseStatus(values.to)) throw new AssayError('bad_flag', `case status: "${values.to}" is not a case status; use one of ${CASE_STATUSES.join(', ')}.`);
  if (values.outcome !== undefined && !isCaseOutcome(values.outcome)) throw new AssayError('bad_flag', `case status: "${values.outcome}" is not an outcome; use one of ${CASE_OUTCOMES.join(', ')}.`);
  const ws = openWorkspaceForCli(dbPath, io);
  try {
    const moved = changeCaseStatus(ws.db, { caseId: id, to: values.to, outcome: values.outcome && isCaseOutcome(values.outcome) ? values.outcome : null, note: values.note ?? '', actor: currentActor(), at: new Date().toISOString() });
    if (values.json) io.stdout(`${JSON.stringify({ id, from: moved.from, to: moved.to, outcome: moved.outcome })}\n`);
    else io.stdout(`Case ${id} moved from ${moved.from} to ${moved.to}${moved.outcome ? ` (${moved.outcome})` : ''}.\n`);
    return 0;
  } finally {
    ws.close();
  }
}

function caseShow(args: string[], io: CliIo): number {
  const { values } = parseFlags('case show', args, { db: { type: 'string' }, case: { type: 'string' }, json: { type: 'boolean' } });
  const dbPath = requireFlag('case show', 'db', values.db);
  const id = caseId('case show', values.case);
  const ws = openWorkspaceForCli(dbPath, io);
  try {
    const c = getCaseRecord(ws.db, id);
    if (!c) throw new AssayError('not_found', `Case ${id} does not exist in ${ws.dbPath}.`);
    const listings = caseListings(ws.db, id);
    if (values.json) {
      io.stdout(`${JSON.stringify({ ...c, listings })}\n`);
      return 0;
    }
    io.stdout(`Case ${c.id} "${c.name}" (${c.brandName}): ${c.status}${c.outcome ? ` (${c.outcome})` : ''}, ${listings.length} listings\n`);
    for (const l of listings) io.stdout(`  ${String(l.listingId).padStart(6)}  ${l.marketplace.padEnd(10)} ${l.platformListingId.padEnd(16)} ${reasonLabel(l.reason).padEnd(40)} ${l.outcome ?? ''}\n`);
    return 0;
  } finally {
    ws.close();
  }
}
