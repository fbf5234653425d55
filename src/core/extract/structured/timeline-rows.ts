import type { Status } from '../../schemas/status.js';
import { kindOf } from './lead.js';
import { isBlank, type Line } from './lines.js';
import { partyListAt, segment, type Segment } from './party-list.js';
import type { Mention } from '../mentions.js';
import { dateCell, firstDay, type CellDate } from './row-dates.js';
import { cellStatus } from './status-words.js';
import { emitList, NEGATION, type Block, type StructuredClaim, type StructuredContext } from './block.js';
import { isVenue, withoutRowVenues } from './row-venue.js';

/** "12 January 2024 — United Kingdom" or "United Kingdom — 12 January 2024": the date and the rest. */
export interface Dated {
  /** null: a row that names only its venue ("Luxembourg — at the NATO summit in Washington") */
  readonly date: CellDate | null;
  readonly rest: string;
  readonly restStart: number;
}

const CALENDAR_WORDS = new Set(
  `jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov
   november dec december mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun
   sunday early mid late`.split(/\s+/),
);

/** Cheap test: a date can only open a row (a digit, a month or weekday) or close it (a digit). */
export function mayBeDated(t: string): boolean {
  const a = t.charCodeAt(0);
  const z = t.charCodeAt(t.length - 1);
  if ((a >= 48 && a <= 57) || (z >= 48 && z <= 57)) return true;
  if (a < 65 || a > 90) return false;
  let n = 1;
  while (n < t.length && n < 10 && ((t.charCodeAt(n) | 32) >= 97 && (t.charCodeAt(n) | 32) <= 122)) n++;
  return n >= 3 && n < 10 && CALENDAR_WORDS.has(t.slice(0, n).toLowerCase());
}

/** (a dash between two numbers is a span of days, "10–11 July", not a separator) */
const SEPARATOR = /\t|\||\s[—–-]\s|(?<!\d)[—–]|[—–](?!\d)|:\s/g;

/**
 * "Denmark – February 23, 2024 (Lviv);": a list's row may close with a place in brackets and the list's own
 * punctuation after its date; the row is read without them (the venue is no party of the row).
 */
export function withoutRowEnd(t: string): string {
  let e = t.length;
  while (e > 0 && /[;,.]/.test(t[e - 1]!)) e--;
  if (t[e - 1] === ')') {
    const open = t.lastIndexOf('(', e - 1);
    if (open > 0 && !t.slice(open + 1, e - 1).includes(')')) {
      e = open;
      while (e > 0 && isBlank(t.charCodeAt(e - 1))) e--;
    }
  }
  return e === t.length ? t : t.slice(0, e);
}

/** Where a date cell may end and its venue begin: a comma, or "in" / "at" after the date. */
const VENUE_CUT = /,\s*|\s+(?:in|at)\s+/g;

/**
 * A date cell, with or without its venue after a comma or "in"/"at" ("January 12, Kyiv", "May 31 in
 * Stockholm", "June 13, G7 summit in Italy", "January 12, 2024, Kyiv"): the longest head that is a date.
 */
export function dateWithVenue(cell: string): CellDate | null {
  const whole = dateCell(cell);
  if (whole !== null) return whole;
  if (cell.length > 80) return null;
  const cuts: { at: number; venue: number }[] = [];
  VENUE_CUT.lastIndex = 0;
  for (let m = VENUE_CUT.exec(cell); m !== null; m = VENUE_CUT.exec(cell)) cuts.push({ at: m.index, venue: m.index + m[0].length });
  for (let k = cuts.length - 1; k >= 0; k--) {
    const c = cuts[k]!;
    const head = dateCell(cell.slice(0, c.at));
    if (head !== null) return isVenue(cell.slice(c.venue)) ? head : null;
  }
  return null;
}

/** "at the NATO summit in Washington": a row's cell that gives only where the parties signed. */
export function venueOnly(cell: string): boolean {
  return /^(?:at|in|on|during)\s/.test(cell) && isVenue(cell);
}

/** "Luxembourg and Romania — at the NATO summit in Washington": a row of a dated list that gives only its venue. */
export function venueRow(t: string): Dated | null {
  const row = withoutRowEnd(t);
  SEPARATOR.lastIndex = 0;
  const sep = SEPARATOR.exec(row);
  if (sep === null || sep.index === 0 || sep[0] === '\t' || sep[0] === '|') return null;
  const cell = row.slice(sep.index + sep[0].length).trim();
  return venueOnly(cell) ? { date: null, rest: row.slice(0, sep.index).trimEnd(), restStart: 0 } : null;
}

/** Cheap test: the cell after a row's last separator opens with a date (a digit or a month). */
function tailMayBeDated(t: string): boolean {
  SEPARATOR.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = SEPARATOR.exec(t); m !== null; m = SEPARATOR.exec(t)) last = m;
  if (last === null) return false;
  let i = last.index + last[0].length;
  while (i < t.length && isBlank(t.charCodeAt(i))) i++;
  return i < t.length && mayBeDated(t.slice(i, i + 12));
}

export function timelineSplit(line: string): Dated | null {
  // only a date can close a row cut at its end; a row opening with a date keeps its whole rest
  const t = mayBeDated(line) ? line : withoutRowEnd(line);
  if (t.length === 0 || !(mayBeDated(t) || tailMayBeDated(t))) return null;
  SEPARATOR.lastIndex = 0;
  const first = SEPARATOR.exec(t);
  if (first === null || first.index === 0) return null;
  const head = dateWithVenue(t.slice(0, first.index));
  if (head !== null) {
    let restStart = first.index + first[0].length;
    while (restStart < t.length && isBlank(t.charCodeAt(restStart))) restStart++;
    return restStart < t.length ? { date: head, rest: t.slice(restStart), restStart } : null;
  }
  let last = first;
  for (let m = SEPARATOR.exec(t); m !== null; m = SEPARATOR.exec(t)) last = m;
  const tail = dateWithVenue(t.slice(last.index + last[0].length).trim());
  return tail !== null ? { date: tail, rest: t.slice(0, last.index).trimEnd(), restStart: 0 } : null;
}

/**
 * "Spain — May 27; Belgium and Portugal — May 28;": several rows run on one line, cut at semicolons; each
 * piece must be a row of its own, else the line is none.
 */
export function runOnRows(line: Line): { line: Line; dated: Dated }[] | null {
  const t = line.text;
  if (!t.includes(';')) return null;
  const out: { line: Line; dated: Dated }[] = [];
  const re = /[^;]+/g;
  for (let m = re.exec(t); m !== null; m = re.exec(t)) {
    let s = m.index;
    let e = s + m[0].length;
    while (s < e && isBlank(t.charCodeAt(s))) s++;
    while (e > s && isBlank(t.charCodeAt(e - 1))) e--;
    if (s === e) continue;
    const piece = t.slice(s, e);
    const dated = timelineSplit(piece);
    if (dated === null) return null;
    out.push({ line: { text: piece, start: line.start + s, bullet: line.bullet }, dated });
  }
  return out.length >= 2 ? out : null;
}

const MAX_PREDICATE = 16;
/** what may close a bare row: a full stop, or the semicolon or comma a list of rows puts between its rows */
const ROW_END = new Set(['.', ';', ',']);

/** words that give a row's remark a status or an event of its own ("postponed", "talks", "refused") */
const REMARK_EVENT = /\b(?:sign\w*|postpon\w*|delay\w*|cancel\w*|talks?|negotiat\w*|refus\w*|declin\w*|expected|planned|due|withdr\w*|ratif\w*|draft\w*)\b/i;

/**
 * "4 September – Ireland (Kyiv); Dublin prefers the title …", "8 July – Poland (Warsaw). Includes a clause on
 * …": a row's parties may be followed, after a semicolon or full stop, by a remark of its own. The remark tells
 * no other event and names no other state (a capital, the hub or a place may stand in it), so the row is read
 * without it. Returns the row's text without the remark, else the text as it is.
 */
function withoutRemark(rest: string, hub: string): string {
  const m = /[;.]\s+(?=\p{Lu})/u.exec(rest);
  if (m === null || m.index === 0) return rest;
  const remark = rest.slice(m.index + m[0].length);
  if (REMARK_EVENT.test(remark) || NEGATION.test(remark) || kindOf(remark).other) return rest;
  // ("3 April – Finland. President Alexander Stubb in Kyiv.": the leader of a party of the row is no other party)
  const own = new Set(segment(rest.slice(0, m.index), 0, hub).mentions.flatMap((x) => (x.kind === 'name' ? x.codes : [])));
  if (segment(remark, 0, hub).mentions.some((x) => x.role === 'partner' && x.kind !== 'capital' && !(x.kind === 'leader' && x.codes.every((c) => own.has(c))))) return rest;
  return rest.slice(0, m.index);
}

/**
 * "on the same day", "the following afternoon", "on the war's second anniversary", "on the eve of the Munich
 * Security Conference" (a named gathering it precedes): a remark on when, after a
 * row's venue, that tells no event of its own.
 */
const TIME_GLOSS = /^(?:on\s+)?the\s+(?:same|following|next)\s+(?:day|afternoon|morning|evening)$|^on\s+the\s+(?:[\p{L}'’-]+\s+){0,3}(?:anniversary|eve)(?:\s+of\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3})?$/iu;
/** "… gathering that Keir Starmer hosted", "… summit, where …": a relative clause about the venue */
const VENUE_RELATIVE = /\s(?:that|which|where|who|whom|whose)\s/;

/**
 * "10 July – Luxembourg and Romania, on the margins of NATO's Washington summit", "24 Feb – Italy and Canada,
 * in Kyiv, on the war's second anniversary", "18: Czechia and Slovenia, at Blenheim Palace, during the
 * gathering that Keir Starmer hosted": the place of the signing after a comma, perhaps with a remark on when
 * after another comma, or a relative clause about the place (whoever it names hosted, not signed).
 */
function venueAfterList(rest: string, seg: Segment, end: number): boolean {
  const mark = seg.toks[end];
  const first = seg.toks[end + 1];
  if (mark?.text !== ',' || first === undefined) return false;
  let aside = withoutRowEnd(rest.slice(first.start - seg.toks[0]!.start));
  const relative = VENUE_RELATIVE.exec(aside);
  const cut = relative !== null ? first.start + relative.index : Infinity;
  if (relative !== null) aside = aside.slice(0, relative.index);
  if (seg.mentions.some((m) => m.from > end && seg.toks[m.from]!.start < cut && m.role === 'partner' && m.kind !== 'capital' && !placeInVenue(seg, m.from))) return false;
  const pieces = aside.replace(/\([^()]*\)/g, ' ').split(/,\s*/);
  // (a place, a remark on when, or both)
  return pieces.length <= 3 && pieces.every((p) => isVenue(p.replace(/^(?:on|at|in|during)\s+/i, '')) || TIME_GLOSS.test(p.trim()));
}

const COMPASS = new Set(['southern', 'northern', 'eastern', 'western', 'central']);

/**
 * "at the G7 summit in Italy", "in Apulia, southern Italy", "in Bari, Italy": a state named where the signing
 * took place (after "in", a compass word, or a place and a comma) is the venue's country, not a party.
 */
function placeInVenue(seg: Segment, from: number): boolean {
  const p1 = seg.toks[from - 1];
  const p2 = seg.toks[from - 2];
  if (p1 === undefined) return false;
  if (p1.lower === 'in' || COMPASS.has(p1.lower)) return true;
  return p1.text === ',' && p2 !== undefined && p2.cap && !seg.mentions.some((m) => m.from <= from - 2 && m.to > from - 2);
}

/** The row's rest is one city and nothing else (its closing full stop aside). */
function datelineCity(seg: Segment): boolean {
  const m = seg.mentions[0];
  if (m === undefined || seg.mentions.length > 1 || m.kind !== 'capital' || m.from !== 0) return false;
  return seg.toks.slice(m.to).every((t) => t.text === '.');
}

export function timelineRow(b: Block, line: Line, dated: Dated, ctx: StructuredContext, out: StructuredClaim[]): void {
  const rest = withoutRemark(dated.rest, ctx.hub);
  let seg = segment(rest, line.start + dated.restStart, ctx.hub);
  // "Denmark, Lviv (Mette Frederiksen)": the place of the signing is cut off before the parties are read
  const parties = withoutRowVenues(rest, seg);
  if (parties !== null) seg = segment(parties, line.start + dated.restStart, ctx.hub);
  const list = partyListAt(seg, 0, ctx.hub);
  const day = dated.date !== null && 'day' in dated.date ? dated.date.day : null;
  if (dated.date !== null && 'monthOnly' in dated.date && dated.date.year !== null) b.year = dated.date.year;
  if (day?.year != null) b.year = day.year;
  if (list === null) return;
  // "8 November 2024 | Budapest" opening no list: a dateline (the day and city of the report), not a capital's row
  // (the headline above it is no lead-in: only a question or a line ending with a colon introduces such a row)
  if (b.rows === 0 && !b.lead.question && !/:["”’]?$/u.test(b.lead.text) && !b.lead.chronology && datelineCity(seg)) return;
  let status: Status | null;
  let when = day;
  if (list.end >= seg.toks.length || seg.toks.slice(list.end).every((x) => ROW_END.has(x.text)) || venueAfterList(rest, seg, list.end)) {
    // a bare entry: a chronology of the agreements lists their signings (its row may close with the
    // list's own punctuation, "16 February: Germany, France;")
    status = b.lead.status ?? 'signed';
  } else {
    // "Bulgaria was due to sign but withdrew": a short predicate about the listed parties only
    const tail = seg.toks.slice(list.end);
    // ("Signed in Kyiv by Prime Minister Rishi Sunak": a leader of a listed party names no other party)
    const listed = new Set(list.items.flatMap((it) => it.codes));
    const other = (m: Mention): boolean => m.role !== 'hub' && m.role !== 'place' && !(m.kind === 'leader' && m.codes.every((c) => listed.has(c)));
    if (tail.filter((x) => x.word).length > MAX_PREDICATE || seg.mentions.some((m) => m.from >= list.end && other(m))) return;
    const predicate = rest.slice(tail[0]!.start - seg.toks[0]!.start);
    if (kindOf(predicate).other) return;
    status = cellStatus(predicate);
    // "is not among the countries negotiating": a negated predicate states no event (a refusal aside)
    if (status !== 'refused' && NEGATION.test(predicate)) return;
    // the entry's day is when a plan or talks were reported, not the signing's: only a day in the predicate counts
    if (status === 'planned' || status === 'negotiating') when = firstDay(predicate);
  }
  if (status === null) return;
  emitList(b, list.items, status, when, line, ctx, out);
}

