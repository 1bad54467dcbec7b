// The red banner shown on every page when SQLite's quick_check found problems in the workspace file:
// the data may be wrong, so the person is told plainly to restore a backup.

export function IntegrityBanner({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null;
  const shown = problems.slice(0, 5);
  return (
    <div className="integrity-banner" role="alert">
      <strong>This workspace’s database is damaged.</strong> SQLite’s integrity check reported {problems.length === 1 ? 'a problem' : `${problems.length} problems`}. Figures shown here may be
      wrong or incomplete: stop working in this workspace and restore it from a backup.
      <details className="integrity-banner__details">
        <summary>What SQLite reported</summary>
        <ul>
          {shown.map((problem, i) => (
            <li key={i} className="mono">
              {problem}
            </li>
          ))}
          {problems.length > shown.length ? <li>… and {problems.length - shown.length} more.</li> : null}
        </ul>
      </details>
    </div>
  );
}
