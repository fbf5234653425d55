/**
 * The unit of independent corroboration: two articles on one host are one voice.
 * A URL that does not parse still counts as a site of its own rather than being dropped.
 */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
