// The script of verify.html, as browser JavaScript text: reads a dropped packet folder or ZIP (a small ZIP reader
// over DecompressionStream('deflate-raw')), re-hashes every file with WebCrypto, checks SHA256SUMS and the
// Ed25519 signature over manifest.json, and names the first file that fails. No network, no libraries.

export const VERIFY_PAGE_SCRIPT = String.raw`
'use strict';
const UNLISTED = ['manifest.json', 'manifest.sig', 'SHA256SUMS'];
const out = document.getElementById('result');
const details = document.getElementById('details');

function show(status, text, lines) {
  out.dataset.status = status;
  out.textContent = text;
  details.textContent = (lines || []).join('\n');
}

const hex = (buf) => Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');
const sha256 = async (bytes) => hex(await crypto.subtle.digest('SHA-256', bytes));

async function inflateRaw(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Reads every entry of a ZIP (stored or deflated), from its central directory. */
async function readZip(file) {
  const buf = new Uint8Array(await file.arrayBuffer());
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error(file.name + ' is not a ZIP file (no end of central directory).');
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const files = new Map();
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (view.getUint32(p, true) !== 0x02014b50) throw new Error(file.name + ': the ZIP central directory is damaged.');
    const method = view.getUint16(p + 10, true);
    const compressed = view.getUint32(p + 20, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    const name = decoder.decode(buf.subarray(p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
    if (name.endsWith('/')) continue;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const raw = buf.subarray(start, start + compressed);
    if (method !== 0 && method !== 8) throw new Error(name + ' uses a ZIP compression this page cannot read.');
    files.set(name, { size: null, read: () => (method === 0 ? Promise.resolve(raw) : inflateRaw(raw)) });
  }
  return files;
}

/** Files picked from a folder: paths relative to the packet folder (the folder's own name dropped). */
function folderFiles(list) {
  const files = new Map();
  const all = Array.from(list);
  const rel = all.map((f) => f.relPath || f.webkitRelativePath || f.name);
  const rooted = rel.length > 0 && rel.every((r) => r.includes('/')) && new Set(rel.map((r) => r.split('/')[0])).size === 1 && !rel.some((r) => r === 'manifest.json');
  all.forEach((f, i) => {
    const path = rooted ? rel[i].split('/').slice(1).join('/') : rel[i];
    files.set(path, { size: f.size, read: async () => new Uint8Array(await f.arrayBuffer()) });
  });
  return files;
}

function pemToDer(pem) {
  const b64 = pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
}

async function checkPacket(files) {
  const fail = (file, reason) => { const e = new Error(file + ': ' + reason); e.file = file; throw e; };
  const text = async (name) => new TextDecoder().decode(await files.get(name).read());
  for (const name of ['manifest.json', 'manifest.sig', 'SHA256SUMS']) if (!files.has(name)) fail(name, 'missing from the packet.');
  const manifestBytes = await files.get('manifest.json').read();
  let manifest;
  try { manifest = JSON.parse(new TextDecoder().decode(manifestBytes)); } catch { fail('manifest.json', 'is not valid JSON.'); }
  if (!manifest || !Array.isArray(manifest.files)) fail('manifest.json', 'has no list of files.');
  const keyFile = (manifest.signature && manifest.signature.publicKey) || 'public-key.pem';
  if (!files.has(keyFile)) fail(keyFile, 'the public key is missing from the packet.');
  let key;
  try { key = await crypto.subtle.importKey('spki', pemToDer(await text(keyFile)), { name: 'Ed25519' }, false, ['verify']); } catch { fail(keyFile, 'is not an Ed25519 public key.'); }
  let sig;
  try { sig = Uint8Array.from(atob((await text('manifest.sig')).trim()), (c) => c.charCodeAt(0)); } catch { fail('manifest.sig', 'is not a base64 signature.'); }
  if (!(await crypto.subtle.verify({ name: 'Ed25519' }, key, sig, manifestBytes))) fail('manifest.sig', 'the signature does not match manifest.json (the manifest or its signature was changed).');
  const hashes = new Map();
  for (const f of manifest.files) {
    const entry = files.get(f.path);
    if (!entry) fail(f.path, 'listed in the manifest but missing from the packet.');
    const bytes = await entry.read();
    if (bytes.length !== f.size) fail(f.path, 'its size is ' + bytes.length + ' bytes, the manifest says ' + f.size + '.');
    const h = await sha256(bytes);
    if (h !== f.sha256) fail(f.path, 'its SHA-256 is ' + h + ', the manifest says ' + f.sha256 + '.');
    hashes.set(f.path, h);
  }
  for (const name of ['manifest.json', 'manifest.sig']) hashes.set(name, await sha256(await files.get(name).read()));
  const sums = (await text('SHA256SUMS')).split('\n').filter((l) => l !== '');
  const inSums = new Set();
  sums.forEach((line, i) => {
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (!m) fail('SHA256SUMS', 'line ' + (i + 1) + ' is not "<sha256>  <file>".');
    if (!hashes.has(m[2])) fail('SHA256SUMS', 'line ' + (i + 1) + ' names ' + m[2] + ', which is not in the packet.');
    if (hashes.get(m[2]) !== m[1]) fail('SHA256SUMS', 'line ' + (i + 1) + ' gives a hash for ' + m[2] + ' that does not match the file.');
    inSums.add(m[2]);
  });
  for (const name of hashes.keys()) if (!inSums.has(name)) fail('SHA256SUMS', name + ' is not listed.');
  for (const name of files.keys()) if (!hashes.has(name) && !UNLISTED.includes(name)) fail(name, 'is in the packet but not in the manifest.');
  const fp = await sha256(pemToDer(await text(keyFile)));
  return [manifest.files.length + ' files checked against manifest.json and SHA256SUMS.', 'Case: ' + (manifest.case && manifest.case.name), 'Profile: ' + manifest.profile, 'Created: ' + manifest.createdAt, 'Signed with the Ed25519 key whose SHA-256 fingerprint is ' + fp + '.'];
}

async function run(getFiles) {
  show('working', 'Checking…');
  try {
    const files = await getFiles();
    const lines = await checkPacket(files);
    show('verified', 'Packet verified: every hash and the signature hold.', lines);
  } catch (e) {
    show('failed', 'Verification failed: ' + (e && e.message ? e.message : String(e)), e && e.file ? ['First file that fails: ' + e.file] : []);
  }
}

const pick = (list) => (list.length === 1 && /\.zip$/i.test(list[0].name) ? readZip(list[0]) : Promise.resolve(folderFiles(list)));
document.getElementById('folder').addEventListener('change', (ev) => run(() => Promise.resolve(folderFiles(ev.target.files))));
document.getElementById('files').addEventListener('change', (ev) => run(() => pick(ev.target.files)));

async function entryFiles(entry, prefix, acc) {
  if (entry.isFile) {
    const f = await new Promise((res, rej) => entry.file(res, rej));
    f.relPath = prefix + f.name;
    acc.push(f);
  } else if (entry.isDirectory) {
    const reader = entry.createReader();
    for (;;) {
      const batch = await new Promise((res, rej) => reader.readEntries(res, rej));
      if (batch.length === 0) break;
      for (const child of batch) await entryFiles(child, prefix + entry.name + '/', acc);
    }
  }
  return acc;
}

const zone = document.getElementById('drop');
zone.addEventListener('dragover', (ev) => { ev.preventDefault(); zone.classList.add('over'); });
zone.addEventListener('dragleave', () => zone.classList.remove('over'));
zone.addEventListener('drop', (ev) => {
  ev.preventDefault();
  zone.classList.remove('over');
  const entries = Array.from(ev.dataTransfer.items).map((i) => i.webkitGetAsEntry && i.webkitGetAsEntry()).filter(Boolean);
  run(async () => {
    if (entries.length === 1 && entries[0].isFile && /\.zip$/i.test(entries[0].name)) return readZip(ev.dataTransfer.files[0]);
    const acc = [];
    for (const e of entries) await entryFiles(e, '', acc);
    return folderFiles(acc);
  });
});
`;
