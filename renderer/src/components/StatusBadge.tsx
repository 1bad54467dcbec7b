// A small tinted label for a listing or case status; the colour follows the status, the text says it.
// Colours live in base.css (.badge--<status>), so every page shows a status the same way.
import { caseStatusLabel, listingStatusLabel } from '../format/statusLabels';

export function ListingStatusBadge(props: { status: string }) {
  return <span className={`badge badge--${props.status}`}>{listingStatusLabel(props.status)}</span>;
}

export function CaseStatusBadge(props: { status: string }) {
  return <span className={`badge badge--case-${props.status}`}>{caseStatusLabel(props.status)}</span>;
}
