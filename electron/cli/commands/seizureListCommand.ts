// `assay seizure list`: the seizures, soonest deadline first, with progress and a flag on any deadline within two
// working days or passed; with --json one object per line.
import { listSeizures } from '../../core/seizures/seizureViews';
import type { CliIo } from '../io';
import { openWorkspaceForCli } from '../openWorkspaceForCli';
import { parseFlags, requireFlag } from '../parseFlags';

const FLAGS: Record<string, string> = { passed: 'PASSED', due_soon: 'DUE SOON', ok: '', none: '' };

export function seizureListCommand(args: string[], io: CliIo): number {
  const { values } = parseFlags('seizure list', args, { db: { type: 'string' }, json: { type: 'boolean' }, today: { type: 'string' } });
  const ws = openWorkspaceForCli(requireFlag('seizure list', 'db', values.db), io);
  try {
    const seizures = listSeizures(ws.db, values.today);
    if (values.json) {
      io.stdout(
        seizures
          .map((s) => `${JSON.stringify({
            id: s.id, authority: s.authority, reference: s.reference, office: s.office, detained_on: s.detainedOn, deadline: s.deadlineOn,
            deadline_state: s.deadline.state, working_days_left: s.deadline.workingDaysLeft, lines: s.lines, examined: s.examined, quantity: s.quantity,
            counterfeit: s.verdicts.counterfeit, genuine: s.verdicts.genuine, inconclusive: s.verdicts.inconclusive, flagged: s.flagged,
          })}\n`)
          .join(''),
      );
      return 0;
    }
    for (const s of seizures) {
      const flag = FLAGS[s.deadline.state] ?? '';
      io.stdout(`${String(s.id).padStart(4)}  ${s.reference.padEnd(22)} ${s.authority.slice(0, 22).padEnd(22)} due ${(s.deadlineOn ?? '—').padEnd(10)} ${flag.padEnd(8)} ${s.examined}/${s.lines} lines examined${s.flagged ? `, ${s.flagged} flagged` : ''}\n`);
      if (s.deadline.state === 'passed' || s.deadline.state === 'due_soon') io.stdout(`      ${s.deadline.message}\n`);
    }
    io.stderr(`${seizures.length} seizure${seizures.length === 1 ? '' : 's'} in ${ws.dbPath}\n`);
    return 0;
  } finally {
    ws.close();
  }
}
