import type { Token } from '../tokens.js';
import { anchorAt, foreignAnchorAt, laterBeforeVerb, marginsAnchorAt, namedOccasionAt, occasionAnchorAt, previousEventAt, recentOccasionAt, thereAnchorAt, attendedOccasionAt, venueAnchorAt, visitAnchorAt } from './anchors.js';
import { MONTHS, RELATIVE, RELATIVE_PAIRS, WEEKDAYS } from './calendar-words.js';
import { NUMBER_WORDS } from '../words.js';
import { isDateline, monthDayAt, numericDateAt } from './extra-forms.js';
import { frameYearBefore } from './frame-year.js';
import { resolveDate, type ResolveContext } from './resolve.js';

/**
 * Date expressions in a sentence: absolute ("on May 27", "13 June", "Feb. 16, 2024", "27. Juni"), weekdays
 * ("on Thursday"), relative words ("today", "tomorrow", "earlier today"), anchored ones ("a day earlier",
 * anchors.ts) and vague spans ("last week", "in July") that consume the words but resolve to null.
 * Resolution against the publication date is resolve.ts.
 */
export type DateExpr =
  /** `dateline`: it opens the sentence as "Place, <date> –" (the report's date: extra-forms.ts) */
  /** `yearShift`: "on 11 April last year" (-1), "this year" (0), "next year" (1): the year counted from publication */
  | { readonly kind: 'absolute'; readonly at: number; readonly year: number | null; readonly month: number; readonly day: number; readonly weekday: number | null; readonly dateline?: boolean; readonly yearShift?: number }
  /** "on the 18th": a day of the month around publication */
  | { readonly kind: 'monthday'; readonly at: number; readonly day: number }
  /** `shift`: "last Thursday", "next Friday"; 'lastWeek' / 'nextWeek': "Thursday last week", "on Friday next week" */
  | { readonly kind: 'weekday'; readonly at: number; readonly weekday: number; readonly shift: 'last' | 'next' | 'lastWeek' | 'nextWeek' | null }
  /** `months`: "twelve months ago today", "a year ago today": the same day of a month before publication */
  | { readonly kind: 'relative'; readonly at: number; readonly days: number; readonly months?: number }
  /** "the same day", "a day earlier", "two weeks later": days from a date the text gave before */
  /** `previous`: "Following the meeting, ...": the day of the event the sentences just before told of */
  /** `named`: the occasion is named ("On the sidelines of the summit, ..."): the last event date if none is recent */
  /** `story`: with no event date before it, the day of the story ("On the eve, ..." in agency copy); `occasion`:
   * with no recent one, the day of the occasion the text last told of ("On the margins, ...", "signed there");
   * `place`: a place the text took its speaker to ("signed there"), on the day of the speaker's statement if none other;
   * `gathering`: "at the summit" by its kind alone, which counts only when one of the sentences just before named it */
  | { readonly kind: 'anchor'; readonly at: number; readonly days: number; readonly previous?: boolean; readonly named?: boolean; readonly story?: boolean; readonly occasion?: boolean; readonly place?: boolean; readonly gathering?: string }
  | { readonly kind: 'vague'; readonly at: number };


const NOT_EVENT_BEFORE = new Set(['of', 'since', 'until', 'till', 'from', 'through', 'by', 'before', 'after', 'between', 'to', 'seit', 'bis', 'depuis', 'dal', 'dalla']);
const MONTH_ABBREV_ONLY = new Set(['mar', 'may', 'jun', 'sep', 'dec']);

function possessiveAt(toks: readonly Token[], i: number): boolean {
  return (toks[i]?.lower === "'" || toks[i]?.text === '’') && toks[i + 1]?.lower === 's';
}

function yearAt(toks: readonly Token[], i: number): number | null {
  const t = toks[i];
  if (!t || !/^\d{4}$/.test(t.text)) return null;
  const y = Number(t.text);
  return y >= 1990 && y <= 2100 ? y : null;
}

function dayAt(toks: readonly Token[], i: number): number | null {
  const t = toks[i];
  if (!t) return null;
  const m = /^(\d{1,2})(?:st|nd|rd|th|er)?$/.exec(t.lower);
  if (!m) return null;
  const d = Number(m[1]);
  return d >= 1 && d <= 31 ? d : null;
}

function skipDot(toks: readonly Token[], i: number): number {
  return toks[i]?.text === '.' ? i + 1 : i;
}

/**
 * "three days ago" (a count of days is exact), "a week ago today", "a year ago today", "twelve months ago this
 * day", "exactly a year ago" (a longer span only with "today" or "exactly": an anniversary's exact day; "a year
 * ago" alone is approximate); "one year
 * to the day after he signed", "two years to the day since": that many years before the story's day.
 */
function agoAt(toks: readonly Token[], i: number): { days: number; months: number; end: number; toTheDay?: true } | null {
  const lw = toks[i]!.lower;
  const n = lw === 'a' ? 1 : NUMBER_WORDS.get(lw) ?? (/^\d{1,2}$/.test(lw) ? Number(lw) : undefined);
  const unit = toks[i + 1]?.lower ?? '';
  if (n === undefined || !/^(?:days?|weeks?|years?|months?)$/.test(unit)) return null;
  const months = unit.startsWith('year') ? 12 * n : unit.startsWith('month') ? n : 0;
  if (months > 0 && toks[i + 2]?.lower === 'to' && toks[i + 3]?.lower === 'the' && toks[i + 4]?.lower === 'day' && /^(?:after|since)$/.test(toks[i + 5]?.lower ?? '')) return { days: 0, months, end: i + 5, toTheDay: true };
  if (toks[i + 2]?.lower !== 'ago') return null;
  // ("exactly a year ago", "precisely two years ago": as exact as "a year ago today")
  const exact = /^(?:exactly|precisely)$/.test(toks[i - 1]?.lower ?? '') ? i + 3 : -1;
  const today = toks[i + 3]?.lower === 'today' ? i + 4 : toks[i + 3]?.lower === 'this' && toks[i + 4]?.lower === 'day' ? i + 5 : exact;
  if (unit.startsWith('day')) return lw === 'a' ? null : { days: n, months: 0, end: today > 0 ? today : i + 3 };
  if (today < 0) return null;
  if (unit.startsWith('week')) return { days: 7 * n, months: 0, end: today };
  return { days: 0, months, end: today };
}

/** Is token i just after a comma that follows a date written a few tokens before ("on 24 February, …")? */
function appositive(toks: readonly Token[], i: number, out: readonly DateExpr[]): boolean {
  const last = out[out.length - 1];
  return toks[i - 1]?.text === ',' && last !== undefined && (last.kind === 'absolute' || last.kind === 'weekday') && i - last.at <= 5;
}

/**
 * The anchor of `len` tokens at i relates to an event it names after "before" / "after" by a noun phrase ("the
 * summit"), no signing (not "a day after Norway did the same": a party's act, the day it counts from).
 */
function glossesDate(toks: readonly Token[], i: number, len: number): boolean {
  const last = toks[i + len - 1]?.lower ?? '';
  const rel = /^(?:before|after)$/.test(last) ? i + len - 1 : /^(?:before|after)$/.test(toks[i + len]?.lower ?? '') ? i + len : -1;
  return rel >= 0 && /^(?:the|a|an|its|their)$/.test(toks[rel + 1]?.lower ?? '') && !tellsSigning(toks, rel + 1);
}

/** Does the clause from token i on (to its comma or end) tell a signing ("after he signed", "since Germany inked")? */
function tellsSigning(toks: readonly Token[], i: number): boolean {
  for (let j = i; j < toks.length && j < i + 12 && toks[j]!.text !== ',' && toks[j]!.text !== ';'; j++) if (/^(?:sign|ink|conclud|seal)/.test(toks[j]!.lower)) return true;
  return false;
}

/** "before the day is out" (5 words), "before / by the end of the day" (6): its length at token i, else 0. */
function dayOutAt(toks: readonly Token[], i: number): number {
  const w = (k: number): string => toks[i + k]?.lower ?? '';
  if (w(0) !== 'before' && w(0) !== 'by') return 0;
  if (w(0) === 'before' && w(1) === 'the' && w(2) === 'day' && w(3) === 'is' && w(4) === 'out') return 5;
  return w(1) === 'the' && w(2) === 'end' && w(3) === 'of' && w(4) === 'the' && w(5) === 'day' ? 6 : 0;
}

export function findDates(toks: readonly Token[]): DateExpr[] {
  const out: DateExpr[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.word) continue;
    const lw = t.lower;
    const p1 = toks[i - 1]?.lower ?? '';
    const p2 = toks[i - 2]?.lower ?? '';
    // "on the evening of June 13" dates the event; "the Declaration of July 12" does not
    const prev = p1 === 'the' ? p2 : p1 === 'of' && /^(?:evening|morning|night|afternoon|eve|day)$/.test(p2) ? 'on' : p1;

    // ISO 2024-02-16
    if (/^\d{4}$/.test(t.text) && toks[i + 1]?.text === '-' && /^\d{2}$/.test(toks[i + 2]?.text ?? '') && toks[i + 3]?.text === '-' && /^\d{2}$/.test(toks[i + 4]?.text ?? '')) {
      out.push({ kind: 'absolute', at: i, year: Number(t.text), month: Number(toks[i + 2]!.text), day: Number(toks[i + 4]!.text), weekday: null });
      i += 4;
      continue;
    }
    const wd = WEEKDAYS.get(lw);
    if (wd !== undefined && (t.cap || !/^[a-z]+day$/.test(lw))) {
      // "Friday, February 16" → the date carries the weekday; else a bare weekday
      let j = i + 1;
      if (toks[j]?.text === ',') j++;
      // ("Thursday, the 13th of June")
      const abs = absoluteAt(toks, j) ?? (toks[j]?.lower === 'the' ? absoluteAt(toks, j + 1) : null);
      if (abs) {
        if (!NOT_EVENT_BEFORE.has(prev)) out.push({ ...abs.expr, at: i, weekday: wd });
        i = abs.end - 1;
        continue;
      }
      // "on Thursday, the 13th": the day of the month says which Thursday
      const ordinal = toks[j]?.lower === 'the' ? /^(\d{1,2})(?:st|nd|rd|th)$/.exec(toks[j + 1]?.lower ?? '') : null;
      if (ordinal && !MONTHS.has(toks[j + 2]?.lower ?? '') && toks[j + 2]?.lower !== 'of' && +ordinal[1]! >= 1 && +ordinal[1]! <= 31) {
        if (!NOT_EVENT_BEFORE.has(prev)) out.push({ kind: 'monthday', at: i, day: +ordinal[1]! });
        i = j + 1;
        continue;
      }
      const p = toks[i - 1]?.lower ?? '';
      // ("Thursday last week": the weekday of the calendar week before; the week words are consumed)
      const week = toks[i + 2]?.lower === 'week' && /^(?:last|next)$/.test(toks[i + 1]?.lower ?? '') ? (toks[i + 1]!.lower === 'last' ? 'lastWeek' : 'nextWeek') : null;
      const shift = week ?? (p === 'last' ? 'last' : p === 'next' ? 'next' : null);
      if (!NOT_EVENT_BEFORE.has(prev)) out.push({ kind: 'weekday', at: i, weekday: wd, shift });
      if (week) i += 2;
      continue;
    }
    const named = i === 0 ? namedOccasionAt(toks) : 0;
    if (named > 0) {
      out.push({ kind: 'anchor', at: i, days: 0, previous: true, named: true });
      i += named - 1;
      continue;
    }
    const previous = i === 0 ? previousEventAt(toks) : 0;
    if (previous > 0) {
      // ("On the margins, ...", "Following the videoconference, ...": of the gathering the story is about, even
      // when its day was told sentences back, or only by the page's date line)
      out.push({ kind: 'anchor', at: i, days: 0, previous: true, occasion: true });
      i += previous - 1;
      continue;
    }
    // (a gathering it names, "at the Stockholm summit", is the one dated before even sentences back)
    if (occasionAnchorAt(toks, i) > 0) {
      out.push({ kind: 'anchor', at: i, days: 0, previous: true, named: true });
      continue;
    }
    // ("... also signed theirs at the summit.": the gathering just told of, only if it was dated recently)
    if (recentOccasionAt(toks, i) > 0) {
      out.push({ kind: 'anchor', at: i, days: 0, previous: true, gathering: lw });
      continue;
    }
    if (laterBeforeVerb(toks, i)) {
      out.push({ kind: 'anchor', at: i, days: 0, previous: true });
      continue;
    }
    // "a summit ..., at which Sweden and Norway also signed": the occasion the clause before told of
    if ((lw === 'at' || lw === 'during') && toks[i + 1]?.lower === 'which' && toks[i + 2]?.lower !== 'point') {
      out.push({ kind: 'anchor', at: i, days: 0, previous: true, occasion: true });
      i += 1;
      continue;
    }
    if (visitAnchorAt(toks, i) > 0) {
      out.push({ kind: 'anchor', at: i, days: 0, previous: true, occasion: true });
      continue;
    }
    if (marginsAnchorAt(toks, i) > 0) {
      out.push({ kind: 'anchor', at: i, days: 0, previous: true, story: true });
      continue;
    }
    // ("signed ... there", "attended the summit and signed": the occasion the text dated, however far back)
    // ("signed ... at the resort": the venue the text told of, as "there" is)
    const venue = venueAnchorAt(toks, i) > 0;
    if (thereAnchorAt(toks, i) > 0 || venue || attendedOccasionAt(toks, i) > 0) {
      out.push({ kind: 'anchor', at: i, days: 0, previous: true, occasion: true, ...(toks[i]!.lower === 'there' || venue ? { place: true } : {}) });
      continue;
    }
    // "the day before yesterday", "the day after tomorrow"
    if (lw === 'the' && toks[i + 1]?.lower === 'day' && /^(?:before|after)$/.test(toks[i + 2]?.lower ?? '') && /^(?:yesterday|tomorrow)$/.test(toks[i + 3]?.lower ?? '')) {
      out.push({ kind: 'relative', at: i, days: toks[i + 3]!.lower === 'yesterday' ? -2 : 2 });
      i += 3;
      continue;
    }
    const anchor = anchorAt(toks, i);
    // "On July 8, two days before the summit opened, ...": a distance to another event in apposition to the date
    // just written glosses that date, like an anniversary (but "On Monday, a day after he signed" counts back to
    // the signing it tells)
    if (anchor && appositive(toks, i, out) && glossesDate(toks, i, anchor[0])) {
      i += anchor[0] - 1;
      continue;
    }
    if (anchor) {
      out.push({ kind: 'anchor', at: i, days: anchor[1], ...(lw === 'eve' || (lw === 'day' && anchor[1] === -1) || (anchor[1] === -1 && foreignAnchorAt(toks, i)) ? { story: true } : {}) });
      i += anchor[0] - 1;
      continue;
    }
    const ago = agoAt(toks, i);
    if (ago) {
      // "on 24 February, two years to the day after the invasion began": an anniversary in apposition to the
      // date just written glosses it, and dates nothing of its own (but "on Monday, one year to the day after he
      // signed" counts back to the signing it tells)
      if (ago.toTheDay && appositive(toks, i, out) && !tellsSigning(toks, ago.end + 1)) {
        i = ago.end - 1;
        continue;
      }
      out.push({ kind: 'relative', at: i, days: -ago.days, ...(ago.months ? { months: -ago.months } : {}) });
      i = ago.end - 1;
      continue;
    }
    // Swedish and Norwegian "i dag", "i går", "i morgon": the preposition and the day word
    const pair = lw === 'i' && !t.cap ? RELATIVE_PAIRS.get(toks[i + 1]?.lower ?? '') : undefined;
    if (pair !== undefined) {
      out.push({ kind: 'relative', at: i, days: pair });
      i += 1;
      continue;
    }
    // Spanish "mañana" is tomorrow, but "esta mañana", "por la mañana" a morning
    if (lw === 'mañana' && /^(?:esta|la|una|cada|de|media)$/.test(p1)) continue;
    const rel = RELATIVE.get(lw);
    if (rel !== undefined && possessiveAt(toks, i + 1)) continue; // "today's agenda"
    // Slovenian "danes" (today) is also the English people: "the Danes", "Danes and Finns"
    if (lw === 'danes' && toks[i]!.cap && (toks[i - 1]?.lower === 'the' || toks[i - 1]?.lower === 'and' || toks[i + 1]?.lower === 'and')) continue;
    if (rel !== undefined) {
      if (toks[i + 1]?.text === ',' && absoluteAt(toks, i + 2)) continue; // "Today, February 24," — the date follows
      out.push({ kind: 'relative', at: i, days: rel });
      continue;
    }
    // "this afternoon", "a short while ago", "moments ago": the day of publication
    if (lw === 'this' && /^(?:morning|afternoon|evening)$/.test(toks[i + 1]?.lower ?? '')) {
      out.push({ kind: 'relative', at: i, days: 0 });
      i += 1;
      continue;
    }
    // "before the day is out", "by the end of the day": within the day the story is told on, like "today"
    const dayOut = dayOutAt(toks, i);
    if (dayOut > 0) {
      out.push({ kind: 'relative', at: i, days: 0 });
      i += dayOut - 1;
      continue;
    }
    if ((lw === 'moments' || lw === 'minutes') && toks[i + 1]?.lower === 'ago') {
      out.push({ kind: 'relative', at: i, days: 0 });
      i += 1;
      continue;
    }
    if (lw === 'a' && /^(?:short|little)$/.test(toks[i + 1]?.lower ?? '') && toks[i + 2]?.lower === 'while' && toks[i + 3]?.lower === 'ago') {
      out.push({ kind: 'relative', at: i, days: 0 });
      i += 3;
      continue;
    }
    if ((lw === 'last' || lw === 'next' || lw === 'this' || lw === 'coming') && /^(?:week|month|year|weekend)$/.test(toks[i + 1]?.lower ?? '')) {
      // "this week's European Council" names a meeting; "aid for this year" is a budget's span
      if (!possessiveAt(toks, i + 2) && !(p1 === 'for' && toks[i + 1]!.lower === 'year')) out.push({ kind: 'vague', at: i });
      i += 1;
      continue;
    }
    const num = numericDateAt(toks, i);
    const abs = absoluteAt(toks, i) ?? (num ? { expr: { kind: 'absolute' as const, at: i, year: num.year, month: num.month, day: num.day, weekday: null }, end: num.end } : null);
    if (abs) {
      const shift = abs.expr.year === null ? yearWordAt(toks, abs.end) : null;
      const expr = shift !== null ? { ...abs.expr, yearShift: shift } : abs.expr;
      if (!NOT_EVENT_BEFORE.has(prev)) out.push(isDateline(toks, i, abs.end) ? { ...expr, dateline: true } : expr);
      i = (shift !== null ? abs.end + 2 : abs.end) - 1;
      continue;
    }
    const monthDay = monthDayAt(toks, i);
    if (monthDay !== null) {
      out.push({ kind: 'monthday', at: i, day: monthDay });
      continue;
    }
    if (MONTHS.has(lw) && t.cap && (lw.length > 3 || lw === 'may')) {
      // month-only ("in July", "in January 2024"): consumed, never a day
      out.push({ kind: 'vague', at: i });
      if (yearAt(toks, i + 1) !== null) i += 1;
    }
  }
  const dated = withMonthBefore(toks, out);
  return dated.map(withFrameYear(toks, dated));
}

/**
 * "The end of May was crowded: Spain on the 27th, ...", "In March, the Dutch signed on the 1st": a day of the month
 * after the sentence named a month (and no full date since) is a day of that month; the month, now part of that
 * day, is no vague date of its own.
 */
function withMonthBefore(toks: readonly Token[], dates: readonly DateExpr[]): DateExpr[] {
  if (!dates.some((d) => d.kind === 'monthday')) return [...dates];
  const used = new Set<DateExpr>();
  const out = dates.map((d): DateExpr => {
    if (d.kind !== 'monthday') return d;
    let month: DateExpr | undefined;
    for (const e of dates) {
      if (e.at >= d.at) break;
      if (e.kind === 'vague' && MONTHS.has(toks[e.at]!.lower)) month = e;
      else if (e.kind === 'absolute') month = undefined;
    }
    if (month === undefined) return d;
    used.add(month);
    // ("in May 2024": the month's year too)
    return { kind: 'absolute', at: d.at, year: yearAt(toks, month.at + 1), month: MONTHS.get(toks[month.at]!.lower)!, day: d.day, weekday: null };
  });
  return out.filter((d) => !used.has(d));
}

/**
 * A yearless day takes the year its sentence frames it with ("in 2024 the documents were signed with: …"), else
 * the year of a full date the sentence gave before it, when the day does not come earlier in the calendar: a
 * chronology names the year once ("the UK went first, on 12 January 2024, followed by Germany on 16 February").
 * A day earlier in the calendar than that date ("on 9 October 2024 …; Albania on 13 January") is left to the
 * publication date.
 */
function withFrameYear(toks: readonly Token[], dates: readonly DateExpr[]): (d: DateExpr) => DateExpr {
  return (d) => {
    if (d.kind !== 'absolute' || d.year !== null || d.dateline) return d;
    const year = frameYearBefore(toks, d.at) ?? yearOfFullDateBefore(dates, d);
    return year === null ? d : { ...d, year };
  };
}

function yearOfFullDateBefore(dates: readonly DateExpr[], d: DateExpr & { kind: 'absolute' }): number | null {
  let last: (DateExpr & { kind: 'absolute' }) | undefined;
  for (const e of dates) {
    if (e.at >= d.at) break;
    if (e.kind === 'absolute' && e.year !== null && !e.dateline) last = e;
  }
  if (!last || last.month > d.month || (last.month === d.month && last.day > d.day)) return null;
  return last.year;
}

/** "last year" / "this year" / "next year" at token i: the year from publication it names, else null. */
function yearWordAt(toks: readonly Token[], i: number): number | null {
  if (toks[i + 1]?.lower !== 'year') return null;
  const w = toks[i]?.lower;
  return w === 'last' ? -1 : w === 'this' ? 0 : w === 'next' ? 1 : null;
}

/**
 * The month of a word after a day. "listopada" is November in Polish ("9 listopada") but October in Croatian, which
 * writes its days as ordinals with a dot ("9. listopada"; Czech, the other language with the dot, says "listopadu").
 */
function dottedDayMonth(word: string, dotted: boolean): number | undefined {
  return word === 'listopada' && dotted ? 10 : MONTHS.get(word);
}

function absoluteAt(toks: readonly Token[], i: number): { expr: DateExpr & { kind: 'absolute' }; end: number } | null {
  const t = toks[i];
  if (!t) return null;
  // Month Day[, Year]
  const m1 = MONTHS.get(t.lower);
  if (m1 !== undefined && (t.cap || t.lower.length > 3)) {
    if (MONTH_ABBREV_ONLY.has(t.lower) && t.lower !== 'may' && !t.cap) return null;
    let j = skipDot(toks, i + 1);
    const d = dayAt(toks, j);
    if (d !== null && !(toks[j + 1]?.text === ':' )) {
      j++;
      // Hungarian writes the year first: "2024. június 13."
      let year: number | null = toks[i - 1]?.text === '.' ? yearAt(toks, i - 2) : null;
      if (toks[j]?.text === ',' && yearAt(toks, j + 1) !== null) {
        year = yearAt(toks, j + 1);
        j += 2;
      } else if (yearAt(toks, j) !== null) {
        year = yearAt(toks, j);
        j += 1;
      }
      return { expr: { kind: 'absolute', at: i, year, month: m1, day: d, weekday: null }, end: j };
    }
    return null;
  }
  // Day [.] [of] Month [Year]
  const d = dayAt(toks, i);
  if (d !== null) {
    let j = i + 1;
    if (toks[j]?.text === '.') j++;
    if (toks[j]?.lower === 'of') j++;
    const m = dottedDayMonth(toks[j]?.lower ?? '', toks[i + 1]?.text === '.');
    if (m !== undefined && (toks[j]!.lower.length > 3 || toks[j]!.cap)) {
      j = skipDot(toks, j + 1);
      let year: number | null = null;
      if (yearAt(toks, j) !== null) {
        year = yearAt(toks, j);
        j++;
      }
      return { expr: { kind: 'absolute', at: i, year, month: m, day: d, weekday: null }, end: j };
    }
  }
  return null;
}

/**
 * "today, February 16": the text dates its own "today". Used as the reference for relative dates when
 * the publication date is unknown (the corpus rule: resolve against another date the text itself gives).
 */
export function todayAnchor(toks: readonly Token[], ctx: ResolveContext): string | null {
  for (let i = 0; i + 2 < toks.length; i++) {
    if (RELATIVE.get(toks[i]!.lower) !== 0 || toks[i + 1]!.text !== ',') continue;
    const abs = absoluteAt(toks, i + 2);
    if (abs) return resolveDate(abs.expr, 'none', ctx);
  }
  return null;
}
