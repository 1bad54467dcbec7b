// Imports: the wizard that brings a listings file or a genuine-product specification sheet into the
// workspace (file, preview, columns, import, report), and below it the history of every import.
import { PageHeader } from '../components/PageHeader';
import { ImportHistory } from './ImportHistory';
import { ImportWizard } from './ImportWizard';

export function ImportsPage() {
  return (
    <div className="page page--scroll">
      <PageHeader
        title="Imports"
        subtitle="Bring in listings or the brand’s genuine product specifications from CSV, TSV, JSON or Excel files. Every rejected row is kept with its reason, and any import can be undone."
      />
      <div className="page-pad stack imports-page">
        <ImportWizard />
        <ImportHistory />
      </div>
    </div>
  );
}
