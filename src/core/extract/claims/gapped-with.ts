import { resolveDate } from '../dates/resolve.js';
import type { ArticleContext, SentenceAnalysis, SentenceClaim } from './types.js';

/**
 * "On May 27 the agreement was signed with Spain, and on May 28 - with Belgium and Portugal": a gapped last
 * item, a date and a "with" list closing the sentence, repeats the sentence's one signing (or plan) for
 * those parties with that date ("and on Friday in Lviv with Denmark"). Only when the sentence's claims come
 * from one cue with one status.
 */
const DASH = /^[-–—,]$/;
const GLUE = new Set([',', 'and', 'the']);

export function gappedWithClaims(a: SentenceAnalysis, ctx: ArticleContext, claims: readonly SentenceClaim[]): SentenceClaim[] {
  if (claims.length === 0) return [];
  const first = claims[0]!;
  if (claims.some((c) => c.cueId !== first.cueId || c.status !== first.status) || (first.status !== 'planned' && first.status !== 'signed')) return [];
  const { toks } = a;
  for (const d of a.dates) {
    if (d.kind === 'vague' || d.kind === 'anchor') continue;
    // ("..., and yesterday with Spain": a day named by one deictic word needs no preposition)
    const deictic = d.kind === 'relative' && /^(?:yesterday|today)$/.test(toks[d.at]?.lower ?? '') && toks[d.at - 1]?.lower === 'and';
    const prep = d.at - 1;
    if (!deictic && (!/^(?:on|in)$/.test(toks[prep]?.lower ?? '') || toks[prep - 1]?.lower !== 'and')) continue;
    // the date's own words ("May 28", "28 of May"), then an optional dash, then "with"
    let w = deictic ? d.at + 1 : d.at;
    // ("and on Friday in Lviv with Denmark": the venue may stand between the date and "with")
    while (w < toks.length && w <= d.at + 6 && toks[w]!.lower !== 'with' && (/^\d/.test(toks[w]!.text) || (toks[w]!.word && toks[w]!.cap) || toks[w]!.lower === 'of' || (toks[w]!.lower === 'in' && toks[w + 1]?.cap === true) || DASH.test(toks[w]!.text))) w++;
    if (toks[w]?.lower !== 'with' || (w === d.at && !deictic)) continue;
    // the list after "with" closes the sentence
    const items = a.mentions.filter((m) => m.from > w && m.codes.length === 1 && m.codes[0] !== ctx.hub);
    let k = w + 1;
    const taken: string[] = [];
    while (k < toks.length) {
      const m = items.find((x) => x.from === k);
      if (m) {
        taken.push(m.codes[0]!);
        k = m.to;
      } else if (GLUE.has(toks[k]!.lower)) k++;
      else break;
    }
    if (taken.length === 0 || !(k >= toks.length || /^[.;]$/.test(toks[k]!.text))) continue;
    const date = resolveDate(d, first.status === 'planned' ? 'future' : 'past', ctx.dates);
    return taken.filter((p) => !claims.some((c) => c.party === p)).map((party) => ({ ...first, party, date }));
  }
  return [];
}
