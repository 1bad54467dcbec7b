// The Dashboard charts' shared look: axis ticks, grid, tooltip, and one colour per marketplace.

export const AXIS_TICK = { fontSize: 11, fill: '#6b7280' };
export const GRID_STROKE = '#eceef2';
export const TOOLTIP_STYLE = { fontSize: 12, borderRadius: 6, borderColor: '#dfe2e8' };
export const BLUE = '#4169c8';
export const RISK_RED = '#c2410c';
export const MUTED_BAR = '#9aa8c7';

const PALETTE = ['#4169c8', '#0f9d8a', '#d97706', '#7c3aed', '#db2777', '#0891b2', '#65a30d', '#475569'];

export function seriesColour(index: number): string {
  return PALETTE[index % PALETTE.length]!;
}

/** "6 Jan" for a week's Monday. */
export function weekLabel(week: string): string {
  const d = new Date(`${week}T00:00:00Z`);
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
}
