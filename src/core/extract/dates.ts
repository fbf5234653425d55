import type { Token } from './tokens.js';

/**
 * Date expressions and their resolution against the publication date.
 * Absolute ("on May 27", "13 June", "Feb. 16, 2024", "27. Juni"), weekdays ("on Thursday"), relative
 * words ("today", "tomorrow", "earlier today") and vague spans ("last week", "in July") that consume the
 * words but resolve to null. Resolution is tense-aware: a past event never lands after the publication
 * date ("signed on Monday" is the Monday before), a planned one never before it.
 */
export type Tense = 'past' | 'future' | 'none';

export type DateExpr =
  | { readonly kind: 'absolute'; readonly at: number; readonly year: number | null; readonly month: number; readonly day: number; readonly weekday: number | null }
  | { readonly kind: 'weekday'; readonly at: number; readonly weekday: number; readonly shift: 'last' | 'next' | null }
  | { readonly kind: 'relative'; readonly at: number; readonly days: number }
  /** "the same day", "a day earlier", "two weeks later": days from a date the text gave before */
  | { readonly kind: 'anchor'; readonly at: number; readonly days: number }
  | { readonly kind: 'vague'; readonly at: number };

/** Verbs of saying: a date right after one dates the statement, not the event ("said on Wednesday"). */
const REPORTING = new Set(['said', 'says', 'told', 'announced', 'confirmed', 'stated', 'added', 'noted', 'reported', 'wrote', 'declared', 'explained', 'insisted', 'announcing', 'saying', 'according', 'briefing', 'interview', 'statement', 'briefed']);

/** Is the date at token `i` the date of a statement ("the ministry said on Wednesday")? */
export function reportedDate(toks: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 7; j--) {
    const t = toks[j]!;
    if (REPORTING.has(t.lower)) return true;
    if (!t.word && t.text !== '-') return false;
  }
  return false;
}

const COUNT_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['ten', 10],
]);

/** "the same day", "hours after", "a day earlier", "two weeks later", "the next day": [length, days] or null. */
const ANCHOR_START = new Set(['same', 'that', 'earlier', 'later', 'hours', 'next', 'following', 'previous', 'day', ...COUNT_WORDS.keys()]);

function anchorAt(toks: readonly Token[], i: number): [number, number] | null {
  const first = toks[i]!.lower;
  if (!ANCHOR_START.has(first) && !/^\d{1,2}$/.test(first)) return null;
  const w = (k: number): string => toks[i + k]?.lower ?? '';
  if ((w(0) === 'same' || (w(0) === 'that' && w(1) !== 'same')) && /^(?:day|occasion|evening|morning|afternoon)$/.test(w(1)) && (w(0) === 'that' || toks[i - 1]?.lower === 'the' || toks[i - 1]?.lower === 'that')) return [2, 0];
  // "had signed in Lviv the day before.": at the end of its clause, the day before the date it counts from
  if (w(0) === 'day' && (w(1) === 'before' || w(1) === 'earlier') && toks[i - 1]?.lower === 'the' && (!toks[i + 2] || !toks[i + 2]!.word)) return [2, -1];
  if (w(0) === 'that' && w(1) === 'same' && /^(?:day|occasion|evening)$/.test(w(2))) return [3, 0];
  if ((w(0) === 'earlier' || w(0) === 'later') && ((w(1) === 'in' && w(2) === 'the' && w(3) === 'day') || (w(1) === 'that' && w(2) === 'day'))) return [w(1) === 'in' ? 4 : 3, 0];
  if (w(0) === 'hours' && /^(?:after|before|later|earlier)$/.test(w(1))) return [2, 0];
  if ((w(0) === 'next' || w(0) === 'following' || w(0) === 'previous') && w(1) === 'day' && toks[i - 1]?.lower === 'the') return [2, w(0) === 'previous' ? -1 : 1];
  // "at the same ceremony", "on the same occasion": the event named before
  if (w(0) === 'same' && /^(?:ceremony|occasion|summit|meeting|event|visit|trip)$/.test(w(1)) && toks[i - 1]?.lower === 'the' && /^(?:at|on|during)$/.test(toks[i - 2]?.lower ?? '')) return [2, 0];
  // "a day after Luxembourg did the same": the clause it opens happened that much before the date it counts from
  const m = COUNT_WORDS.get(w(0)) ?? (/^\d{1,2}$/.test(w(0)) ? Number(w(0)) : undefined);
  if (m !== undefined && /^(?:day|days)$/.test(w(1)) && (w(2) === 'after' || w(2) === 'before') && (w(0) === 'a' || m === 1) === (w(1) === 'day')) return [3, w(2) === 'after' ? -m : m];
  const n = COUNT_WORDS.get(w(0)) ?? (/^\d{1,2}$/.test(w(0)) ? Number(w(0)) : undefined);
  if (n !== undefined && /^(?:day|days|week|weeks)$/.test(w(1)) && (w(2) === 'later' || w(2) === 'earlier')) {
    if ((w(0) === 'a' || n === 1) !== /^(?:day|week)$/.test(w(1))) return null;
    return [3, n * (w(1).startsWith('week') ? 7 : 1) * (w(2) === 'later' ? 1 : -1)];
  }
  return null;
}

const MONTHS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['january jan januar janvier gennaio enero januarja ianuarie stycznia január', 1],
      ['february feb februar février fevrier febbraio febrero februarja februarie lutego február', 2],
      ['march mar märz mars marzo marca marec martie március', 3],
      ['april apr avril aprile abril aprila aprilie kwietnia április', 4],
      ['may mai maggio mayo maja maj', 5],
      ['june jun juni juin giugno junio junija iunie czerwca június', 6],
      ['july jul juli juillet luglio julio julija iulie lipca július iul', 7],
      ['august aug août aout agosto avgusta august sierpnia augusztus', 8],
      ['september sep sept septembre settembre septiembre septembra septembrie września szeptember', 9],
      ['october oct oktober octobre ottobre octubre oktobra octombrie października október', 10],
      ['november nov novembre noviembre novembra noiembrie listopada', 11],
      ['december dec dezember décembre decembre dicembre diciembre decembra decembrie grudnia', 12],
    ] as const
  ).flatMap(([names, n]) => names.split(' ').map((x) => [x, n] as [string, number])),
);

const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['sunday sonntag dimanche domenica domingo nedeljo duminică', 0],
      ['monday montag lundi lunedì lunedi lunes ponedeljek luni', 1],
      ['tuesday dienstag mardi martedì martedi martes torek marți', 2],
      ['wednesday mittwoch mercredi mercoledì mercoledi miércoles sredo miercuri', 3],
      ['thursday donnerstag jeudi giovedì giovedi jueves četrtek joi', 4],
      ['friday freitag vendredi venerdì venerdi viernes petek vineri', 5],
      ['saturday samstag samedi sabato sábado soboto sâmbătă', 6],
    ] as const
  ).flatMap(([names, n]) => names.split(' ').map((x) => [x, n] as [string, number])),
);

const RELATIVE: ReadonlyMap<string, number> = new Map([
  ['today', 0], ['tonight', 0], ['yesterday', -1], ['tomorrow', 1], ['heute', 0], ['gestern', -1],
  ["aujourd'hui", 0], ['demain', 1], ['oggi', 0], ['ieri', -1], ['domani', 1], ['danes', 0], ['včeraj', -1],
  ['jutri', 1], ['azi', 0], ['astăzi', 0], ['mâine', 1], ['ieri', -1], ['dzisiaj', 0], ['jutro', 1], ['wczoraj', -1],
]);

/** "of July 12" modifies a noun (the declaration of ...), "since/until" bound a span: not an event date. */
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
      const abs = absoluteAt(toks, j);
      if (abs) {
        if (!NOT_EVENT_BEFORE.has(prev)) out.push({ ...abs.expr, at: i, weekday: wd });
        i = abs.end - 1;
        continue;
      }
      const p = toks[i - 1]?.lower ?? '';
      const shift = p === 'last' ? 'last' : p === 'next' ? 'next' : null;
      if (!NOT_EVENT_BEFORE.has(prev)) out.push({ kind: 'weekday', at: i, weekday: wd, shift });
      continue;
    }
    const anchor = anchorAt(toks, i);
    if (anchor) {
      out.push({ kind: 'anchor', at: i, days: anchor[1] });
      i += anchor[0] - 1;
      continue;
    }
    const rel = RELATIVE.get(lw);
    if (rel !== undefined && possessiveAt(toks, i + 1)) continue; // "today's agenda"
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
      // "this week's European Council" names a meeting, it does not date the clause
      if (!possessiveAt(toks, i + 2)) out.push({ kind: 'vague', at: i });
      i += 1;
      continue;
    }
    const abs = absoluteAt(toks, i);
    if (abs) {
      if (!NOT_EVENT_BEFORE.has(prev)) out.push(abs.expr);
      i = abs.end - 1;
      continue;
    }
    if (MONTHS.has(lw) && t.cap && (lw.length > 3 || lw === 'may')) {
      // month-only ("in July", "in January 2024"): consumed, never a day
      out.push({ kind: 'vague', at: i });
      if (yearAt(toks, i + 1) !== null) i += 1;
    }
  }
  return out;
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
      let year: number | null = null;
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
    const m = MONTHS.get(toks[j]?.lower ?? '');
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

// ---- resolution -------------------------------------------------------------------------------

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
}

export function resolveDate(e: DateExpr, tense: Tense, ctx: ResolveContext): string | null {
  const pub = ctx.published ? parseIso(ctx.published) : null;
  switch (e.kind) {
    case 'vague':
    case 'anchor':
      return null;
    case 'relative':
      return pub === null ? null : iso(pub + e.days * DAY);
    case 'weekday': {
      if (pub === null) return null;
      const pd = new Date(pub).getUTCDay();
      if (tense === 'future' || e.shift === 'next') {
        let delta = (e.weekday - pd + 7) % 7;
        if (e.shift === 'next' && delta === 0) delta = 7;
        return iso(pub + delta * DAY);
      }
      let back = (pd - e.weekday + 7) % 7;
      if (e.shift === 'last' && back === 0) back = 7;
      return iso(pub - back * DAY);
    }
    case 'absolute': {
      const { month, day } = e;
      if (e.year !== null) return valid(e.year, month, day) ? iso(utc(e.year, month, day)) : null;
      if (pub !== null) {
        const py = new Date(pub).getUTCFullYear();
        const candidates = [py - 1, py, py + 1].filter((y) => valid(y, month, day)).map((y) => utc(y, month, day));
        let pick: number | undefined;
        if (tense === 'past') pick = candidates.filter((c) => c <= pub + DAY).pop();
        else if (tense === 'future') pick = candidates.find((c) => c >= pub - DAY);
        else pick = candidates.reduce<number | undefined>((best, c) => (best === undefined || Math.abs(c - pub) < Math.abs(best - pub) ? c : best), undefined);
        return pick === undefined ? null : iso(pick);
      }
      // no publication date: the first year at or after the hint in which the date is not before the epoch,
      // checked against the weekday when the text gives one ("Friday, February 16")
      const epoch = parseIso(ctx.epoch);
      const start = Math.max(ctx.yearHint ?? 0, new Date(epoch).getUTCFullYear());
      for (let y = start; y < start + 12; y++) {
        if (!valid(y, month, day)) continue;
        const t = utc(y, month, day);
        if (t < epoch) continue;
        if (e.weekday !== null && new Date(t).getUTCDay() !== e.weekday) continue;
        return iso(t);
      }
      return null;
    }
  }
}

/** A year hint from the URL path (/2024/05/) or the latest past year named in the text. */
export function yearHintOf(url: string, text: string): number | null {
  const u = /\/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])(?:[/-]|$)/.exec(url);
  if (u) return Number(u[1]);
  let best: number | null = null;
  const re = /(\b(?:until|till|through|by|to|before)\s+|[-–]\s?)?\b((?:19|20)\d{2})\b/gi;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[1]) continue; // "until 2028", "2024-2028": an end of a span, maybe in the future
    const y = Number(m[2]);
    if (best === null || y > best) best = y;
  }
  return best;
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
