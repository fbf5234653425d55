import type { DateExpr } from '../dates/expressions.js';
import { afterPublication, resolveDate, type ResolveContext, type Tense } from '../dates/resolve.js';
import type { Mention } from '../mentions.js';
import type { Token } from '../tokens.js';

/**
 * "Signatories: the U.K., which went first on Jan. 12; Germany and France, which followed on Feb. 16; and
 * Latvia, whose prime minister brought it to Riga on March 1": a list opened by a colon whose items are cut
 * by semicolons gives each item's members the one date of their item. Undefined when the sentence is not
 * such a list or the item has no single date of its own.
 */
export function semicolonItemDate(m: Mention, toks: readonly Token[], dates: readonly DateExpr[], tense: Tense, ctx: ResolveContext): string | null | undefined {
  const colon = toks.findIndex((t) => t.text === ':');
  if (colon < 0 || colon > m.from) return undefined;
  let from = colon + 1;
  let to = toks.length;
  let items = 1;
  for (let i = colon + 1; i < toks.length; i++) {
    if (toks[i]!.text !== ';') continue;
    items++;
    if (i < m.from) from = i + 1;
    else if (to === toks.length) to = i;
  }
  if (items < 3) return undefined;
  const inItem = dates.filter((d) => d.at >= from && d.at < to);
  if (inItem.some((d) => d.kind === 'anchor')) return undefined;
  const own = inItem.filter((d) => d.kind !== 'vague');
  // an item without a day of its own, among items that have theirs: no day ("..., and Lithuania, in May")
  if (own.length === 0) return dates.some((d) => d.at > colon && (d.at < from || d.at >= to) && d.kind !== 'vague' && d.kind !== 'anchor') ? null : undefined;
  if (own.length !== 1 || own[0]!.at < m.to) return undefined;
  const r = resolveDate(own[0]!, tense, ctx);
  return r !== null && tense === 'past' && afterPublication(r, ctx) ? null : r;
}
