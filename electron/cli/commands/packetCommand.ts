// `assay packet export`: writes a case's takedown packet for one platform profile as a folder or a ZIP, signed
// with the workspace key; `--time` fixes the creation time so two exports of the same case are byte-identical.
import { AssayError } from '../../core/errors';
import { exportPacket } from '../../core/packets/exportPacket';
import { PACKET_PROFILES } from '../../core/packets/packetProfiles';
import type { CliIo } from '../io';
import { openWorkspaceForCli } from '../openWorkspaceForCli';
import { parseFlags, requireFlag, wholeNumberFlag } from '../parseFlags';

export async function packetCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'export') throw new AssayError('bad_flag', `assay packet takes "export"${sub ? `, not "${sub}"` : ''}. Run "assay help" to see its flags.`);
  const { values } = parseFlags('packet export', rest, {
    db: { type: 'string' },
    case: { type: 'string' },
    profile: { type: 'string' },
    out: { type: 'string' },
    zip: { type: 'boolean' },
    force: { type: 'boolean' },
    time: { type: 'string' },
    json: { type: 'boolean' },
  });
  const db = requireFlag('packet export', 'db', values.db);
  const caseId = wholeNumberFlag('packet export', 'case', requireFlag('packet export', 'case', values.case), 1, Number.MAX_SAFE_INTEGER)!;
  const profile = values.profile;
  if (!profile) throw new AssayError('bad_flag', `packet export needs --profile P, one of ${PACKET_PROFILES.join(', ')}.`);
  const out = requireFlag('packet export', 'out', values.out);
  let time: Date | undefined;
  if (values.time !== undefined) {
    time = new Date(values.time);
    if (!/^\d{4}-\d{2}-\d{2}/.test(values.time) || Number.isNaN(time.getTime())) throw new AssayError('bad_flag', `packet export: --time must be an ISO date and time such as 2026-01-31T12:00:00Z, not "${values.time}".`);
  }
  const ws = openWorkspaceForCli(db, io);
  try {
    const r = await exportPacket(ws, { caseId, profile, out, zip: values.zip === true, force: values.force === true, ...(time ? { time } : {}) });
    if (values.json) {
      io.stdout(`${JSON.stringify(r)}\n`);
    } else {
      io.stdout(
        `Wrote the ${r.profile} packet for case ${r.caseId} to ${r.out}: ${r.files} files, ${r.bytes.toLocaleString('en-US')} bytes; ${r.listings} listing${r.listings === 1 ? '' : 's'}, ${r.links} link${r.links === 1 ? '' : 's'}.\n` +
          `manifest.json SHA-256 ${r.manifestSha256}, signed with the workspace key ${r.publicKeySha256.slice(0, 16)}…\n` +
          r.notes.map((n) => `note: ${n}\n`).join(''),
      );
    }
    return 0;
  } finally {
    ws.close();
  }
}
