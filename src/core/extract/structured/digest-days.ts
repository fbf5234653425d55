import { WEEKDAYS } from '../dates/calendar-words.js';
import { resolveDate, type ResolveContext } from '../dates/resolve.js';
import type { DatedSpan } from './block.js';
import type { Line } from './lines.js';
import { dateCell, type CellDate } from './row-dates.js';

/**
 * The day a digest page gives the items under it. A daily digest or "key events" list opens with a lead-in
 * naming its day ("Key developments on Feb. 16:", "Here is the situation on Saturday, February 24, 2024."):
 * its items are that day's news, even on a page written the morning after. A weekly round-up labels each
 * paragraph with its weekday ("FRIDAY. Rutte travelled to Kharkiv ...", "Tuesday: ..."): the paragraph
 * tells of that day of the week just past. An undated signing in such an item took place on its day (the
 * spans date it as a chronology's date headings do: structured/candidates.ts).
 */

/** A digest's lead-in comes before its prose: only the lines above the first long paragraph can be one. */
const PROSE_CHARS = 200;
const MAX_LEAD_IN = 90;
/** "Here is the situation on ...", "Here's the latest on ...": a lead-in without a colon. */
const HERE_IS = /^here(?:['’]s| is| are)\b/i;
/** a weekday label opening a paragraph: in capitals, or followed by a colon or a dash */
const WEEKDAY_LABEL = /^(\p{L}+)(?:\s*[.:]|\s+[—–-])\s+\S/u;
/** a round-up labels several paragraphs; one "Monday: ..." alone may be a quote */
const MIN_LABELS = 2;

export class DigestDays {
  private prose = false;
  private readonly leadSpans: DatedSpan[] = [];
  private readonly labelSpans: DatedSpan[] = [];

  constructor(private readonly dates: ResolveContext) {}

  /** Reads one line of the page (lines in text order). */
  line(line: Line): void {
    const t = line.text;
    if (t.length === 0) return;
    const label = this.weekdayLabel(t);
    if (label !== null) this.labelSpans.push({ start: line.start, end: line.start + t.length, ...label });
    else if (!this.prose) {
      if (t.length > PROSE_CHARS) this.prose = true;
      else {
        const day = this.leadInDay(t);
        if (day !== null) {
          // the items run from the lead-in's end (their bullets included) to the last line read
          this.leadSpans.push({ start: line.start + t.length, end: line.start + t.length, date: day });
          return;
        }
      }
    }
    const last = this.leadSpans[this.leadSpans.length - 1];
    if (last !== undefined) this.leadSpans[this.leadSpans.length - 1] = { ...last, end: line.start + t.length };
  }

  /** The items' spans, in text order and without overlaps (a weekday label outranks the lead-in's day). */
  spans(): DatedSpan[] {
    const labels = this.labelSpans.length >= MIN_LABELS ? this.labelSpans : [];
    if (labels.length === 0) return this.leadSpans;
    if (this.leadSpans.length === 0) return labels;
    const out: DatedSpan[] = [];
    let k = 0;
    for (const s of this.leadSpans) {
      let from = s.start;
      while (k < labels.length && labels[k]!.start < s.end) {
        const l = labels[k++]!;
        if (l.start > from) out.push({ ...s, start: from, end: l.start });
        out.push(l);
        from = l.end;
      }
      if (from < s.end) out.push({ ...s, start: from });
    }
    while (k < labels.length) out.push(labels[k++]!);
    return out.sort((a, b) => a.start - b.start);
  }

  /** "Key points from Thursday, April 11:": a short lead-in closing on the one day it names. */
  private leadInDay(t: string): string | null {
    if (t.length > MAX_LEAD_IN || !(t.endsWith(':') || HERE_IS.test(t)) || !/\d/.test(t)) return null;
    const body = t.replace(/\s*[:.]$/, '');
    // the longest tail that is a date alone ("Feb. 16", "Saturday, February 24, 2024")
    let day: CellDate | null = null;
    for (let sp = body.lastIndexOf(' '); sp > 0 && body.length - sp <= 40; sp = body.lastIndexOf(' ', sp - 1)) {
      const cell = dateCell(body.slice(sp + 1));
      if (cell !== null) day = cell;
    }
    return day !== null && 'day' in day ? resolveDate(day.day, 'past', this.dates) : null;
  }

  /**
   * "FRIDAY. Dutch Prime Minister ...": the day of the week a paragraph tells of, the one just past for what
   * it reports done, the one ahead for what it says is to come ("MONDAY — Madrid. ... are due to sign").
   */
  private weekdayLabel(t: string): { date: string; ahead: string } | null {
    const c = t.charCodeAt(0);
    if (c < 65 || c > 90) return null;
    const m = WEEKDAY_LABEL.exec(t);
    if (m === null) return null;
    const word = m[1]!;
    const n = WEEKDAYS.get(word.toLowerCase());
    if (n === undefined || !/^[a-z]+$/i.test(word)) return null;
    // "Monday. The ...": a capitalised weekday with a full stop is a label only in capitals
    const caps = word === word.toUpperCase();
    if (!caps && /^\p{L}+\s*\./u.test(t)) return null;
    const day = { kind: 'weekday', at: 0, weekday: n, shift: null } as const;
    const date = resolveDate(day, 'past', this.dates);
    const ahead = resolveDate(day, 'future', this.dates);
    return date === null || ahead === null ? null : { date, ahead };
  }
}
