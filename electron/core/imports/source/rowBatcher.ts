// Gathers rows and row errors into batches of `size` rows, so the import engine writes in steady steps
// whatever the size of the chunks the readers parse; each row error travels with the rows around it.
import { throwIfAborted } from './sourceFile';
import type { SourceBatch, SourceRow, SourceRowError } from './sourceTypes';

export class RowBatcher {
  rows: SourceRow[] = [];
  errors: SourceRowError[] = [];

  constructor(
    private readonly size: number,
    private readonly file: string,
    private readonly signal: AbortSignal | undefined,
  ) {}

  get count(): number {
    return this.rows.length + this.errors.length;
  }

  /** Full batches; with `final`, the rest too. Stops a cancelled read between batches. */
  *take(bytesRead: number, final: boolean): Generator<SourceBatch> {
    throwIfAborted(this.signal, this.file);
    while (this.count >= this.size || (final && this.count > 0)) {
      if (this.rows.length >= this.size) {
        const rows = this.rows.splice(0, this.size);
        const last = rows[rows.length - 1]!.rowNumber;
        let k = 0;
        while (k < this.errors.length && this.errors[k]!.rowNumber < last) k++;
        yield { rows, errors: this.errors.splice(0, k), bytesRead };
      } else {
        const batch = { rows: this.rows, errors: this.errors, bytesRead };
        this.rows = [];
        this.errors = [];
        yield batch;
      }
      throwIfAborted(this.signal, this.file);
    }
  }
}
