// The dashboard's line about seizures: the next deadlines, with a warning when one is within two working days or
// has passed and lines are still unexamined. Nothing shows when the workspace has no seizure to answer.
import { useOperation } from '../api/useOperation';
import { InlineAlert } from '../components/InlineAlert';
import { routeHref } from '../routing/hashRoute';
import { byDeadline, progressText } from './seizurePresentation';

export function SeizureDeadlines() {
  const seizures = useOperation('seizures.list', {});
  const open = byDeadline(seizures.data ?? []).filter((s) => s.examined < s.lines || s.lines === 0);
  if (open.length === 0) return null;
  const urgent = open.filter((s) => s.deadline.state === 'due_soon' || s.deadline.state === 'passed');
  const shown = (urgent.length > 0 ? urgent : open).slice(0, 3);
  return (
    <InlineAlert
      tone={urgent.length > 0 ? 'warning' : 'info'}
      title={urgent.length > 0 ? `${urgent.length} seizure${urgent.length === 1 ? ' needs' : 's need'} an answer now.` : 'Seizures to answer.'}
      action={<a className="button button--small" href={routeHref('seizures')}>Open Seizures</a>}
    >
      {shown.map((s) => `${s.reference} (${s.authority}): ${s.deadline.message} ${progressText(s)}.`).join(' ')}
    </InlineAlert>
  );
}
