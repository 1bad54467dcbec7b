// "Download rejected rows as CSV": asks imports.rejectionsCsv for the file and saves it through the browser,
// with the failure, if any, said beside the button.
import { useState } from 'react';
import { errorMessage } from '../api/apiError';
import { call } from '../api/client';
import { downloadTextFile } from '../files/downloadTextFile';

export function DownloadRejectionsButton(props: { importId: number; small?: boolean; label?: string; ariaLabel?: string }) {
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });

  const download = () => {
    setState({ busy: true, error: null });
    call('imports.rejectionsCsv', { importId: props.importId }).then(
      ({ fileName, csv }) => {
        downloadTextFile(fileName, csv);
        setState({ busy: false, error: null });
      },
      (e: unknown) => setState({ busy: false, error: errorMessage(e) }),
    );
  };

  return (
    <span className="inline-action">
      <button type="button" className={`button${props.small ? ' button--small' : ''}`} onClick={download} disabled={state.busy} aria-label={props.ariaLabel}>
        {state.busy ? 'Preparing…' : (props.label ?? 'Download rejected rows as CSV')}
      </button>
      {state.error ? (
        <span className="text-danger" role="alert">
          {state.error}
        </span>
      ) : null}
    </span>
  );
}
