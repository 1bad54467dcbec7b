// verify.html: a self-contained page in every packet. It loads nothing from the network (its own CSP says so);
// open it in a browser, give it the packet folder or ZIP, and it checks every hash and the signature.
import { VERIFY_PAGE_SCRIPT } from './verifyPageScript';

export function verifyPageHtml(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Verify this takedown packet</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1d232b; }
#drop { border: 2px dashed #8a96a3; border-radius: 8px; padding: 2rem; text-align: center; }
#drop.over { background: #eef4fb; border-color: #2f6fb3; }
#result { font-weight: 600; margin-top: 1.5rem; }
#result[data-status="verified"] { color: #1d7a3a; }
#result[data-status="failed"] { color: #b3261e; }
#details { white-space: pre-wrap; font-family: ui-monospace, monospace; font-size: 13px; }
label { display: block; margin-top: .75rem; }
</style>
</head>
<body>
<h1>Verify this takedown packet</h1>
<p>This page checks that nothing in the packet was changed: it re-hashes every file against <code>manifest.json</code>
and <code>SHA256SUMS</code>, and checks the Ed25519 signature over the manifest with the public key in the packet.
Everything happens in this browser; nothing is sent anywhere.</p>
<div id="drop">Drop the packet folder or its ZIP here
<label>or choose the folder: <input type="file" id="folder" webkitdirectory multiple></label>
<label>or choose the ZIP (or every file of the folder): <input type="file" id="files" multiple></label>
</div>
<p id="result" role="status" aria-live="polite" data-status="idle">No packet checked yet.</p>
<pre id="details"></pre>
<script>${VERIFY_PAGE_SCRIPT}</script>
</body>
</html>
`;
}
