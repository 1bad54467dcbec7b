// A line's photos: thumbnails checked against the evidence store, and photos added from a folder (or picked one by one).
// Files that are not images are refused by the Node side with a sentence each; the others are still added.
import { useRef, useState } from 'react';
import { call, fileToPath } from '../api/client';
import { errorMessage } from '../api/apiError';
import { EvidenceThumbnail } from '../components/EvidenceThumbnail';
import { InlineAlert } from '../components/InlineAlert';

function Thumbnail(props: { evidenceId: number; name: string }) {
  return (
    <figure className="line-photo">
      <EvidenceThumbnail evidenceId={props.evidenceId} name={props.name} />
      <figcaption>{props.name}</figcaption>
    </figure>
  );
}

export function LinePhotos(props: { lineId: number; photos: { evidenceId: number; name: string }[]; chosenCheck: { id: number; feature: string } | null; onAdded: () => void }) {
  const folder = useRef<HTMLInputElement>(null);
  const files = useRef<HTMLInputElement>(null);
  const forCheck = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<{ busy: boolean; refused: string[]; error: string | null }>({ busy: false, refused: [], error: null });

  const add = async (list: FileList | null, checkId?: number) => {
    if (!list || list.length === 0) return;
    setState({ busy: true, refused: [], error: null });
    try {
      const paths = await Promise.all([...list].map((f) => fileToPath(f)));
      const result = await call('seizures.addPhotos', { lineId: props.lineId, paths, ...(checkId === undefined ? {} : { checkId }) });
      setState({ busy: false, refused: result.refused.map((r) => r.reason), error: null });
      props.onAdded();
    } catch (e) {
      setState({ busy: false, refused: [], error: errorMessage(e) });
    }
  };

  return (
    <section className="exam-panel" aria-label="Photos">
      <h2 className="exam-panel__title">Photos</h2>
      {props.photos.length === 0 ? <p className="muted">No photos of this line yet.</p> : null}
      <div className="line-photos">
        {props.photos.map((p) => (
          <Thumbnail key={p.evidenceId} evidenceId={p.evidenceId} name={p.name} />
        ))}
      </div>
      <div className="exam-actions">
        <button type="button" className="button" disabled={state.busy} onClick={() => folder.current?.click()}>
          Add photos from a folder
        </button>
        <button type="button" className="button" disabled={state.busy} onClick={() => files.current?.click()}>
          Add photos
        </button>
        {props.chosenCheck ? (
          <button type="button" className="button" disabled={state.busy} onClick={() => forCheck.current?.click()} title={props.chosenCheck.feature}>
            Photo of the chosen feature
          </button>
        ) : null}
        <input ref={forCheck} type="file" multiple hidden accept="image/*" onChange={(e) => void add(e.target.files, props.chosenCheck?.id)} />
        <input ref={folder} type="file" multiple hidden {...{ webkitdirectory: '' }} onChange={(e) => void add(e.target.files)} />
        <input ref={files} type="file" multiple hidden accept="image/*" onChange={(e) => void add(e.target.files)} />
      </div>
      {state.error ? <InlineAlert>{state.error}</InlineAlert> : null}
      {state.refused.length > 0 ? (
        <InlineAlert tone="warning" title="Some files were not added.">
          {state.refused.join(' ')}
        </InlineAlert>
      ) : null}
    </section>
  );
}
