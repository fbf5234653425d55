import type { Status } from '../../schemas/status.js';
import { kindOf } from './lead.js';
import { isBlank, type Line } from './lines.js';
import { partyListAt, segment } from './party-list.js';
import { dateCell, firstDay, type CellDate } from './row-dates.js';
import { cellStatus } from './status-words.js';
import { emitList, NEGATION, type Block, type StructuredClaim, type StructuredContext } from './block.js';

/** "12 January 2024 — United Kingdom" or "United Kingdom — 12 January 2024": the date and the rest. */
export interface Dated {
  readonly date: CellDate;
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

const SEPARATOR = /\t|\||\s[—–-]\s|[—–]|:\s/g;

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

export function timelineSplit(line: string): Dated | null {
  // only a date can close a row cut at its end; a row opening with a date keeps its whole rest
  const t = mayBeDated(line) ? line : withoutRowEnd(line);
  if (t.length === 0 || !mayBeDated(t)) return null;
  SEPARATOR.lastIndex = 0;
  const first = SEPARATOR.exec(t);
  if (first === null || first.index === 0) return null;
  const head = dateCell(t.slice(0, first.index));
  if (head !== null) {
    let restStart = first.index + first[0].length;
    while (restStart < t.length && isBlank(t.charCodeAt(restStart))) restStart++;
    return restStart < t.length ? { date: head, rest: t.slice(restStart), restStart } : null;
  }
  let last = first;
  for (let m = SEPARATOR.exec(t); m !== null; m = SEPARATOR.exec(t)) last = m;
  const tail = dateCell(t.slice(last.index + last[0].length));
  return tail !== null ? { date: tail, rest: t.slice(0, last.index).trimEnd(), restStart: 0 } : null;
}

const MAX_PREDICATE = 16;

export function timelineRow(b: Block, line: Line, dated: Dated, ctx: StructuredContext, out: StructuredClaim[]): void {
  const seg = segment(dated.rest, line.start + dated.restStart, ctx.hub);
  const list = partyListAt(seg, 0, ctx.hub);
  const day = 'day' in dated.date ? dated.date.day : null;
  if ('monthOnly' in dated.date && dated.date.year !== null) b.year = dated.date.year;
  if (day?.year != null) b.year = day.year;
  if (list === null) return;
  let status: Status | null;
  let when = day;
  if (list.end >= seg.toks.length || seg.toks.slice(list.end).every((x) => x.text === '.')) {
    // a bare entry: a chronology of the agreements lists their signings
    status = b.lead.status ?? 'signed';
  } else {
    // "Bulgaria was due to sign but withdrew": a short predicate about the listed parties only
    const rest = seg.toks.slice(list.end);
    if (rest.length > MAX_PREDICATE || seg.mentions.some((m) => m.from >= list.end && m.role !== 'hub' && m.role !== 'place')) return;
    const predicate = dated.rest.slice(rest[0]!.start - seg.toks[0]!.start);
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

