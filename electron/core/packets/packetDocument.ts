// A packet's PDF documents described as plain blocks (headings, paragraphs, labelled fields, lists, photos
// side by side), so notices and comparisons are pure data that tests read and one renderer draws.

export interface PhotoSide {
  caption: string;
  /** Absolute path of the image to draw; null when there is no photo for this side. */
  file: string | null;
}

export type DocumentBlock =
  | { type: 'title'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'subheading'; text: string }
  | { type: 'paragraph'; text: string; bold?: boolean }
  | { type: 'fields'; rows: [string, string][] }
  | { type: 'list'; items: string[] }
  | { type: 'photos'; left: PhotoSide; right: PhotoSide }
  | { type: 'pageBreak' };

export interface PacketDocument {
  title: string;
  subject: string;
  author: string;
  blocks: DocumentBlock[];
}

export const heading = (text: string): DocumentBlock => ({ type: 'heading', text });
export const paragraph = (text: string, bold = false): DocumentBlock => ({ type: 'paragraph', text, bold });
export const fields = (rows: [string, string | null | undefined][]): DocumentBlock => ({ type: 'fields', rows: rows.filter((r): r is [string, string] => typeof r[1] === 'string' && r[1] !== '') });
