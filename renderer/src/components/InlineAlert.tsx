// The one way an error or warning is shown inside a page: a tinted box with the message as text.
// Errors use role="alert" so screen readers announce them; an optional action (e.g. Retry) sits at the end.
import type { ReactNode } from 'react';

export function InlineAlert(props: { tone?: 'error' | 'warning' | 'info' | 'success'; title?: string; children: ReactNode; action?: ReactNode }) {
  const tone = props.tone ?? 'error';
  return (
    <div className={`inline-alert inline-alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <div className="inline-alert__text">
        {props.title ? <strong className="inline-alert__title">{props.title}</strong> : null}
        <span>{props.children}</span>
      </div>
      {props.action ? <div className="inline-alert__action">{props.action}</div> : null}
    </div>
  );
}
