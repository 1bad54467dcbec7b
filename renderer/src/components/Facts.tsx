// One term and its value in a definition list of facts (detail panel, settings, specifications).
// The surrounding <dl className="facts"> decides the layout: two columns, or label-value rows.
import type { ReactNode } from 'react';

export function Fact(props: { term: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={`facts__item${props.wide ? ' facts__item--wide' : ''}`}>
      <dt>{props.term}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}
