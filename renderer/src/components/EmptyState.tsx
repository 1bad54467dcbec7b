// A calm, honest panel for a page or list with nothing to show yet, saying why and what comes next.
// Used where a capability is not built yet, so the page never pretends to work.
import type { ReactNode } from 'react';

export function EmptyState(props: { title: string; children: ReactNode }) {
  return (
    <section className="empty-state" aria-label={props.title}>
      <h2 className="empty-state__title">{props.title}</h2>
      <div className="empty-state__body">{props.children}</div>
    </section>
  );
}
