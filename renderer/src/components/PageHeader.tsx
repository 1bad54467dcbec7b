// The top strip of every page: its title, an optional line of context, and page-level actions on the right.
// The title is the page's only h1, so headings stay a clean outline for screen readers.
import type { ReactNode } from 'react';

export function PageHeader(props: { title: string; subtitle?: ReactNode; actions?: ReactNode }) {
  return (
    <header className="page-header">
      <div className="page-header__titles">
        <h1 className="page-header__title">{props.title}</h1>
        {props.subtitle ? <p className="page-header__subtitle">{props.subtitle}</p> : null}
      </div>
      {props.actions ? <div className="page-header__actions">{props.actions}</div> : null}
    </header>
  );
}
