// The strip above the grid: the full-text search box (committed after a short pause in typing),
// the number of matching listings, and a way back to everything when filters are on.
import { useEffect } from 'react';
import { countOf } from '../format/numberFormat';

const SEARCH_DEBOUNCE_MS = 200;

interface Props {
  searchText: string;
  onSearchText: (text: string) => void;
  onCommitSearch: () => void;
  total: number | null;
  counting: boolean;
  filtered: boolean;
  onClearFilters: () => void;
}

export function ListingsToolbar(props: Props) {
  const { searchText, onCommitSearch } = props;

  useEffect(() => {
    const timer = setTimeout(onCommitSearch, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [searchText, onCommitSearch]);

  return (
    <div className="toolbar">
      <h1 className="toolbar__title">Listings</h1>
      <div className="search-box">
        <svg className="search-box__icon" viewBox="0 0 16 16" aria-hidden="true">
          <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M10.5 10.5 14 14" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
        </svg>
        <input
          type="search"
          className="search-box__input"
          aria-label="Search listings"
          placeholder="Search titles, descriptions, sellers…"
          value={searchText}
          spellCheck={false}
          onChange={(event) => props.onSearchText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') onCommitSearch();
          }}
        />
      </div>
      <output className={`toolbar__count${props.counting ? ' toolbar__count--stale' : ''}`} aria-live="polite">
        {props.total === null ? 'Counting…' : countOf(props.total, 'listing')}
      </output>
      {props.filtered ? (
        <button type="button" className="button button--quiet" onClick={props.onClearFilters}>
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
