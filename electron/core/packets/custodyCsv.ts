// The custody extract of a packet: the case's hash-chained custody events, one a row, so a reader can match
// each against the workspace's log (`assay verify --db`) by its sequence number and hash.
import type { PacketCustodyEvent } from './packetCase';
import { packetCsv } from './packetCsv';

export function custodyCsv(events: PacketCustodyEvent[]): string {
  return packetCsv(
    ['seq', 'at', 'actor', 'action', 'subject_type', 'subject_id', 'details', 'hash'],
    events.map((e) => [e.seq, e.at, e.actor, e.action, e.subjectType, e.subjectId, e.details, e.hash]),
  );
}
