// Seizures: not built yet. The page says so plainly rather than showing an empty shell of a feature.
// Replaced by the seized-goods review when that capability arrives.
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';

export function SeizuresPage() {
  return (
    <div className="page page--scroll">
      <PageHeader title="Seizures" />
      <div className="page-pad">
        <EmptyState title="Reviewing seized goods is not built yet">
          <p>
            Examining customs seizures — each seized line checked against the genuine specifications — is coming in a later release. Nothing about seizures is stored in
            this workspace today.
          </p>
        </EmptyState>
      </div>
    </div>
  );
}
