import { extractClaims } from '../../../src/core/extract/index.js';
import type { Claim } from '../../../src/core/schemas/claim.js';

export function extract(text: string, published: string | null = '2024-06-12', title: string | null = null): Claim[] {
  return extractClaims({ title, text, published, url: 'https://news.example/a', sourceId: 'test' }, { hub: 'UA' });
}

/** "US planned 2024-06-13" lines, sorted, for compact assertions. */
export function summary(claims: readonly Claim[]): string[] {
  return claims.map((c) => `${c.party} ${c.status} ${c.date ?? 'null'}`).sort();
}
