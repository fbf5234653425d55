import { findDates, type DateExpr } from '../dates/expressions.js';
import { resolveDate, type ResolveContext } from '../dates/resolve.js';
import { tokenize } from '../tokens.js';

/**
 * Dates as structured text writes them: a timeline entry's or a table cell's date ("12 January 2024",
 * "Feb 16", "31 May", "2024-01-12", "12.01.2024", a month alone). A year missing from the entry comes from
 * the entries before it or the heading, else from the publication date. A time of day is never a date.
 */
export type AbsoluteDate = DateExpr & { readonly kind: 'absolute' };

/** What a date cell says: a day (maybe without a year), or only a month or a span of days (a date the corpus leaves null). */
export type CellDate = { readonly day: AbsoluteDate } | { readonly monthOnly: true; readonly year: number | null };

const WEEKDAY = String.raw`(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+)?`;
const MONTH = String.raw`\p{Lu}\p{Ll}{2,8}\.?`;
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?\.?`;
const YEAR = String.raw`(?:,?\s+(?:19|20)\d{2})?`;
const DATE_SHAPE = new RegExp(String.raw`^${WEEKDAY}(?:${DAY}\s+(?:of\s+)?${MONTH}${YEAR}|${MONTH}\s+${DAY}${YEAR})$`, 'u');
const MONTH_ONLY = new RegExp(String.raw`^(?:(?:early|mid|late)[- ])?(${MONTH})(?:\s+((?:19|20)\d{2}))?$`, 'u');
/** "10–11 July", "July 10-11, 2024": a span of days, which dates no one signing */
const DAY_SPAN = new RegExp(String.raw`^(?:${DAY}\s*[–-]\s*${DAY}\s+(?:of\s+)?(${MONTH})|(${MONTH})\s+${DAY}\s*[–-]\s*${DAY})(?:,?\s+((?:19|20)\d{2}))?$`, 'u');
const ISO = /^((?:19|20)\d{2})-(\d{2})-(\d{2})$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})$/;
const MONTH_WORDS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

function absolute(year: number | null, month: number, day: number): AbsoluteDate | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { kind: 'absolute', at: 0, year, month, day, weekday: null };
}

/** The text is a date and nothing else, else null. */
export function dateCell(text: string): CellDate | null {
  const t = text.trim();
  if (t.length === 0 || t.length > 40) return null;
  const iso = ISO.exec(t);
  if (iso) {
    const d = absolute(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return d ? { day: d } : null;
  }
  const dotted = DOTTED.exec(t);
  if (dotted) {
    const d = absolute(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
    return d ? { day: d } : null;
  }
  if (DATE_SHAPE.test(t)) {
    const found = findDates(tokenize(t));
    const first = found[0];
    if (first && first.kind === 'absolute' && found.length === 1) return { day: first };
    return null;
  }
  const span = DAY_SPAN.exec(t);
  if (span && MONTH_WORDS.has((span[1] ?? span[2])!.replace('.', '').toLowerCase())) return { monthOnly: true, year: span[3] ? Number(span[3]) : null };
  const mo = MONTH_ONLY.exec(t);
  if (mo && MONTH_WORDS.has(mo[1]!.replace('.', '').toLowerCase())) return { monthOnly: true, year: mo[2] ? Number(mo[2]) : null };
  return null;
}

const ENGLISH_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** "JANUARY", "June 2024", "July:": a month (written out) alone on a line, perhaps with its year */
const MONTH_HEADING = /^(\p{L}{3,9})(?:\s+((?:19|20)\d{2}))?:?$/u;

/**
 * A month heading of a chronology ("FEBRUARY", "March 2024"): the month the day rows below it are in, and its
 * year when it gives one. Written out in full, in capitals or not (an abbreviation alone is no heading).
 */
export function monthHeading(text: string): { month: number; year: number | null } | null {
  if (text.length > 16) return null;
  const m = MONTH_HEADING.exec(text);
  if (m === null) return null;
  const i = ENGLISH_MONTHS.indexOf(m[1]!.toLowerCase());
  if (i < 0 || !(m[1] === m[1]!.toUpperCase() || /^\p{Lu}/u.test(m[1]!))) return null;
  return { month: i + 1, year: m[2] ? Number(m[2]) : null };
}

/**
 * "July 2024: the month in review", "Ukraine's diplomacy in June 2024": the one month and year a headline names
 * (and no day of it), the month of a page's rows that give only their day ("8: Poland").
 */
export function monthOfTitle(title: string): { month: number; year: number } | null {
  let found: { month: number; year: number } | null = null;
  const re = /\b(\p{Lu}\p{Ll}{2,8})\s+((?:19|20)\d{2})\b/gu;
  for (let m = re.exec(title); m !== null; m = re.exec(title)) {
    const i = ENGLISH_MONTHS.indexOf(m[1]!.toLowerCase());
    if (i < 0) continue;
    if (found !== null) return null;
    found = { month: i + 1, year: Number(m[2]) };
  }
  // ("12 July 2024: ..." names a day, not a month of days)
  return found !== null && !/\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}{2,8}\s+(?:19|20)\d{2}/u.test(title) ? found : null;
}

/** "8: Poland", "10 – Luxembourg": a row that opens with a day of the month alone; the day and where the rest starts. */
export function bareDayRow(t: string): { day: number; restStart: number } | null {
  const m = /^(\d{1,2})(?::\s+|\s+[—–-]\s+)(?=\p{Lu}|the\s)/u.exec(t);
  if (m === null) return null;
  const day = Number(m[1]);
  return day >= 1 && day <= 31 ? { day, restStart: m[0].length } : null;
}

/** The first day written in a piece of text ("signed 12 January 2024 in Kyiv"), else null. */
export function firstDay(text: string): AbsoluteDate | null {
  if (!/\d/.test(text)) return null;
  for (const d of findDates(tokenize(text))) if (d.kind === 'absolute') return d;
  const iso = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/.exec(text);
  return iso ? absolute(Number(iso[1]), Number(iso[2]), Number(iso[3])) : null;
}

const FULL_DATE = /\b\d{1,2}(?:st|nd|rd|th)?\.?\s+\p{L}+\.?,?\s+(?:19|20)\d{2}\b|\b\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}\b|\b(?:19|20)\d{2}-\d{2}-\d{2}\b|\b\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}\b/gu;

/** The single year a heading or lead names ("Signings in 2024"), else null. */
export function yearOf(text: string): number | null {
  let year: number | null = null;
  // a full date ("Last updated 15 January 2025") dates the page, not the rows
  const bare = text.replace(FULL_DATE, ' ');
  const re = /\b((?:19|20)\d{2})\b/g;
  for (let m = re.exec(bare); m !== null; m = re.exec(bare)) {
    const y = Number(m[1]);
    if (year !== null && year !== y) return null;
    year = y;
  }
  return year;
}

/**
 * A row's day as YYYY-MM-DD: its own year, else the block's running year (the one nearer the previous
 * row's day, so a chronology may cross New Year in either direction), else resolved against the
 * publication date (a past event for `past`).
 */
export function rowDay(d: AbsoluteDate, runningYear: number | null, previous: string | null, past: boolean, dates: ResolveContext): string | null {
  if (d.year !== null) return resolveDate(d, 'none', dates);
  if (runningYear !== null) {
    const options = [runningYear, runningYear + 1, runningYear - 1]
      .map((y) => resolveDate({ ...d, year: y }, 'none', dates))
      .filter((x): x is string => x !== null);
    if (options.length === 0) return null;
    if (previous === null) return options[0]!;
    const dist = (x: string): number => Math.abs(Date.parse(x) - Date.parse(previous));
    return options.reduce((best, x) => (dist(x) < dist(best) ? x : best));
  }
  return resolveDate(d, past ? 'past' : 'none', dates);
}
