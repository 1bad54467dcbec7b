// Opens an untrusted web address (a listing's, a seller's store, an evidence source) in the system browser,
// only if it is http(s), and only after the person has seen the whole address with its host spelled out. In
// the desktop app the main process shows the address again in a native dialog before it leaves the app.
import { useState } from 'react';
import { hostOf, isWebAddress, visibleUrl } from '../format/visibleUrl';

const inDesktopApp = () => typeof window !== 'undefined' && window.assay !== undefined;

export function OpenInBrowserButton(props: { url: string; label: string }) {
  const [confirming, setConfirming] = useState(false);
  if (!isWebAddress(props.url)) return null;
  const open = () => {
    setConfirming(false);
    window.open(props.url, '_blank', 'noopener,noreferrer');
  };
  return (
    <>
      <button type="button" className="button button--small" aria-label={props.label} aria-expanded={confirming} onClick={() => (inDesktopApp() ? open() : setConfirming(true))}>
        Open…
      </button>
      {confirming ? (
        <div className="open-confirm" role="dialog" aria-label="Open this address in your browser?">
          <p className="open-confirm__title">Open this address in your browser?</p>
          <p className="open-confirm__url mono">{visibleUrl(props.url)}</p>
          <p className="hint">
            Host: <strong className="mono">{hostOf(props.url)}</strong>
          </p>
          <div className="open-confirm__actions">
            <button type="button" className="button button--primary button--small" onClick={open}>
              Open in browser
            </button>
            <button type="button" className="button button--small" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
