import type { Unit } from '../article/units.js';
import { findDates } from './expressions.js';
import { resolveDate, type ResolveContext } from './resolve.js';

/** How far into the text a report's lead may stand (kickers, captions and bylines come first). */
const LEAD_CHARS = 700;

/**
 * An undated page's own day, from its lead: news writes the day of its story into the first sentence that
 * dates anything ("... signed the agreement in Kyiv on Saturday, February 24", "will arrive in Madrid on
 * Monday, May 27"), and its "today", "yesterday" and "on Tuesday" count from that day. A lead whose first
 * date is itself relative ("on Friday"), a month alone, a day without year or weekday, or a date not
 * introduced by "on" (the subject of the sentence, not the day of its event) gives no day; a dateline that opens
 * the lead ("LISBON, May 28 (Lusa) -") gives its own.
 */
export function leadDay(all: readonly Unit[], dates: ResolveContext): { day: string; yearless: boolean } | null {
  const headline = all.find((u) => u.title)?.evidence.trim();
  for (const u of all) {
    // (the headline repeated at the top of the text is no lead)
    if (u.title || u.toks.length === 0 || u.evidence.trim() === headline) continue;
    if (u.start > LEAD_CHARS) return null;
    const found = findDates(u.toks);
    if (found.length === 0) continue;
    const first = found[0]!;
    if (first.kind !== 'absolute') return null;
    // "LISBON, May 28 (Lusa) - ... signed on Tuesday": a wire's dateline is the day it files its story on
    // (its year, when it gives none, the page's: the URL's or the text's latest)
    if (first.dateline) {
      const day = resolveDate(first, 'none', dates);
      return day === null ? null : { day, yearless: false };
    }
    // the day of a reported event ("signed ... on 1 March 2024"), not a
    // date the sentence is about ("12 March 2024 was when Riga first proposed the text")
    if (u.toks[first.at - 1]?.lower !== 'on') return null;
    // a day without its year ("on 14 June") takes the year the claims of the page take for it (the URL's,
    // the text's latest, else the agreements' first)
    const day = resolveDate(first, 'none', dates);
    return day === null ? null : { day, yearless: first.year === null && first.weekday === null };
  }
  return null;
}

