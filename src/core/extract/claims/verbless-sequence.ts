import type { Status } from '../../schemas/status.js';
import { confidenceOf } from '../confidence.js';
import type { DateExpr } from '../dates/expressions.js';
import { afterPublication, resolveDate, shiftDate } from '../dates/resolve.js';
import type { Mention } from '../mentions.js';
import type { Token } from '../tokens.js';
import { LOCATIVES, SUBJECT_VERBS } from '../words.js';
import type { ArticleContext, SentenceClaim } from './types.js';

/**
 * "The end of May was crowded: Spain on the 27th, Belgium and Portugal the next day, then Sweden, Iceland and
 * Norway together at a Nordic summit in Stockholm." Right after sentences that told signings, a sentence (or the
 * part after its colon) that is only a list of parties, each with a time or place of its own and no verb, goes
 * on with the series: each party signed (or is to sign) like those before it, on its own item's day.
 *
 * The reading is narrow on purpose: every token after the opening must belong to an item, an item opens on a
 * partner, its tail has no verb, and there are two items or the list is opened by "then" / "next".
 */

/** Words that open the list or join its items ("..., then Sweden", "and finally Norway"). */
const JOINERS = new Set([',', 'and', 'then', 'next', 'finally', 'lastly', ';']);
/** "the following day", "during the summit", "at the evening session": -ing and -ed words that are no verbs */
const NOT_VERBS = new Set(['during', 'following', 'morning', 'evening', 'meeting', 'gathering', 'signing', 'wedding', 'hundred', 'united']);
/** What may open an item's tail besides a date: a place, "together", "too", a time adverb. */
const TAIL_OPENERS = new Set([...LOCATIVES, 'on', 'during', 'together', 'too', 'also', 'later', 'soon', 'shortly']);

/** One item of the list: its parties and the token span of its tail. */
interface Item {
  readonly parties: readonly Mention[];
  readonly from: number;
  readonly to: number;
}

function verbLike(t: Token): boolean {
  if (!t.word || t.cap) return false;
  const w = t.lower;
  return SUBJECT_VERBS.has(w) || (w.length > 4 && /(?:ed|ing)$/.test(w) && !NOT_VERBS.has(w));
}

/**
 * The items of a verbless list that runs to the end of the sentence (from its colon, if any), or of the part
 * [from, to) of it; null when it is no such list.
 */
export function verblessItems(toks: readonly Token[], mentions: readonly Mention[], from = -1, to = toks.length, minItems = 2): Item[] | null {
  const colon = from >= 0 ? -1 : toks.findIndex((t) => t.text === ':');
  let i = from >= 0 ? from : colon >= 0 ? colon + 1 : 0;
  let end = to;
  while (end > i && !toks[end - 1]!.word && !/^\d/.test(toks[end - 1]!.text)) end--;
  const partnerAt = new Map(mentions.filter((m) => m.role === 'partner' && m.codes.length > 0).map((m) => [m.from, m]));
  const hubAt = new Set(mentions.filter((m) => m.role === 'hub').map((m) => m.from));
  const opened = toks[i]?.lower === 'then' || toks[i]?.lower === 'next';
  // ("; the Netherlands on 1 March", "Sweden and the UK": the article of a name is part of it, not of the tail)
  const joins = (k: number): boolean => JOINERS.has(toks[k]!.lower) || (toks[k]!.lower === 'the' && partnerAt.has(k + 1));
  const items: Item[] = [];
  while (i < end) {
    while (i < end && joins(i) && !partnerAt.has(i)) i++;
    if (i >= end) break;
    const first = partnerAt.get(i);
    if (!first) return null;
    // the item's parties: "Belgium and Portugal", "Sweden, Iceland and Norway"
    const parties: Mention[] = [first];
    let j = first.to;
    for (;;) {
      let k = j;
      while (k < end && (toks[k]!.text === ',' || toks[k]!.lower === 'and' || (toks[k]!.lower === 'the' && partnerAt.has(k + 1)))) k++;
      const next = k > j ? partnerAt.get(k) : undefined;
      if (!next) break;
      parties.push(next);
      j = next.to;
    }
    // the tail: up to the next joiner that opens another item
    const from = j;
    while (j < end) {
      if (JOINERS.has(toks[j]!.lower)) {
        let k = j;
        while (k < end && joins(k)) k++;
        if (partnerAt.has(k)) break;
      }
      // ("the next day in Kyiv": the hub's capital as the place)
      if (partnerAt.has(j) || (hubAt.has(j) && !LOCATIVES.has(toks[j - 1]?.lower ?? '')) || verbLike(toks[j]!)) return null;
      j++;
    }
    if (j === from) return null;
    items.push({ parties, from, to: j });
    i = j;
  }
  return items.length >= minItems || (items.length === 1 && opened) ? items : null;
}

/** every item needs a time or a place of its own: "Spain, Belgium and Portugal." is a list of names */
function placedOrTimed(toks: readonly Token[], items: readonly Item[], own: (it: Item) => DateExpr[]): boolean {
  return items.every((it) => own(it).length > 0 || TAIL_OPENERS.has(toks[it.from]!.lower));
}

/**
 * The claims of the items, in order: each item's one date is its own (a vague one, or none: no day); an anchored
 * one ("the next day") counts from the item before it, the first from `refDate`.
 */
function itemClaims(items: readonly Item[], dates: readonly DateExpr[], status: Status, refDate: string | null, ctx: ArticleContext, mentions: readonly Mention[], cueBase: number, listSize: number): SentenceClaim[] {
  const tense = status === 'planned' ? 'future' : 'past';
  const hubInSentence = mentions.some((m) => m.role === 'hub');
  const out: SentenceClaim[] = [];
  let before = refDate;
  items.forEach((it, n) => {
    const ds = dates.filter((d) => d.at >= it.from && d.at < it.to);
    const d = ds.length === 1 ? ds[0]! : undefined;
    let date: string | null = null;
    if (d?.kind === 'anchor') date = before !== null && !d.previous ? shiftDate(before, d.days) : null;
    else if (d) date = resolveDate(d, tense, ctx.dates);
    if (date !== null && tense === 'past' && afterPublication(date, ctx.dates)) date = null;
    before = date ?? before;
    const confidence = confidenceOf({ status, ref: 'anaphoric', hubInSentence, listSize, hedged: false, title: false, via: 'direct' });
    for (const m of it.parties) for (const party of m.codes) if (party !== ctx.hub) out.push({ party, status, date, via: 'direct', cueId: cueBase + n, confidence });
  });
  return out;
}

/**
 * "Denmark signed on 23 February in Lviv; Italy and Canada the next day in Kyiv; and ...": after a sentence's
 * signings (or plans), a part between semicolons that is only parties with a time or place repeats that signing
 * for them, on their own item's day (an anchor counts from the last date the sentence gave its claims).
 */
export function gappedSequenceClaims(toks: readonly Token[], mentions: readonly Mention[], dates: readonly DateExpr[], ctx: ArticleContext, claims: readonly SentenceClaim[]): SentenceClaim[] {
  if (claims.length === 0) return [];
  const first = claims[0]!;
  // (one status throughout: "Denmark signed ...; Italy the next day; and on 1 March the Dutch put their signature to
  // ...", several verbs of one series)
  if (claims.some((c) => c.status !== first.status) || (first.status !== 'planned' && first.status !== 'signed')) return [];
  const out: SentenceClaim[] = [];
  const tense = first.status === 'planned' ? 'future' : 'past';
  let before: string | null = null;
  const semis = toks.flatMap((t, i) => (t.text === ';' ? [i] : []));
  semis.forEach((s, n) => {
    // (an anchor counts from the last day the sentence gave before the item)
    const last = [...dates].reverse().find((d) => d.at < s && d.kind !== 'anchor' && d.kind !== 'vague');
    const given = last ? resolveDate(last, tense, ctx.dates) : null;
    if (given !== null && (before === null || last!.at > (semis[n - 1] ?? -1))) before = given;
    const to = semis[n + 1] ?? toks.length;
    const items = verblessItems(toks, mentions, s + 1, to, 1);
    if (!items || !placedOrTimed(toks, items, (it) => dates.filter((d) => d.at >= it.from && d.at < it.to))) return;
    const told = itemClaims(items, dates, first.status, before, ctx, mentions, first.cueId, claims.length + items.length);
    // (a party the sentence's cue took keeps its claim unless its item gives it a day of its own)
    for (const c of told) if (!claims.some((x) => x.party === c.party && (c.date === null || x.status !== c.status)) && !out.some((x) => x.party === c.party)) out.push({ ...c, cueId: first.cueId });
    before = [...told].reverse().find((c) => c.date !== null)?.date ?? before;
  });
  return out;
}

/**
 * The claims of a verbless list after signings: `status` is the status the sentences before told, `refDate`
 * what its first "the next day" counts from. Each item's one date is its own (a vague one, or none: no day); an
 * anchored one counts from the item before it.
 */
export function verblessSequenceClaims(
  toks: readonly Token[],
  mentions: readonly Mention[],
  dates: readonly DateExpr[],
  status: Status,
  refDate: string | null,
  ctx: ArticleContext,
  cueBase: number,
): SentenceClaim[] {
  const items = verblessItems(toks, mentions);
  if (!items) return [];
  const own = (it: Item): DateExpr[] => dates.filter((d) => d.at >= it.from && d.at < it.to);
  if (!placedOrTimed(toks, items, own)) return [];
  return itemClaims(items, dates, status, refDate, ctx, mentions, cueBase, items.reduce((n, it) => n + it.parties.length, 0));
}
