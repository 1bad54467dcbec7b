// Ticking rows for a bulk action: one row at a time, or with Shift a range from the last ticked row (the rows
// of the range that are loaded; the rest of a far range is what "all matching this filter" is for).

/** The selection after ticking or unticking one listing. */
export function toggledSelection(selected: readonly number[], id: number): number[] {
  return selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id];
}

/** The selection after a Shift-click: every loaded row between the anchor and this one is ticked. */
export function rangeSelection(selected: readonly number[], anchor: number, index: number, idAt: (index: number) => number | undefined): number[] {
  const out = new Set(selected);
  for (let i = Math.min(anchor, index); i <= Math.max(anchor, index); i++) {
    const id = idAt(i);
    if (id !== undefined) out.add(id);
  }
  return [...out];
}
