import type { DateExpr } from '../dates/expressions.js';
import { afterPublication, resolveDate, type ResolveContext } from '../dates/resolve.js';
import { reportedDate } from '../dates/statement-date.js';
import type { Token } from '../tokens.js';

/**
 * A refusal is made by saying it: "On Thursday, Orbán told reporters that Hungary would not sign ...",
 * "Hungary will not sign ..., Orbán said on Thursday". The refusal takes the date of its statement: a day
 * named before the refusal, or one right after a verb of saying; never a day after the refusal that is not
 * a statement's ("will not sign on Friday" dates the occasion that is off, not the refusal).
 */
export function refusalDate(toks: readonly Token[], dates: readonly DateExpr[], cueAt: number, ctx: ResolveContext): string | null {
  let best: string | null = null;
  for (const d of dates) {
    if (d.kind !== 'weekday' && d.kind !== 'relative' && d.kind !== 'absolute') continue;
    if (d.at > cueAt && !reportedDate(toks, d.at)) continue;
    if (d.kind === 'absolute' && d.dateline !== true && d.at < cueAt && !reportedDate(toks, d.at) && !opensSentence(toks, d.at)) continue;
    const r = resolveDate(d, 'past', ctx);
    if (r === null || afterPublication(r, ctx)) continue;
    if (best !== null) return null; // two candidate days: no telling which is the statement's
    best = r;
  }
  return best;
}

/** "On 7 November, ..." at the start of the sentence. */
function opensSentence(toks: readonly Token[], at: number): boolean {
  return at === 0 || (at === 1 && /^(?:on|by)$/.test(toks[0]!.lower));
}
