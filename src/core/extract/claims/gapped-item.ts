import { resolveDate } from '../dates/resolve.js';
import type { ArticleContext, SentenceAnalysis, SentenceClaim } from './types.js';

/**
 * "Luxembourg's agreement is to be signed on Wednesday, and Romania's on Thursday": a gapped last item, a
 * party in the possessive followed only by its own date, repeats the sentence's one claim for that party
 * with that date. Only when the sentence's claims come from one cue with one status, and the item ends the
 * sentence (or its clause), so "and Romania's president on Thursday said ..." is not read as one.
 */
export function gappedItemClaims(a: SentenceAnalysis, ctx: ArticleContext, claims: readonly SentenceClaim[]): SentenceClaim[] {
  if (claims.length === 0) return [];
  const first = claims[0]!;
  if (claims.some((c) => c.cueId !== first.cueId || c.status !== first.status) || (first.status !== 'planned' && first.status !== 'signed')) return [];
  const { toks } = a;
  const out: SentenceClaim[] = [];
  for (const m of a.mentions) {
    if (m.codes.length !== 1 || m.codes[0] === ctx.hub || claims.some((c) => c.party === m.codes[0])) continue;
    if (toks[m.from - 1]?.lower !== 'and' || (toks[m.to]?.lower !== "'" && toks[m.to]?.text !== '’') || toks[m.to + 1]?.lower !== 's') continue;
    if (!/^(?:on|in|at)$/.test(toks[m.to + 2]?.lower ?? '')) continue;
    const d = a.dates.find((x) => x.at === m.to + 3);
    if (!d || d.kind === 'vague' || d.kind === 'anchor') continue;
    // the date closes the item: the sentence or clause ends within a few tokens
    const end = toks.findIndex((t, k) => k > d.at && !t.word);
    if (end < 0 || end > d.at + 4 || !/^[.;,)]$/.test(toks[end]!.text)) continue;
    const date = resolveDate(d, first.status === 'planned' ? 'future' : 'past', ctx.dates);
    out.push({ ...first, party: m.codes[0]!, date });
  }
  return out;
}
