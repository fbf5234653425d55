import type { ArticleInput } from '../../schemas/claim.js';
import type { Candidate } from '../article/merge.js';
import type { Unit } from '../article/units.js';
import type { ArticleContext } from '../claims/types.js';
import { structuredClaims } from './index.js';

/** Cue ids of structured rows sit above any sentence's (order * 1000 + cue index). */
const CUE_BASE = 900;

/**
 * The structured rows' claims as merge candidates: each placed at the sentence unit its row starts in, so
 * they sort and merge with the prose claims.
 */
export function structuredCandidates(article: ArticleInput, all: readonly Unit[], ctx: ArticleContext): Candidate[] {
  // a block counts only where its lead or the article names the type: an article that never names it has none
  if (!ctx.focused) return [];
  const claims = structuredClaims(article.text, { hub: ctx.hub, focused: ctx.focused, weakOk: ctx.weakOk, dates: ctx.dates, title: article.title });
  if (claims.length === 0) return [];
  const body: number[] = [];
  all.forEach((u, i) => {
    if (!u.title) body.push(i);
  });
  const orderAt = (offset: number): number => {
    let lo = 0;
    let hi = body.length - 1;
    let found = body[0] ?? 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (all[body[mid]!]!.start <= offset) {
        found = body[mid]!;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
  return claims.map((c) => {
    const order = orderAt(c.start);
    return {
      party: c.party,
      status: c.status,
      date: c.date,
      confidence: c.confidence,
      via: 'direct',
      cueId: order * 1000 + CUE_BASE + (c.block % 100),
      evidence: c.evidence,
      order,
      title: false,
    };
  });
}
