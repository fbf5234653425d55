export type ListingFormat = 'rss' | 'atom' | 'rdf' | 'json' | 'html';

export interface ListingItem {
  /** Canonical (see core/url/canonical-url). */
  url: string;
  title: string | null;
  /** Plain text. */
  summary: string | null;
  /** `YYYY-MM-DD`, UTC. */
  published: string | null;
}

export interface ParsedListing {
  format: ListingFormat;
  items: ListingItem[];
}

export interface SourceDocument {
  body: Buffer;
  contentType: string | null;
  /** The final URL after redirects: the base for relative links. */
  url: string;
  kind: 'feed' | 'html';
  /** CSS selector of article links; required for `html`. */
  links?: string | undefined;
}
