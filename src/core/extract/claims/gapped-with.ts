import { resolveDate } from '../dates/resolve.js';
import type { ArticleContext, SentenceAnalysis, SentenceClaim } from './types.js';

/**
 * "On May 27 the agreement was signed with Spain, and on May 28 - with Belgium and Portugal": a gapped last
 * item, a date and a "with" list closing the sentence, repeats the sentence's one signing (or plan) for
 * those parties with that date ("and on Friday in Lviv with Denmark"). Only when the sentence's claims come
 * from one cue with one status.
 */
const DASH = /^[-–—,]$/;

export function gappedWithClaims(a: SentenceAnalysis, ctx: ArticleContext, claims: readonly SentenceClaim[]): SentenceClaim[] {
  if (claims.length === 0) return [];
  const first = claims[0]!;
  if (claims.some((c) => c.cueId !== first.cueId || c.status !== first.status) || (first.status !== 'planned' && first.status !== 'signed')) return [];
  const { toks } = a;
  for (const d of a.dates) {
    if (d.kind === 'anchor') continue;
    // ("and in late May with Madrid and Lisbon", "and last month with Rome": a vaguer time gaps the same way, undated)
    if (d.kind === 'vague') {
      const w = vagueGapWith(toks, d.at);
      if (w < 0) continue;
      const taken = listClosing(a, ctx, w);
      if (taken.length === 0) continue;
      return taken.filter((p) => !claims.some((c) => c.party === p)).map((party) => ({ ...first, party, date: null }));
    }
    // ("..., and yesterday with Spain", "and this morning - with Romania": a day named by a deictic word needs no
    // preposition)
    // (its words; 0 when the date is no deictic day after "and")
    const deictic = d.kind === 'relative' && toks[d.at - 1]?.lower === 'and' ? deicticLength(toks, d.at) : 0;
    const prep = d.at - 1;
    if (deictic === 0 && (!/^(?:on|in)$/.test(toks[prep]?.lower ?? '') || toks[prep - 1]?.lower !== 'and')) continue;
    // the date's own words ("May 28", "28 of May"), then an optional dash, then "with"
    let w = d.at + deictic;
    // ("and on Friday in Lviv with Denmark": the venue may stand between the date and "with")
    while (w < toks.length && w <= d.at + 6 && toks[w]!.lower !== 'with' && (/^\d/.test(toks[w]!.text) || (toks[w]!.word && toks[w]!.cap) || toks[w]!.lower === 'of' || (toks[w]!.lower === 'in' && toks[w + 1]?.cap === true) || DASH.test(toks[w]!.text))) w++;
    if (toks[w]?.lower !== 'with' || (w === d.at && deictic === 0)) continue;
    const taken = listClosing(a, ctx, w);
    if (taken.length === 0) continue;
    const date = resolveDate(d, first.status === 'planned' ? 'future' : 'past', ctx.dates);
    return taken.filter((p) => !claims.some((c) => c.party === p)).map((party) => ({ ...first, party, date }));
  }
  return [];
}

/** "yesterday", "today" (1), "this morning" (2): the words of a deictic day at token i, or 0. */
function deicticLength(toks: SentenceAnalysis['toks'], i: number): number {
  const w = toks[i]?.lower ?? '';
  if (/^(?:yesterday|today)$/.test(w)) return 1;
  return w === 'this' && /^(?:morning|afternoon|evening)$/.test(toks[i + 1]?.lower ?? '') ? 2 : 0;
}

/** The parties of the list after "with" at token w, when it closes the sentence; else none. */
function listClosing(a: SentenceAnalysis, ctx: ArticleContext, w: number): string[] {
  const { parties, end } = listAfter(a, ctx, w);
  const close = leaderAfter(a.toks, end);
  return close >= a.toks.length || /^[.;]$/.test(a.toks[close]!.text) ? parties : [];
}

/**
 * "..., and this morning - with Romania, with President Iohannis.": a trailing ", with" and a capitalised name is
 * who signed for the party just listed, not more of the sentence. The token after it, or `end` when there is none.
 */
function leaderAfter(toks: SentenceAnalysis['toks'], end: number): number {
  if (toks[end]?.text !== ',' || toks[end + 1]?.lower !== 'with') return end;
  let k = end + 2;
  while (k < toks.length && toks[k]!.word && toks[k]!.cap) k++;
  return k > end + 2 ? k : end;
}

/** words that may open a vague time after "and" ("and in late May", "and last month") */
const VAGUE_OPENERS = new Set(['in', 'late', 'early', 'mid', 'the', 'of', 'last', 'earlier', 'this']);
const TIME_NOUNS = new Set(['month', 'week', 'year', 'spring', 'summer', 'autumn', 'winter']);

/** "and in late May with": the token of "with" after a vague time gapped right after "and", else -1. */
function vagueGapWith(toks: SentenceAnalysis['toks'], at: number): number {
  let s = at;
  // ("and in mid-February with": the hyphen of "mid-" is a token of its own)
  while (s > 0 && s > at - 5 && (VAGUE_OPENERS.has(toks[s - 1]!.lower) || (toks[s - 1]!.text === '-' && toks[s - 2]?.lower === 'mid'))) s--;
  if (toks[s - 1]?.lower !== 'and') return -1;
  let w = at + 1;
  while (w < toks.length && w <= at + 2 && TIME_NOUNS.has(toks[w]!.lower)) w++;
  return toks[w]?.lower === 'with' ? w : -1;
}

/**
 * "Today we signed agreements with Romania and Luxembourg – yesterday with Luxembourg, to be precise": a gapped
 * phrase set off by a dash or a bracket that names again a party the sentence's cue already took gives that
 * party its own date (a correction or a precision): the claims, with those dates replaced.
 */
export function restatedDates(a: SentenceAnalysis, ctx: ArticleContext, claims: readonly SentenceClaim[]): SentenceClaim[] {
  const { toks } = a;
  let out: SentenceClaim[] = [...claims];
  for (const d of a.dates) {
    if (d.kind === 'anchor' || d.kind === 'vague') continue;
    // (set off: "– yesterday with", "(on 10 July with", "or rather on Friday with")
    const p = toks[d.at - 1]?.lower ?? '';
    const opens = (x: string): boolean => x === '-' || x === '(' || x === 'or' || x === 'rather';
    if (!opens(p) && !(/^(?:on|in)$/.test(p) && opens(toks[d.at - 2]?.lower ?? ''))) continue;
    // the date's own words ("May 28", "10 July"), then "with"
    let w = d.at + 1;
    while (w < toks.length && w <= d.at + 3 && toks[w]!.lower !== 'with' && (/^\d/.test(toks[w]!.text) || (toks[w]!.word && toks[w]!.cap) || toks[w]!.lower === 'of')) w++;
    if (toks[w]?.lower !== 'with') continue;
    const named = listAfter(a, ctx, w).parties;
    const again: SentenceClaim[] = out.filter((c) => named.includes(c.party) && (c.status === 'signed' || c.status === 'planned'));
    for (const cue of new Set(again.map((c) => c.cueId))) {
      const status = again.find((c) => c.cueId === cue)!.status;
      const date = resolveDate(d, status === 'planned' ? 'future' : 'past', ctx.dates);
      out = out.map((c) => (c.cueId === cue && named.includes(c.party) ? { ...c, date } : c));
    }
  }
  return out;
}

/** The parties of the list right after "with" at token w (names and list glue), and the token after it. */
function listAfter(a: SentenceAnalysis, ctx: ArticleContext, w: number): { parties: string[]; end: number } {
  const items = a.mentions.filter((m) => m.from > w && m.codes.length === 1 && m.codes[0] !== ctx.hub);
  const parties: string[] = [];
  let k = w + 1;
  while (k < a.toks.length) {
    const m = items.find((x) => x.from === k);
    if (m) {
      parties.push(m.codes[0]!);
      k = m.to;
    } else if (a.toks[k]!.lower === 'and' || a.toks[k]!.lower === 'the' || (a.toks[k]!.text === ',' && items.some((x) => x.from === k + 1))) k++;
    else break;
  }
  return { parties, end: k };
}
