// Splits a JSON array, fed as text chunks, into the text of each top-level element, tracking strings, escapes
// and nesting; an array of any size streams in the memory of its largest element (itself capped).
import { RAW_TEXT_LIMIT } from './sourceTypes';

/** Each element's text; 'too_long' keeps only its head, 'cut' is an element the file ended inside. */
export type JsonItemSink = (text: string, problem: 'too_long' | 'cut' | null, closing: boolean) => void;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

export class JsonArraySplitter {
  /** before the opening [, inside the array, after the closing ]. */
  state: 'before' | 'in' | 'after' = 'before';
  /** Text other than white space after the closing ]. */
  trailing = '';
  private depth = 0;
  private inString = false;
  private escaped = false;
  private item = '';
  private skipping = false;

  constructor(
    private readonly maxItemChars: number,
    private readonly sink: JsonItemSink,
  ) {}

  push(text: string): void {
    let start = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) this.inString = false;
        continue;
      }
      if (this.state === 'in') {
        if (c === QUOTE) this.inString = true;
        else if (c === OPEN_BRACE || c === OPEN_BRACKET) this.depth++;
        else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
          if (this.depth === 0 && c === CLOSE_BRACKET) {
            this.emit(text.slice(start, i), true);
            this.state = 'after';
          } else this.depth--;
        } else if (c === COMMA && this.depth === 0) {
          this.emit(text.slice(start, i), false);
          start = i + 1;
        }
      } else if (this.state === 'before') {
        if (c === OPEN_BRACKET) {
          this.state = 'in';
          start = i + 1;
        } else if (!isSpace(c)) {
          this.state = 'after';
          this.trailing = text.slice(i, i + 200);
          return;
        }
      } else if (!isSpace(c) && this.trailing.length < 200) {
        this.trailing += text.slice(i, i + 200 - this.trailing.length);
        return;
      }
    }
    if (this.state !== 'in') return;
    if (!this.skipping) this.item += text.slice(start);
    if (!this.skipping && this.item.length > this.maxItemChars) {
      this.item = this.item.slice(0, RAW_TEXT_LIMIT);
      this.skipping = true;
    }
  }

  /** Reports an element the file ended inside; says whether the array was closed. */
  end(): boolean {
    if (this.state !== 'in') return this.state === 'after';
    const text = this.item;
    this.item = '';
    if (text.trim()) this.sink(text, this.skipping ? 'too_long' : 'cut', true);
    return false;
  }

  private emit(tail: string, closing: boolean): void {
    const text = this.skipping ? this.item : this.item + tail;
    this.sink(text, this.skipping ? 'too_long' : null, closing);
    this.item = '';
    this.skipping = false;
  }
}
