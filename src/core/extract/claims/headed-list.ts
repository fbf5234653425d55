import type { Status } from '../../schemas/status.js';
import { confidenceOf } from '../confidence.js';
import { MONTHS } from '../dates/calendar-words.js';
import type { Mention } from '../mentions.js';
import type { Token } from '../tokens.js';
import type { SentenceClaim } from './types.js';

/**
 * "APRIL. Finland and Latvia." / "July: Poland, Luxembourg and Romania.": a month-by-month recap whose entry is
 * only the month and the names of its partners. Right after signings told, the entry goes on with the series:
 * each partner named signed (or is to sign) like those before it, in that month. The month alone gives no day.
 *
 * The reading is narrow: the heading is nothing but a month or season (and a year), and the entry nothing but
 * partners joined by commas and "and" — a name with anything else after it ("Poland, with 2 billion in aid") is
 * some other list.
 */

const SEASONS = new Set(['spring', 'summer', 'autumn', 'fall', 'winter']);

/** Is tokens [from, to) a month or season heading ("APRIL", "Autumn 2024", "January–March")? */
function isMonthHeading(toks: readonly Token[], from: number, to: number): boolean {
  let named = false;
  for (let i = from; i < to; i++) {
    const t = toks[i]!;
    if (!t.word) {
      if (!/^[.:–—-]$/.test(t.text)) return false;
    } else if ((MONTHS.has(t.lower) && (t.lower.length > 3 || t.lower === 'may')) || SEASONS.has(t.lower)) named = true;
    else if (!/^(?:19|20)\d\d$/.test(t.text)) return false;
  }
  return named;
}

/** The partners of tokens [from, end of sentence) when they are nothing but partners joined by "," and "and". */
function bareList(toks: readonly Token[], mentions: readonly Mention[], from: number, hub: string): Mention[] | null {
  const partnerAt = new Map(mentions.filter((m) => m.role === 'partner' && m.codes.length > 0).map((m) => [m.from, m]));
  let end = toks.length;
  while (end > from && !toks[end - 1]!.word) end--;
  const out: Mention[] = [];
  let i = from;
  while (i < end) {
    const t = toks[i]!;
    const m = partnerAt.get(i);
    if (m) {
      if (m.codes.includes(hub)) return null;
      out.push(m);
      i = m.to;
    } else if (t.text === ',' || t.lower === 'and' || (t.lower === 'the' && partnerAt.has(i + 1))) i++;
    else return null;
  }
  return out.length > 0 ? out : null;
}

/**
 * The partners of a month's entry that names only them: after its own heading and colon ("July: Poland and
 * Romania"), or as the sentence after a heading that stands alone ("APRIL." then "Finland and Latvia.").
 */
export function headedListParties(toks: readonly Token[], mentions: readonly Mention[], previous: readonly Token[] | null, hub: string): Mention[] | null {
  const colon = toks.findIndex((t) => t.text === ':');
  if (colon > 0) return isMonthHeading(toks, 0, colon) ? bareList(toks, mentions, colon + 1, hub) : null;
  if (previous === null || previous.length === 0 || !isMonthHeading(previous, 0, previous.length)) return null;
  return bareList(toks, mentions, 0, hub);
}

/** The claims of such an entry: each partner with the status the sentences before told, and no day. */
export function headedListClaims(parties: readonly Mention[], status: Status, hub: string, cueId: number): SentenceClaim[] {
  const size = parties.reduce((n, m) => n + m.codes.length, 0);
  const confidence = confidenceOf({ status, ref: 'anaphoric', hubInSentence: false, listSize: size, hedged: false, title: false, via: 'direct' });
  return parties.flatMap((m) => m.codes.filter((c) => c !== hub).map((party) => ({ party, status, date: null, via: 'direct' as const, cueId, confidence })));
}
