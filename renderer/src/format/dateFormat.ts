// Dates and times from the database (ISO 8601 text) shown consistently: the date alone in tables,
// date and time in the detail. Text that is not a date is shown as it is rather than hidden.

const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** "2024-05-01" from "2024-05-01T10:22:03Z"; anything unrecognised is returned unchanged. */
export function formatDay(value: string | null): string {
  if (!value) return '—';
  const match = ISO_DATE.exec(value.trim());
  return match?.[1] ?? value;
}

/** "2024-05-01 10:22 UTC" from an ISO timestamp; keeps the stored zone rather than guessing a local one. */
export function formatTimestamp(value: string | null): string {
  if (!value) return '—';
  const match = ISO_DATE.exec(value.trim());
  if (!match) return value;
  const [, day, time, zone] = match;
  if (!time) return day ?? value;
  const zoneText = !zone ? '' : zone === 'Z' || /^[+-]00:?00$/.test(zone) ? ' UTC' : ` UTC${zone}`;
  return `${day} ${time}${zoneText}`;
}
