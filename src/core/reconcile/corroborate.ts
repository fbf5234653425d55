import type { Evidence } from '../schemas/index.js';
import type { ReconcilePolicy } from './policy.js';

export function isConfirmed(claims: readonly Evidence[], policy: ReconcilePolicy, correction: boolean): boolean {
  const sites = new Set(claims.map((c) => c.site)).size;
  if (sites >= policy.minSources) return true;
  if (policy.officialConfirms && claims.some((c) => c.trust === 'official')) return true;
  if (correction) return false;
  return claims.some((c) => c.confidence >= policy.minConfidence);
}
