import type { ArticleInput } from '../../schemas/claim.js';
import type { Candidate } from '../article/merge.js';
import type { Unit } from '../article/units.js';
import type { ArticleContext } from '../claims/types.js';
import { findDates } from '../dates/expressions.js';
import { structuredClaims, type DatedSpan, type Structured } from './index.js';

/** Cue ids of structured rows sit above any sentence's (order * 1000 + cue index). */
const CUE_BASE = 900;

/**
 * Adds the structured rows' claims to the merge candidates, each placed at the sentence unit its row starts
 * in, so they sort and merge with the prose claims; and dates the prose claims of a chronology's entries by
 * their date headings.
 */
export function readStructured(article: ArticleInput, ctx: ArticleContext): Structured | null {
  // a block counts only where its lead or the article names the type: an article that never names it has none
  if (!ctx.focused) return null;
  const found = structuredClaims(article.text, { hub: ctx.hub, focused: ctx.focused, weakOk: ctx.weakOk, dates: ctx.dates, title: article.title });
  return found.claims.length === 0 && found.spans.length === 0 ? null : found;
}

/**
 * The offsets where rows of the tracked agreements start: a list of signings keeps the type the topic of the
 * prose after it ("Hungary refused to sign" below twenty dated rows), as a sentence naming the type would.
 */
export function rowStarts(found: Structured | null): Set<number> {
  return new Set(found?.claims.map((c) => c.start) ?? []);
}

export function addStructured(candidates: Candidate[], found: Structured | null, all: readonly Unit[]): void {
  if (found === null) return;
  const { claims, spans } = found;
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
  if (spans.length > 0) dateEntries(candidates, spans, all);
  for (const c of claims) {
    const order = orderAt(c.start);
    candidates.push({
      party: c.party,
      status: c.status,
      date: c.date,
      confidence: c.confidence,
      via: 'direct',
      cueId: order * 1000 + CUE_BASE + (c.block % 100),
      evidence: c.evidence,
      order,
      title: false,
    });
  }
}

/**
 * A signing (refusal, ratification) the entry tells without any date of its own took place on its heading's
 * day; a plan under a week-ahead page's weekday label is for that day ahead.
 */
function dateEntries(candidates: Candidate[], spans: readonly DatedSpan[], all: readonly Unit[]): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.date !== null || c.title || c.undated) continue;
    const done = c.status === 'signed' || c.status === 'refused' || c.status === 'ratified';
    if (!done && c.status !== 'planned') continue;
    const u = all[c.order];
    if (!u) continue;
    const span = spanAt(spans, u.start);
    const day = span === null ? undefined : done ? span.date : span.ahead;
    if (day !== undefined && findDates(u.toks).length === 0) candidates[i] = { ...c, date: day };
  }
}

/** The span holding an offset (spans are in text order and do not overlap): a binary search. */
function spanAt(spans: readonly DatedSpan[], offset: number): DatedSpan | null {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}
