// The listing texts the text rules read, each with the name a finding's `where` uses for it.
import type { FindingField, RuleListing } from './finding';

export interface ListingText {
  field: FindingField;
  /** How a sentence names the field: "The title", "The seller name". */
  label: string;
  text: string;
}

/** Title, description and seller name; missing values read as empty text so no rule trips on them. */
export function listingTexts(listing: RuleListing): ListingText[] {
  return [
    { field: 'title', label: 'The title', text: listing.title ?? '' },
    { field: 'description', label: 'The description', text: listing.description ?? '' },
    { field: 'seller', label: 'The seller name', text: listing.sellerName ?? '' },
  ];
}

/** A short quotable excerpt: the original characters, whitespace collapsed. */
export const quote = (text: string, start: number, end: number): string => text.slice(start, end).replace(/\s+/gu, ' ');
