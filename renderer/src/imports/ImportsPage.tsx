// Imports: not built yet. The page says what the workspace holds today instead of a dead upload button.
// Replaced by the import wizard when importing listing files arrives.
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';

export function ImportsPage() {
  return (
    <div className="page page--scroll">
      <PageHeader title="Imports" />
      <div className="page-pad">
        <EmptyState title="Importing listing files is coming in the next release">
          <p>
            Today the workspace holds the listings written by <code>assay demo</code>. Importing CSV, TSV, JSON and Excel files — with column mapping, validation and every
            rejected row kept with its reason — arrives next.
          </p>
        </EmptyState>
      </div>
    </div>
  );
}
