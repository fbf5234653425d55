import { MONTHS } from './calendar-words.js';
import { fullDatesIn, WEEKDAY_WORDS } from './dateline-day.js';
import { dayIso } from './resolve.js';

/**
 * A live blog or a diary runs over several days, each under a line that is only its date ("Friday 16 February
 * 2024", "16.02.2024", "Friday, February 16"): the entries under such a line tell "today", "this evening" and "on
 * Friday" from that day, not from the day the page was first published.
 *
 * Only a line that holds nothing but a date, a weekday and a time counts; a yearless date needs its weekday
 * ("Friday 16 February"), which tells a day heading from a row of a chronology, and takes the year that puts it
 * nearest the publication date.
 */
export interface SectionDay {
  /** offset in the text where the section starts (the heading line) */
  readonly at: number;
  readonly day: string;
}

const MAX_HEADING = 48;
const TIME = /\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?/g;
const FILLER = /[\s,.|•·–—-]+/g;

/** Day headings of the text, in order; empty when it has none (most pages). */
export function sectionDays(text: string, published: string | null): SectionDay[] {
  const out: SectionDay[] = [];
  let from = 0;
  while (from < text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    if (to - from <= MAX_HEADING) {
      const day = headingDay(text.slice(from, to), published);
      if (day !== null) out.push({ at: from, day });
    }
    from = to + 1;
  }
  return out;
}

/** The day a section heading line names, else null. */
function headingDay(line: string, published: string | null): string | null {
  const trimmed = line.trim();
  if (trimmed.length < 5 || !/\d/.test(trimmed)) return null;
  const full = fullDatesIn(trimmed);
  if (full.length === 1) {
    const rest = trimmed.slice(0, full[0]!.at) + ' ' + trimmed.slice(full[0]!.end);
    return onlyWeekdayAndTime(rest) ? full[0]!.day : null;
  }
  if (full.length > 1 || published === null) return null;
  return yearlessHeading(trimmed, published);
}

function onlyWeekdayAndTime(rest: string): boolean {
  const words = rest.replace(TIME, ' ').replace(FILLER, ' ').trim();
  if (words === '') return true;
  return words.split(' ').every((w) => isWeekday(w));
}

function isWeekday(word: string): boolean {
  return WEEKDAY_WORDS.has(word.toLowerCase());
}

/** "Friday 16 February", "Friday, February 16th": a weekday, a day and a month, nothing else. */
function yearlessHeading(line: string, published: string): string | null {
  const words = line.replace(FILLER, ' ').trim().split(' ');
  if (words.length !== 3 || !isWeekday(words[0]!)) return null;
  const [a, b] = [words[1]!.toLowerCase(), words[2]!.toLowerCase()];
  const dayFirst = /^\d{1,2}(?:st|nd|rd|th)?$/.test(a) && MONTHS.has(b);
  const monthFirst = MONTHS.has(a) && /^\d{1,2}(?:st|nd|rd|th)?$/.test(b);
  if (!dayFirst && !monthFirst) return null;
  const day = parseInt(dayFirst ? a : b, 10);
  const month = MONTHS.get(dayFirst ? b : a)!;
  return nearestYear(published, month, day);
}

/** The date of that month and day nearest the publication date (a live blog runs around it). */
function nearestYear(published: string, month: number, day: number): string | null {
  const year = Number(published.slice(0, 4));
  let best: string | null = null;
  let bestGap = Infinity;
  for (const y of [year - 1, year, year + 1]) {
    const iso = dayIso(y, month, day);
    if (iso === null) continue;
    const gap = Math.abs(Date.parse(iso) - Date.parse(published));
    if (gap < bestGap) [best, bestGap] = [iso, gap];
  }
  return best;
}

/** The day of the section the text offset `at` lies in, else null. */
export function sectionDayAt(sections: readonly SectionDay[], at: number): string | null {
  let day: string | null = null;
  for (const s of sections) {
    if (s.at > at) break;
    day = s.day;
  }
  return day;
}
