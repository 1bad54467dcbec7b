// A small modal frame for review confirmations: labelled for screen readers, the first control focused on open,
// Escape cancels, Tab stays inside, and focus goes back where it was on close.
import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  onCancel: () => void;
  children: ReactNode;
}

export function ReviewDialog({ title, onCancel, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const first = ref.current?.querySelector<HTMLElement>('[data-autofocus]') ?? ref.current?.querySelector<HTMLElement>('input, select, button');
    first?.focus();
    return () => previous?.focus?.();
  }, []);

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    const focusable = [...ref.current.querySelectorAll<HTMLElement>('input, select, button:not(:disabled), textarea')];
    if (focusable.length === 0) return;
    const [first, last] = [focusable[0]!, focusable[focusable.length - 1]!];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="review-dialog__backdrop">
      <div ref={ref} className="review-dialog" role="dialog" aria-modal="true" aria-label={title} onKeyDown={onKeyDown}>
        <h2 className="review-dialog__title">{title}</h2>
        {children}
      </div>
    </div>
  );
}
