import type { DateExpr } from '../dates/expressions.js';
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
    // (the verb a gapped subject repeats stands before it)
    if (!a.triggers.some((t) => t.at < m.from)) continue;
    const subject = gappedSubject(a, m.from, m.to);
    if (subject !== null) {
      out.push({ ...first, party: m.codes[0]!, date: subject.kind === 'anchor' || subject.kind === 'vague' ? null : resolveDate(subject, first.status === 'planned' ? 'future' : 'past', ctx.dates) });
      continue;
    }
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

/**
 * "Riga signed its agreement in April, Tallinn in June", "..., and Vilnius a week later", "..., Tallinn on the
 * same day as Vilnius": a gapped subject, a name after a comma or "and" followed only by its own time, repeats
 * the verb before it. Returns that time (a month alone, or an anchor to another party's day, leaves it undated), or null. Tokens
 * [from, to) are the name.
 */
function gappedSubject(a: SentenceAnalysis, from: number, to: number): DateExpr | null {
  const { toks } = a;
  const p = toks[from - 1]?.lower;
  if (p !== ',' && p !== 'and') return null;
  // ("in Oxford, UK on 18 July": the country of a place, not a second subject)
  // ("in April, Tallinn in June": a month there is a time, not a place)
  if (p === ',' && toks[from - 2]?.cap && /^(?:in|at|near|outside)$/.test(toks[from - 3]?.lower ?? '') && !a.dates.some((x) => x.at === from - 2)) return null;
  // the time follows the name at once, perhaps after "on" / "in" / "at"
  const d = a.dates.find((x) => x.at === to || (x.at === to + 1 && /^(?:on|in|at)$/.test(toks[to]?.lower ?? '')) || (x.at === to + 2 && toks[to]?.lower === 'on' && toks[to + 1]?.lower === 'the'));
  // (a vague time only as a month: "Tallinn in June", not "Tallinn soon")
  if (!d || (d.kind === 'vague' && !toks[d.at]!.cap)) return null;
  // ... and closes the item: a comma, a semicolon or the end within a few tokens ("on the same day as Vilnius,")
  const end = toks.findIndex((t, k) => k > d.at && !t.word);
  if (end < 0 || end > d.at + 4 || !/^[.;,)]$/.test(toks[end]!.text)) return null;
  return d;
}
