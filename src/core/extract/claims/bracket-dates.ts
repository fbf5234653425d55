import type { DateExpr } from '../dates/expressions.js';
import { afterPublication, resolveDate, type ResolveContext, type Tense } from '../dates/resolve.js';
import type { Mention } from '../mentions.js';
import type { Token } from '../tokens.js';

/**
 * "Ukraine has previously signed similar agreements with the United Kingdom (12 January), Germany and France
 * (16 February), Denmark (23 February), Sweden, Norway and Iceland (31 May)": a date in parentheses right after a list member (or after a run of
 * members joined by "and") is those members' own date. Undefined when the member has no such gloss.
 */
export function bracketDate(m: Mention, members: readonly Mention[], toks: readonly Token[], dates: readonly DateExpr[], tense: Tense, ctx: ResolveContext): string | null | undefined {
  let j = m.to;
  // past "and France" / "& France" to the parenthesis that closes the run; a run of three or more is joined by
  // commas with "and" before its last member ("Sweden, Norway and Iceland (31 May)")
  let lastJoiner = '';
  for (let guard = 0; guard < 6 && toks[j]?.text !== '('; guard++) {
    if (toks[j]?.text === ',' && /^(?:and|&)$/.test(toks[j + 1]?.lower ?? '')) j++;
    if (!/^(?:and|&|,)$/.test(toks[j]?.lower ?? '')) return undefined;
    lastJoiner = toks[j]!.lower;
    const next = members.find((x) => x.from === j + 1);
    if (!next) return undefined;
    j = next.to;
  }
  if (toks[j]?.text !== '(' || lastJoiner === ',') return undefined;
  const d = dates.find((e) => e.at === j + 1 && (e.kind === 'absolute' || e.kind === 'monthday'));
  if (!d) return undefined;
  // the parenthesis holds nothing but the date ("(16 February)", "(Feb. 16, 2024)")
  let close = j + 2;
  while (close < toks.length && close <= j + 6 && toks[close]!.text !== ')') close++;
  if (toks[close]?.text !== ')') return undefined;
  const r = resolveDate(d, tense, ctx);
  return r !== null && tense === 'past' && afterPublication(r, ctx) ? null : r;
}
