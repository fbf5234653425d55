import type { DateExpr } from './expressions.js';

/**
 * Resolution of date expressions against the publication date. Tense-aware: a past event never lands after
 * the publication date ("signed on Monday" is the Monday before), a planned one never before it. With no
 * publication date, a missing year is the first plausible one after the agreements' epoch.
 */
export type Tense = 'past' | 'future' | 'none';

const DAY = 86_400_000;

function utc(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d);
}

function valid(y: number, m: number, d: number): boolean {
  const t = new Date(utc(y, m, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** An anchored date ("a day earlier") from the date it refers to. */
export function shiftDate(date: string, days: number): string {
  return iso(parseIso(date) + days * DAY);
}

/** The day y-m-d as YYYY-MM-DD, or null when there is no such day (31 April). */
export function dayIso(y: number, m: number, d: number): string | null {
  return m >= 1 && m <= 12 && valid(y, m, d) ? iso(utc(y, m, d)) : null;
}

export function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function parseIso(s: string): number {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return utc(y, m, d);
}

export interface ResolveContext {
  /** publication date YYYY-MM-DD, or null */
  readonly published: string | null;
  /** earliest plausible date of the tracked agreements; fills a missing year when published is null */
  readonly epoch: string;
  /** a year the article is known to be from or after (URL, text), used only when published is null */
  readonly yearHint: number | null;
  /**
   * `published` is the day the lead reports, read off an undated page, not the day the page was written:
   * the text may go on to days after it ("signed on Wednesday, July 10 ... and on July 11 ...")
   */
  readonly leadOnly?: boolean;
  /**
   * the lead's day has no year of its own ("signed in Madrid on May 27"): a report may be written days after
   * such a day, so only what lies ahead of it counts from it ("are to be signed on Tuesday"), not "yesterday"
   */
  readonly aheadOnly?: boolean;
  /**
   * the date the last sentences told, when the text narrates a year before the page's ("began on 12 January
   * 2024 ... Germany and France followed on 16 February"): a past day without a year continues that story
   */
  readonly narrative?: string | null;
}

/** A past event dated after the page was written: a misreading, so the date is dropped. */
export function afterPublication(date: string, ctx: ResolveContext): boolean {
  return ctx.published !== null && !ctx.leadOnly && date > ctx.published;
}

export function resolveDate(e: DateExpr, tense: Tense, ctx: ResolveContext): string | null {
  const pub = ctx.published && !(ctx.aheadOnly && tense !== 'future') ? parseIso(ctx.published) : null;
  switch (e.kind) {
    case 'vague':
    case 'anchor':
      return null;
    case 'relative': {
      if (pub === null) return null;
      if (!e.months) return iso(pub + e.days * DAY);
      const p = new Date(pub);
      const m = p.getUTCMonth() + e.months;
      const y = p.getUTCFullYear() + Math.floor(m / 12);
      return dayIso(y, (((m % 12) + 12) % 12) + 1, p.getUTCDate());
    }
    case 'weekday': {
      if (pub === null) return null;
      const pd = new Date(pub).getUTCDay();
      if (e.shift === 'lastWeek' || e.shift === 'nextWeek') {
        // weeks run Monday to Sunday
        const monday = pub - ((pd + 6) % 7) * DAY;
        return iso(monday + (e.shift === 'lastWeek' ? -7 : 7) * DAY + ((e.weekday + 6) % 7) * DAY);
      }
      if (tense === 'future' || e.shift === 'next') {
        let delta = (e.weekday - pd + 7) % 7;
        if (e.shift === 'next' && delta === 0) delta = 7;
        return iso(pub + delta * DAY);
      }
      let back = (pd - e.weekday + 7) % 7;
      if (e.shift === 'last' && back === 0) back = 7;
      return iso(pub - back * DAY);
    }
    case 'monthday': {
      // the nearest such day in the tense's direction (a past event in this month or the one before)
      if (pub === null) return null;
      const p = new Date(pub);
      for (let k = 0; k <= 2; k++) {
        const off = tense === 'future' ? k : -k;
        const y = p.getUTCFullYear() + Math.floor((p.getUTCMonth() + off) / 12);
        const m = (((p.getUTCMonth() + off) % 12) + 12) % 12 + 1;
        if (!valid(y, m, e.day)) continue;
        const t = utc(y, m, e.day);
        if (tense === 'future' ? t >= pub : t <= pub) return iso(t);
      }
      return null;
    }
    case 'absolute': {
      const { month, day } = e;
      if (e.year !== null) return dayIso(e.year, month, day);
      // "on 11 April last year": the year counted from publication
      if (e.yearShift !== undefined && pub !== null) return dayIso(new Date(pub).getUTCFullYear() + e.yearShift, month, day);
      if (pub !== null) {
        const py = new Date(pub).getUTCFullYear();
        const told = tense === 'past' ? narrativeDay(month, day, ctx.narrative, py, pub) : null;
        if (told !== null) return iso(told);
        const candidates = [py - 1, py, py + 1].filter((y) => valid(y, month, day)).map((y) => utc(y, month, day));
        let pick: number | undefined;
        if (tense === 'past') pick = candidates.filter((c) => c <= pub + DAY).pop();
        else if (tense === 'future') pick = candidates.find((c) => c >= pub - DAY);
        else pick = candidates.reduce<number | undefined>((best, c) => (best === undefined || Math.abs(c - pub) < Math.abs(best - pub) ? c : best), undefined);
        return pick === undefined ? null : iso(pick);
      }
      // no publication date: the first year at or after the hint in which the date is not before the epoch
      const epoch = parseIso(ctx.epoch);
      const epochYear = new Date(epoch).getUTCFullYear();
      const start = Math.max(ctx.yearHint ?? 0, epochYear);
      const fits = (y: number) => valid(y, month, day) && utc(y, month, day) >= epoch && (e.weekday === null || new Date(utc(y, month, day)).getUTCDay() === e.weekday);
      if (e.weekday === null) {
        for (let y = start; y < start + 2; y++) if (fits(y)) return iso(utc(y, month, day));
        return null;
      }
      // "Thursday, April 11": the weekday picks the year nearest the hint, on either side — the hint is the
      // latest year the text names, and an article often names later years (aid "for 2025 and 2026").
      for (let d = 0; d <= 3; d++) {
        for (const y of d === 0 ? [start] : [start - d, start + d]) if (y >= epochYear && fits(y)) return iso(utc(y, month, day));
      }
      return null;
    }
  }
}

/** how far a yearless day may lie after the story's last date to continue it (a retrospective's next step) */
const NARRATIVE_DAYS = 200;

/** The first such day on or after the narrative's date, when that date is from a year before the page's. */
function narrativeDay(month: number, day: number, narrative: string | null | undefined, pubYear: number, pub: number): number | null {
  if (!narrative) return null;
  const from = parseIso(narrative);
  const y = new Date(from).getUTCFullYear();
  if (y >= pubYear) return null;
  const next = [y, y + 1].filter((v) => valid(v, month, day)).map((v) => utc(v, month, day)).find((t) => t >= from);
  return next !== undefined && next <= pub && next - from <= NARRATIVE_DAYS * DAY ? next : null;
}

/** A year hint from the URL path (/2024/05/, a Unix time stamp) or the latest past year named in the text. */
export function yearHintOf(url: string, text: string): number | null {
  const u = /\/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])(?:[/-]|$)/.exec(url);
  if (u) return Number(u[1]);
  // "...-in-davos-1737471012.html": a Unix time stamp the site gave the page when it was written (2014-2033)
  const stamp = /[/_-](1[4-9]\d{8})(?:\.[a-z]+)?(?:[/?#]|$)/.exec(url);
  if (stamp) return new Date(Number(stamp[1]) * 1000).getUTCFullYear();
  let best: number | null = null;
  const re = /(\b(?:until|till|through|by|to|before)\s+|[-–]\s?)?\b((?:19|20)\d{2})\b/gi;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[1]) continue; // "until 2028", "2024-2028": an end of a span, maybe in the future
    const y = Number(m[2]);
    if (best === null || y > best) best = y;
  }
  return best;
}
