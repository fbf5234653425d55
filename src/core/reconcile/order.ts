import type { Claim } from '../schemas/index.js';

/**
 * Oldest article first, so a newer state is never overwritten by an older article read later in the
 * same batch. Undated articles go first: they cannot be placed, so they must not have the last word.
 * Ties keep input order, which keeps the result (and the change ids) deterministic.
 */
export function inPublicationOrder<T extends Pick<Claim, 'published'>>(claims: readonly T[]): T[] {
  return claims
    .map((claim, index) => ({ claim, index }))
    .sort((a, b) => comparePublished(a.claim.published, b.claim.published) || a.index - b.index)
    .map((x) => x.claim);
}

function comparePublished(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}
