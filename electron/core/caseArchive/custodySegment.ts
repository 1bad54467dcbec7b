// Checks the sender's custody events that travel in a case archive before they are stored: each event's hash
// must recompute from its prev_hash and content (custodyEventHash, as the sender's chain made it), and where two
// events are consecutive in the sender's chain the later one must link to the earlier one's hash.
import { custodyEventHash } from '../cases/custodyLog';
import type { BundleCustodyEvent } from './caseBundle';

/** Null when the events form a valid segment of one chain ending at or before `head`; otherwise why not. */
export function custodySegmentProblem(events: readonly BundleCustodyEvent[], head: { seq: number; hash: string }): string | null {
  let previous: BundleCustodyEvent | null = null;
  for (const e of events) {
    if (previous && e.seq <= previous.seq) return `its custody events are out of order (event ${e.seq} follows event ${previous.seq})`;
    if (e.seq > head.seq) return `custody event ${e.seq} is later than the sender's custody head (event ${head.seq})`;
    let details: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(e.details);
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return `custody event ${e.seq} has details that are not a JSON object`;
      details = parsed as Record<string, unknown>;
    } catch {
      return `custody event ${e.seq} has details that are not valid JSON`;
    }
    const hash = custodyEventHash(e.prev_hash, { seq: e.seq, at: e.at, actor: e.actor, action: e.action, subjectType: e.subject_type, subjectId: e.subject_id, details });
    if (hash !== e.hash) return `custody event ${e.seq} has been altered: its content no longer matches its hash`;
    if (previous && e.seq === previous.seq + 1 && e.prev_hash !== previous.hash) return `custody event ${e.seq} does not link to the hash of event ${previous.seq}`;
    if (e.seq === head.seq && e.hash !== head.hash) return `custody event ${e.seq} is not the custody head the manifest names`;
    previous = e;
  }
  return null;
}
