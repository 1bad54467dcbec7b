// A list of problems inside an alert, one sentence each (the fields a form could not save, an import's blockers).

export function ProblemList(props: { problems: readonly string[] }) {
  return (
    <ul className="problem-list">
      {props.problems.map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  );
}
