import { COUNTRIES } from '../../gazetteer/index.js';
import { MONTHS, WEEKDAYS } from './calendar-words.js';
import { dayIso } from './resolve.js';

/**
 * The day a page dates itself to on a line of its own near the top: a dateline or the timestamp a site prints
 * under its headline ("18 July 2024 | ČTK", "18.10.2024 | 10:24", "Wed, April 3, 2024 at 12:15 PM UTC",
 * "Devdiscourse News Desk | Fasano | Updated: 13-06-2024 21:55 IST", "KYODO NEWS - Jun 14, 2024 - 02:11 |
 * World, All", "Published on 16/02/2024 - 14:30"). When the feed gives no publication date, that line is the
 * story's "today": "signed yesterday" under it is the day before.
 *
 * Only a line of furniture counts: before the date nothing but names in capitals (an agency, a desk, a place,
 * a byline), a label ("Updated:", "Published on") and a weekday; after it nothing but a time, a weekday and
 * separated short fields. A sentence that holds a date ("Talks began on 12 March 2024") is news, not a
 * dateline, and a list row that starts with a country ("Germany, 16 February 2024") is a row of a list.
 */

/** how many lines from the top a dateline may stand (headline, kicker and byline come first) */
const TOP_LINES = 6;
/** how many lines from the top a page's timestamp may stand when the publication day is known */
const STAMP_LINES = 10;
const MAX_LINE = 120;

const ORD = '(?:st|nd|rd|th)?';
/** "23 February 2024", "28 lutego 2024", "14 Jun. 2024" */
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})${ORD}\.?\s+([a-zà-ž]+)\.?,?\s+(\d{4})\b`, 'giu');
/** "April 3, 2024", "Sept 4 2024", "Jun 14, 2024" */
const MONTH_DAY_YEAR = new RegExp(String.raw`\b([a-zà-ž]+)\.?\s+(\d{1,2})${ORD},?\s+(\d{4})\b`, 'giu');
/** "18.10.2024", "13-06-2024", "16/02/2024" (day first, as European sites write it, unless it cannot be) */
const NUMERIC = /\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b/g;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

interface FullDate {
  readonly day: string;
  /** the other reading of an ambiguous numeric date ("03/04/2024": 3 April or March 4) */
  readonly alt?: string;
  readonly at: number;
  readonly end: number;
}

/** Every date with day, month and year written on a line, in order. */
export function fullDatesIn(line: string): FullDate[] {
  const out: FullDate[] = [];
  const add = (day: string | null, at: number, end: number, alt?: string | null): void => {
    if (day && !out.some((d) => at < d.end && d.at < end)) out.push(alt && alt !== day ? { day, alt, at, end } : { day, at, end });
  };
  for (const m of line.matchAll(DAY_MONTH_YEAR)) add(worded(+m[3]!, m[2]!, +m[1]!), m.index, m.index + m[0].length);
  for (const m of line.matchAll(MONTH_DAY_YEAR)) add(worded(+m[3]!, m[1]!, +m[2]!), m.index, m.index + m[0].length);
  for (const m of line.matchAll(ISO)) add(checked(+m[1]!, +m[2]!, +m[3]!), m.index, m.index + m[0].length);
  for (const m of line.matchAll(NUMERIC)) {
    const [a, b, y] = [+m[1]!, +m[3]!, +m[4]!];
    const dayFirst = checked(y, b, a);
    const monthFirst = checked(y, a, b);
    add(dayFirst ?? monthFirst, m.index, m.index + m[0].length, dayFirst ? monthFirst : null);
  }
  return out.sort((x, y) => x.at - y.at);
}

function worded(year: number, monthWord: string, day: number): string | null {
  const month = MONTHS.get(monthWord.toLowerCase());
  return month === undefined ? null : checked(year, month, day);
}

function checked(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) return null;
  return dayIso(year, month, day);
}

/** The day of the first dateline among the top lines of a page, or null. */
export function datelineDay(text: string): string | null {
  let seen = 0;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (++seen > TOP_LINES) break;
    if (line.length > MAX_LINE) continue;
    const first = fullDatesIn(line)[0];
    if (first && isFurniture(line.slice(0, first.at), line.slice(first.end))) return first.day;
  }
  return null;
}

/**
 * Does a line near the top carry this day as a date (a timestamp, "Published 31.05.2024", "1 March 2024 -
 * 15:42")? Unlike datelineDay the line may say more: the day is known, the line only confirms it.
 */
export function stampsDay(line: string, day: string, order: number): boolean {
  if (order >= STAMP_LINES || line.length > MAX_LINE) return false;
  return fullDatesIn(line).some((d) => d.day === day || d.alt === day);
}

/** weekday names and their abbreviations ("Thurs", "Fri") */
export const WEEKDAY_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS.keys(), 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);
/** the labels sites put before their timestamp, and the few small words of a byline or desk */
const LABEL_WORDS = new Set(['by', 'on', 'at', 'and', 'of', 'the', 'news', 'desk', 'staff', 'published', 'updated', 'created', 'posted', 'last', 'first', 'modified', 'date']);
const COUNTRY_NAMES = new Set(COUNTRIES.flatMap((c) => c.names.map((n) => n.toLowerCase())));
const SEPARATORS = /[|•·/–—,:-]+/g;
const TIME = String.raw`\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,5}(?:[+-]\d{1,2})?|local time))?`;
const WEEKDAY_RE = String.raw`(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?)`;
/** after the date: a weekday, "at" and a time, then separated short fields (a source, "2 min read", a section) */
/** a time printed before the date ("13:05 JST, June 14, 2024") */
const LEADING_TIME = new RegExp(TIME, 'g');
const TAIL = new RegExp(String.raw`^\s*(?:,?\s*${WEEKDAY_RE})?\s*(?:[,|•·–—-]|\/\/?)?\s*(?:(?:at\s+)?${TIME})?\s*(?:(?:[|•·–—-]|\/\/?)\s*[^.!?]{0,60})?$`, 'i');

function isFurniture(before: string, after: string): boolean {
  if (!TAIL.test(after)) return false;
  // "Talks began on", "Signed in Kyiv," — a sentence's words before the date
  if (/\b(?:on|in|at|of|the|and)\s*$/i.test(before) && !/\b(?:published|posted|updated|created)\s+on\s*$/i.test(before)) return false;
  const words = before.replace(LEADING_TIME, ' ').replace(SEPARATORS, ' ').split(/\s+/).filter(Boolean);
  if (words.length > 8) return false;
  let agency = false;
  for (const w of words) {
    const lower = w.toLowerCase().replace(/[.'’]+$/, '');
    if (WEEKDAY_WORDS.has(lower) || LABEL_WORDS.has(lower)) continue;
    // a name: capitalised ("Fasano", "Kyodo", "MazurenkoFriday"); a country only after an agency's place in
    // capitals ("BRUSSELS, Belgium, 16 February 2024"), else it opens a row of a list
    if (!/^\p{Lu}/u.test(w) || (COUNTRY_NAMES.has(lower) && !agency)) return false;
    if (/^\p{Lu}{3,}$/u.test(w)) agency = true;
  }
  return true;
}
