// The full page shown in a browser when the web host refuses this page's token (or it has none):
// the person needs the link `assay serve` printed, because the token changes with every launch.

export function LinkRequiredPage() {
  return (
    <main className="link-required">
      <div className="link-required__card" role="alert">
        <h1>
          This page needs the link printed by <code>assay serve</code>
        </h1>
        <p>
          Assay’s local server only answers pages opened with the link it printed when it started — the part after <code>#token=</code> is a key that changes every time
          <code> assay serve</code> starts.
        </p>
        <ol>
          <li>Find the terminal where <code>assay serve</code> is running (or start it again).</li>
          <li>Open the full address it printed, e.g. <code>http://127.0.0.1:PORT/#token=…</code>, in this browser.</li>
        </ol>
      </div>
    </main>
  );
}
