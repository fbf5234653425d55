import { MONTHS } from './calendar-words.js';
import { dayIso } from './resolve.js';

/**
 * The day a page dates itself to on a line of its own near the top ("18 July 2024 | ČTK",
 * "18.10.2024 | 10:24", "Saturday 24 February 2024 | DR Nyheder"). When the feed gives no publication
 * date, that line is the story's "today": "signed yesterday" under it is the day before.
 *
 * Only a line that opens with a full date (after an agency's place in capitals) (day, month and year; a weekday may precede it) and carries
 * nothing after it but a time, a source or a separator counts: a sentence that starts with a date
 * ("12 March 2024 was the day ...") is news, not a dateline.
 */
const WEEKDAY = '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?';
const WORDED = new RegExp(`^${WEEKDAY}(\\d{1,2})\\.?\\s+([a-zé]+)\\s+(\\d{4})\\b(.*)$`, 'i');
const US_WORDED = new RegExp(`^${WEEKDAY}([a-zé]+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b(.*)$`, 'i');
const NUMERIC = new RegExp(`^${WEEKDAY}(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b(.*)$`, 'i');
/** what may follow the date on a dateline: a time, a separator and a source name, nothing like a clause */
const TAIL = /^\s*(?:(?:,|\||-|–|—|\/)?\s*(?:\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,5}))?)?\s*(?:(?:\||-|–|—|\/)\s*[^.!?]{0,60})?)$/i;
/** how many lines from the top a dateline may stand (headline, kicker and byline come first) */
const TOP_LINES = 6;

export function datelineDay(text: string): string | null {
  let seen = 0;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (++seen > TOP_LINES) break;
    if (line.length > 80) continue;
    const day = parseLine(line);
    if (day) return day;
  }
  return null;
}

/**
 * An agency's dateline opens on its place in capitals ("KYIV, Sept 4 2024 -", "BRUSSELS, Belgium, 16 February
 * 2024 –"): the date after it is the line's.
 */
const AGENCY_PLACE = /^[A-ZÀ-Ý][A-ZÀ-Ý .'-]+,\s+(?:[A-Z][a-z]+,\s+)?/;

function parseLine(raw: string): string | null {
  const line = raw.replace(AGENCY_PLACE, '');
  let m = WORDED.exec(line);
  if (m && MONTHS.has(m[2]!.toLowerCase()) && TAIL.test(m[4]!)) return dayIso(+m[3]!, MONTHS.get(m[2]!.toLowerCase())!, +m[1]!);
  m = US_WORDED.exec(line);
  if (m && MONTHS.has(m[1]!.toLowerCase()) && TAIL.test(m[4]!)) return dayIso(+m[3]!, MONTHS.get(m[1]!.toLowerCase())!, +m[2]!);
  m = NUMERIC.exec(line);
  if (m && TAIL.test(m[4]!)) return dayIso(+m[3]!, +m[2]!, +m[1]!);
  return null;
}
