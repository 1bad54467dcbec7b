// One form per web address, so the same listing scraped twice compares equal: https, lower-case host without
// "www.", no fragment, no tracking parameters (utm_*, spm, gclid…), the remaining parameters sorted, no trailing slash.

const TRACKING = new Set([
  'spm', 'scm', 'pvid', '_trkparms', '_trksid', 'ref', 'ref_', 'gclid', 'gclsrc', 'fbclid', 'srsltid', 'msclkid', 'yclid', 'dclid', 'gbraid', 'wbraid', 'igshid', 'mc_cid', 'mc_eid', '_ga', '_gl',
  'sk', 'terminal_id', 'gatewayadapt', 'pdp_npi', 'pdp_ext_f', 'pdp_perf', 'utparam', 'abbucket', 'ns', 'tracelog', 'trackinfo', 'sp_atk', 'xptdk', 'uls_trackid', 'share_channel_code', 'publish_id', 'invitationcode',
  'mkevt', 'mkcid', 'mkrid', 'campid', 'customid', 'toolid', '_skw', 'itmmeta', 'amdata', 'hash', 'epid_trk',
  'qid', 'sr', 'keywords', 'crid', 'sprefix', 'th', 'psc', 'linkcode', 'tag', 'camp', 'creative', 'ascsubtag', 'content-id', 'dib', 'dib_tag', 'smid_trk',
]);
const TRACKING_PREFIXES = ['utm_', 'algo_', 'aff_', 'ali_', 'pf_rd_', 'pd_rd_', 'scm_', 'scm-', 'gps-', '_trk', 'spm_'];
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

const isTracking = (key: string): boolean => {
  const k = key.toLowerCase();
  return TRACKING.has(k) || TRACKING_PREFIXES.some((p) => k.startsWith(p));
};

/** Null when the text is not a web address with a dotted host. */
export function normaliseUrl(url: string): string | null {
  const t = url.trim();
  if (!t) return null;
  let parsed: URL;
  try {
    parsed = new URL(HAS_SCHEME.test(t) ? t : `https://${t.replace(/^\/\//, '')}`);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.replace(/^www\./, '');
  if (!host.includes('.')) return null;
  const kept = [...parsed.searchParams].filter(([k]) => !isTracking(k));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = kept.length ? `?${new URLSearchParams(kept).toString()}` : '';
  const port = parsed.port ? `:${parsed.port}` : '';
  const path = parsed.pathname.replace(/\/+$/, '');
  return `https://${host}${port}${path}${query}`;
}
