import type { Claim, Evidence, Trust } from '../schemas/index.js';
import { siteOf } from './site.js';

export type TrustedClaim = Claim & { trust: Trust };

export function toEvidence(claim: TrustedClaim): Evidence {
  return {
    evidence: claim.evidence,
    url: claim.url,
    sourceId: claim.sourceId,
    site: siteOf(claim.url),
    trust: claim.trust,
    published: claim.published,
    confidence: claim.confidence,
    status: claim.status,
    date: claim.date,
  };
}

/** One article asserting one status is one piece of evidence for an entry, however often it is read. */
export function hasStatusEvidence(list: readonly Evidence[], e: Evidence): boolean {
  return list.some((x) => x.url === e.url && x.status === e.status);
}

/** The claim is already recorded on the entry exactly: it was accounted for by an earlier run. */
export function hasExactEvidence(list: readonly Evidence[], e: Evidence): boolean {
  return list.some((x) => x.url === e.url && x.status === e.status && x.date === e.date);
}

/** Newest last; an older copy from the same article and status gives way to the newer reading. */
export function appendEvidence(list: readonly Evidence[], added: readonly Evidence[], cap: number): Evidence[] {
  let out = [...list];
  for (const e of added) out = [...out.filter((x) => !(x.url === e.url && x.status === e.status)), e];
  return out.slice(-cap);
}

/**
 * Pending candidates count sites, so each article counts once; the first reading is kept so that a
 * re-read of the same article is recognisably "nothing new".
 */
export function addCandidateEvidence(list: readonly Evidence[], e: Evidence, cap: number): Evidence[] {
  if (list.some((x) => x.url === e.url)) return [...list];
  return [...list, e].slice(-cap);
}
