// One stored image as a thumbnail, asked for only once its frame scrolls near the view (images.thumbnail checks
// the file's hash and size on the Node side). An image that cannot be shown gets its sentence in the frame instead.
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../api/apiError';
import { call } from '../api/client';

interface Props {
  evidenceId: number;
  /** The stored file's name, for the picture's text alternative. */
  name: string;
}

/** How far outside the view a frame starts loading, so a short scroll finds the picture there. */
const LOAD_AHEAD = '200px';

type Shown = { evidenceId: number; dataUrl: string; width: number; height: number } | { evidenceId: number; problem: string };

export function EvidenceThumbnail({ evidenceId, name }: Props) {
  const frame = useRef<HTMLDivElement>(null);
  // Without IntersectionObserver (an old engine) every thumbnail loads at once rather than never.
  const [inView, setInView] = useState(() => typeof IntersectionObserver === 'undefined');
  const [shown, setShown] = useState<Shown | null>(null);

  useEffect(() => {
    const element = frame.current;
    if (inView || !element) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        setInView(true);
        observer.disconnect();
      }
    }, { rootMargin: LOAD_AHEAD });
    observer.observe(element);
    return () => observer.disconnect();
  }, [inView]);

  useEffect(() => {
    if (!inView) return;
    let current = true;
    call('images.thumbnail', { evidenceId }).then(
      (t) => current && setShown({ evidenceId, dataUrl: t.dataUrl, width: t.width, height: t.height }),
      (e: unknown) => current && setShown({ evidenceId, problem: errorMessage(e) }),
    );
    return () => {
      current = false;
    };
  }, [inView, evidenceId]);

  const now = shown?.evidenceId === evidenceId ? shown : null;
  return (
    <div ref={frame} className={`thumbnail${now && 'problem' in now ? ' thumbnail--problem' : ''}`} aria-busy={now === null}>
      {now === null ? (
        <span className="thumbnail__loading">{inView ? 'Loading…' : ''}</span>
      ) : 'problem' in now ? (
        <p className="thumbnail__problem" role="note">
          {now.problem}
        </p>
      ) : (
        <img className="thumbnail__image" src={now.dataUrl} width={now.width} height={now.height} alt={name} />
      )}
    </div>
  );
}
