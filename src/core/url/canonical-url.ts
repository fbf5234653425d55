import { createHash } from 'node:crypto';

/**
 * One article, one URL: the same story reached from a feed, a listing page, a share link or its AMP
 * twin must produce the same string, because that string is what "seen" sets and job ids are built on.
 *
 * What is normalised: relative links resolved; scheme and host lower-cased (WHATWG URL does this,
 * and turns IDNs into punycode); default ports and the fragment dropped; tracking parameters dropped;
 * AMP markers dropped; remaining query parameters sorted by name. What is NOT touched: the path's
 * case, a trailing slash, `www.` — servers are free to treat those as different resources.
 */

// Parameters that identify the click, not the document. Matched case-insensitively.
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'mc_cid', 'mc_eid', 'igshid', 'igsh', 'ref', 'ref_src', 'ref_url', 'referrer', 'cmpid', 'cmp', 'ocid',
  'smid', 'smtyp', 'xtor', 'ito', 'icid', 'ns_mchannel', 'ns_source', 'ns_campaign', 'ns_linkname',
  'ns_fee', 'mkt_tok', 'oly_anon_id', 'oly_enc_id', 'vero_id', 'vero_conv', '_ga', '_gl', '_hsenc',
  '_hsmi', 'hsctatracking', 'wt.mc_id', 'wt.mc_ev', 's_cid', 'spm', 'share', 'sharetype', 'amp',
]);
// Prefix families: `utm_*` (Google Analytics), `at_*` (AT Internet, e.g. BBC's at_medium/at_campaign),
// `pk_*`/`mtm_*` (Matomo).
const TRACKING_PREFIXES = ['utm_', 'at_', 'pk_', 'mtm_'];

// `output=amp` / `outputType=amp` select the AMP rendering; with any other value they are content.
const AMP_VALUED_PARAMS = new Set(['output', 'outputtype']);

function isDropped(name: string, value: string): boolean {
  const key = name.toLowerCase();
  if (TRACKING_PARAMS.has(key)) return true;
  if (TRACKING_PREFIXES.some((p) => key.startsWith(p))) return true;
  return AMP_VALUED_PARAMS.has(key) && value.toLowerCase() === 'amp';
}

function decodeComponent(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

// Works on the raw `a=b` pairs so the surviving parameters keep the site's own percent-encoding
// (URLSearchParams would re-encode `%20` as `+`, which not every server treats alike).
function cleanQuery(search: string): string {
  const pairs = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair.length > 0)
    .map((pair) => {
      const eq = pair.indexOf('=');
      const name = decodeComponent(eq === -1 ? pair : pair.slice(0, eq));
      const value = decodeComponent(eq === -1 ? '' : pair.slice(eq + 1));
      return { pair, name, value };
    })
    .filter(({ name, value }) => !isDropped(name, value));
  // Stable sort by name only: repeated names keep their order, which some servers give meaning to.
  pairs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return pairs.length ? `?${pairs.map((p) => p.pair).join('&')}` : '';
}

// `/amp/world/x`, `/world/x/amp`, `/world/x/amp/` all name the AMP twin of `/world/x`.
function stripAmpPath(pathname: string): string {
  const stripped = pathname
    .split('/')
    .filter((segment) => segment.toLowerCase() !== 'amp')
    .join('/');
  return stripped.startsWith('/') ? stripped : `/${stripped}`;
}

/** The canonical form of an http(s) link, or null when it is not one (mailto:, javascript:, garbage). */
export function canonicalUrl(href: string, base?: string): string | null {
  let url: URL;
  try {
    url = base === undefined ? new URL(href.trim()) : new URL(href.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.hostname === '') return null;
  url.hash = '';
  url.pathname = stripAmpPath(url.pathname);
  url.search = cleanQuery(url.search);
  return url.href;
}

/**
 * A stable, opaque key for an article URL: `u` followed by the first 32 hex digits of the sha256 of
 * its canonical form (33 characters). The `u` prefix is always there, so the key never contains `:`
 * and is never all digits — both forbidden in BullMQ job ids. Throws a TypeError when `url` is not an
 * absolute http(s) URL, because a key for a link that can never be fetched would hide the bug.
 */
export function urlKey(url: string): string {
  const canonical = canonicalUrl(url);
  if (canonical === null) throw new TypeError(`urlKey needs an absolute http(s) URL, got ${JSON.stringify(url)}`);
  return `u${createHash('sha256').update(canonical).digest('hex').slice(0, 32)}`;
}
