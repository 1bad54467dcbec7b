// Skeleton rows for a plain table while its data loads, so the page keeps its shape instead of jumping.
// Hidden from assistive technology: the table's caption or an aria-busy parent says it is loading.

export function LoadingRows({ columns, rows = 8 }: { columns: number; rows?: number }) {
  return (
    <>
      {Array.from({ length: rows }, (_, r) => (
        <tr key={r} aria-hidden="true">
          {Array.from({ length: columns }, (_, c) => (
            <td key={c}>
              <span className="skeleton-bar" style={{ width: `${45 + ((r * 7 + c * 13) % 45)}%` }} />
            </td>
          ))}
        </tr>
      ))}
    </>
  );
}
