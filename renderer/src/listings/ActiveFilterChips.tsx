// The extra filters in force (set by a dashboard click), each a chip with a × that removes it.
import type { ActiveChip } from './extraFilterChips';
import './activeFilterChips.css';
import type { ExtraFilterChip } from './listingsStore';

export function ActiveFilterChips({ chips, onRemove }: { chips: ActiveChip[]; onRemove: (chip: ExtraFilterChip) => void }) {
  if (chips.length === 0) return null;
  return (
    <div className="chip-group" role="group" aria-label="Also filtered by">
      <span className="chip-group__legend">Also filtered by</span>
      {chips.map((c) => (
        <span key={c.chip} className="chip chip--on" data-filter-chip={c.chip}>
          <span className="chip__label">{c.label}</span>
          <button type="button" className="chip__remove" aria-label={`Remove filter ${c.label}`} title="Remove this filter" onClick={() => onRemove(c.chip)}>
            ×
          </button>
        </span>
      ))}
    </div>
  );
}
