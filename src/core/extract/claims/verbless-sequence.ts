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

/** The items of a verbless list that runs to the end of the sentence, or null when the sentence is no such list. */
export function verblessItems(toks: readonly Token[], mentions: readonly Mention[]): Item[] | null {
  const colon = toks.findIndex((t) => t.text === ':');
  let i = colon >= 0 ? colon + 1 : 0;
  let end = toks.length;
  while (end > i && !toks[end - 1]!.word && !/^\d/.test(toks[end - 1]!.text)) end--;
  const partnerAt = new Map(mentions.filter((m) => m.role === 'partner' && m.codes.length > 0).map((m) => [m.from, m]));
  const hubAt = new Set(mentions.filter((m) => m.role === 'hub').map((m) => m.from));
  const opened = toks[i]?.lower === 'then' || toks[i]?.lower === 'next';
  const items: Item[] = [];
  while (i < end) {
    while (i < end && JOINERS.has(toks[i]!.lower) && !partnerAt.has(i)) i++;
    if (i >= end) break;
    const first = partnerAt.get(i);
    if (!first) return null;
    // the item's parties: "Belgium and Portugal", "Sweden, Iceland and Norway"
    const parties: Mention[] = [first];
    let j = first.to;
    for (;;) {
      let k = j;
      while (k < end && (toks[k]!.text === ',' || toks[k]!.lower === 'and')) k++;
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
        while (k < end && JOINERS.has(toks[k]!.lower)) k++;
        if (partnerAt.has(k)) break;
      }
      if (partnerAt.has(j) || hubAt.has(j) || verbLike(toks[j]!)) return null;
      j++;
    }
    if (j === from) return null;
    items.push({ parties, from, to: j });
    i = j;
  }
  return items.length >= 2 || (items.length === 1 && opened) ? items : null;
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
  // every item needs a time or a place of its own: "Spain, Belgium and Portugal." is a list of names
  const own = (it: Item): DateExpr[] => dates.filter((d) => d.at >= it.from && d.at < it.to);
  if (!items.every((it) => own(it).length > 0 || TAIL_OPENERS.has(toks[it.from]!.lower))) return [];
  const tense = status === 'planned' ? 'future' : 'past';
  const hubInSentence = mentions.some((m) => m.role === 'hub');
  const listSize = items.reduce((n, it) => n + it.parties.length, 0);
  const out: SentenceClaim[] = [];
  let before = refDate;
  items.forEach((it, n) => {
    const ds = own(it);
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
