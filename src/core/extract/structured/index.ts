import { vocabulary as V } from '../../gazetteer/index.js';
import type { Status } from '../../schemas/status.js';
import { shiftDate, type ResolveContext } from '../dates/resolve.js';
import { isQuestion, kindOf, leadOf, type Lead } from './lead.js';
import { isBlank, MAX_ROW_CHARS, readLines, type Line } from './lines.js';
import { partyListAt, segment, wholeList, type ListItem, type Segment } from './party-list.js';
import { dateCell, firstDay, rowDay, type AbsoluteDate, type CellDate } from './row-dates.js';
import { cellStatus } from './status-words.js';
import { separatorsIn, splitCells, tableHeader, type TableHeader } from './table.js';

/**
 * Claims that structured text makes, row by row, where the prose rules see no sentence: a table rendered as
 * text ("Country | Date signed" over "United Kingdom | 12 January 2024"), a timeline ("16 Feb 2024: Germany
 * and France"), a fact box ("In talks: Poland, Norway") and a Q&A explainer's list answer ("Which countries
 * have signed?" / "So far: the UK, Germany and France."). A block counts only where its lead (the question,
 * lead-in or heading above it, else the headline) is about the tracked agreements, or the article is and the
 * lead names no other kind of act.
 *
 * One pass over the lines; a line is tokenised only when its shape (a separator, a date first, a colon, a
 * question mark, a list after a lead) makes it a candidate row.
 */
export interface StructuredContext {
  readonly hub: string;
  /** the article names the tracked type and the hub */
  readonly focused: boolean;
  readonly weakOk: boolean;
  readonly dates: ResolveContext;
  readonly title: string | null;
}

export interface StructuredClaim {
  readonly party: string;
  readonly status: Status;
  readonly date: string | null;
  readonly evidence: string;
  /** offset of the row in the article text */
  readonly start: number;
  readonly confidence: number;
  /** rows of one block share a key */
  readonly block: number;
}

interface Block {
  readonly id: number;
  readonly lead: Lead;
  readonly relevant: boolean;
  readonly table: TableHeader | null;
  /** the running year of a chronology and the last row's day */
  year: number | null;
  previous: string | null;
  /** rows read so far (the first row after a question may open with "Seven countries:") */
  rows: number;
  /** the day of the last date heading, its count, and the lines of its entry read so far */
  heading: string | null;
  headings: number;
  entryLines: number;
  readonly spans: DatedSpan[];
  /** claims of the entries under date headings: kept only if the block has several headings */
  readonly pending: StructuredClaim[];
}

/** An entry under a date heading: the sentence rules' undated event claims in it take the heading's day. */
export interface DatedSpan {
  readonly start: number;
  readonly end: number;
  readonly date: string;
}

export interface Structured {
  readonly claims: StructuredClaim[];
  readonly spans: DatedSpan[];
}

/** How many lines after a date heading are its entry. */
const ENTRY_LINES = 3;
/** A chronology has several date headings; one date line alone is a dateline. */
const MIN_HEADINGS = 2;

export function structuredClaims(text: string, ctx: StructuredContext): Structured {
  const out: StructuredClaim[] = [];
  const spans: DatedSpan[] = [];
  // a headline about another act makes a block that names no kind of act about it too
  let about: boolean | null = null;
  const articleAbout = (): boolean => (about ??= ctx.focused && !(ctx.title !== null && kindOf(ctx.title).other));
  const recent: Line[] = [];
  let block: Block | null = null;
  let blocks = 0;

  const open = (lead: Lead, table: TableHeader | null): Block => {
    const named = lead.strong || (lead.weak && ctx.weakOk) || (table !== null && table.kind.strong);
    const vetoed = lead.vetoed || (table !== null && (table.kind.other || (table.distracts && !table.signedColumn)));
    const says = lead.status !== null || (table !== null && (table.signedColumn || table.statusColumn !== null));
    return { id: blocks++, lead, relevant: !vetoed && (named || (says && articleAbout())), table, year: lead.year, previous: null, rows: 0, heading: null, headings: 0, entryLines: 0, spans: [], pending: [] };
  };
  const close = (): void => {
    const b = block as Block | null;
    if (b !== null && b.relevant && b.headings >= MIN_HEADINGS) {
      // (loops, not spreads: a long chronology must not hit the argument limit)
      for (const sp of b.spans) spans.push(sp);
      for (const c of b.pending) out.push(c);
    }
    block = null;
  };
  const prose = (line: Line): void => {
    close();
    recent.push(line);
    if (recent.length > 2) recent.shift();
  };

  const seps = separatorsIn(text);
  for (const line of readLines(text)) {
    const t = line.text;
    if (t.length === 0) continue;
    if (t.length > MAX_ROW_CHARS) {
      close();
      recent.length = 0;
      continue;
    }
    const b = block as Block | null;
    if (b !== null && b.table !== null) {
      const cells = splitCells(t, b.table.sep);
      if (cells !== null && cells.length >= 2) {
        if (b.relevant) tableRow(b, line, cells, ctx, out);
        b.rows++;
        continue;
      }
      close();
    }
    const header = seps.any ? tableHeader(t, seps) : null;
    if (header !== null) {
      block = open(leadOf(recent, ctx.title), header);
      continue;
    }
    if (isQuestion(t)) {
      prose(line);
      continue;
    }
    // a date on a line of its own heads the entry below it ("12 January 2024" / "The UK signs first.")
    const heading = t.length <= 40 && mayBeDated(t) ? dateCell(t) : null;
    if (heading !== null && 'day' in heading) {
      const cur: Block = b ?? open(leadOf(recent, ctx.title), null);
      block = cur;
      const d = heading.day;
      if (d.year !== null) cur.year = d.year;
      cur.heading = rowDay(d, cur.year, cur.previous, true, ctx.dates);
      if (cur.heading !== null) cur.previous = cur.heading;
      cur.headings++;
      cur.entryLines = 0;
      cur.rows++;
      continue;
    }
    // its entry: a list of parties ("Denmark"), a short predicate ("Germany and France sign"), or prose whose
    // undated signings the heading dates; a heading that is no list ends it
    if (b !== null && b.heading !== null && b.entryLines < ENTRY_LINES && (!isHeadingLike(t) || isList(t, line, ctx.hub))) {
      b.entryLines++;
      if (b.relevant) {
        const date: CellDate = { day: { kind: 'absolute', at: 0, year: Number(b.heading.slice(0, 4)), month: Number(b.heading.slice(5, 7)), day: Number(b.heading.slice(8, 10)), weekday: null } };
        if (startsLikeList(t)) timelineRow(b, line, { date, rest: t, restStart: 0 }, ctx, b.pending);
        b.spans.push({ start: line.start, end: line.start + t.length, date: b.heading });
      }
      continue;
    }
    // a year on its own ("2024") sets the year of the chronology below it
    if (t.length <= 5 && /^(?:19|20)\d{2}:?$/.test(t)) {
      const cur: Block = b ?? open(leadOf(recent, ctx.title), null);
      block = cur;
      cur.year = Number(t.slice(0, 4));
      cur.previous = null;
      cur.rows++;
      continue;
    }
    // a candidate row: a date and a separator, a status label, or a list after a lead that introduces one
    const dated = timelineSplit(t);
    const label = dated === null ? statusLabel(t) : null;
    const intro = b !== null ? b.lead.introduces || b.rows > 0 : introduces(recent);
    const partyRow = dated === null && label === null && intro && startsLikeList(t) ? statusRow(t) : null;
    const listLike = dated === null && label === null && partyRow === null && startsLikeList(t) && intro && fewWords(t);
    if (dated === null && label === null && partyRow === null && !listLike) {
      prose(line);
      continue;
    }
    const cur: Block = b ?? open(leadOf(recent, ctx.title), null);
    if (partyRow !== null ? readStatusRow(cur, line, partyRow, ctx, out, articleAbout) : readRow(cur, line, dated, label, ctx, out, articleAbout)) {
      block = cur;
      cur.rows++;
      continue;
    }
    if (b === null) blocks--; // the block opened for this line never started
    prose(line);
  }
  close();
  return { claims: out, spans };
}

function isList(t: string, line: Line, hub: string): boolean {
  return startsLikeList(t) && wholeList(segment(t, line.start, hub), hub) !== null;
}

/** A short line without a full stop: a heading, which ends a date heading's entry. */
function isHeadingLike(t: string): boolean {
  return t.length <= 60 && !/[.!?:;"”]$/u.test(t);
}

interface Label {
  readonly status: Status;
  /** length of "In talks: " */
  readonly length: number;
}

/** "In talks: Poland, Norway", "Expected: Albania": a short label that names a status, then the list. */
function statusLabel(t: string): Label | null {
  const colon = t.lastIndexOf(':', 41);
  if (colon < 2 || colon > 41) return null;
  const label = /^([\p{L}' ]{2,40}):\s*/u.exec(t);
  if (label === null || label[0].length >= t.length || label[1]!.trim().split(/\s+/).length > 5) return null;
  const status = cellStatus(label[1]!);
  return status === null ? null : { status, length: label[0].length };
}

/** "Poland: in talks", "United Kingdom — signed 12 January 2024": a party, a separator, a short status. */
interface StatusRow {
  readonly head: number;
  readonly tail: number;
}

const ROW_SEPARATOR = /\s*(?::\s|\s[—–-]\s|\|)\s*/;
const MAX_STATUS_CHARS = 80;
const MAX_STATUS_WORDS = 8;

function statusRow(t: string): StatusRow | null {
  const m = ROW_SEPARATOR.exec(t.slice(0, 48));
  if (m === null || m.index === 0) return null;
  const tail = m.index + m[0].length;
  if (t.length - tail > MAX_STATUS_CHARS || tail >= t.length) return null;
  // "BRUSSELS — ...": a dateline, not a row
  const head = t.slice(0, m.index);
  if (head === head.toUpperCase() && /\p{Lu}{3}/u.test(head)) return null;
  // a status is a few words, not a headline ("Bulgaria: Glavchev Backs Out of ..."): at most one capital past the first word
  const rest = t.slice(tail);
  if (rest.split(/\s+/).length > MAX_STATUS_WORDS || (rest.slice(1).match(/\b\p{Lu}\p{Ll}/gu) ?? []).length > 1) return null;
  return cellStatus(rest) === null ? null : { head: m.index, tail };
}

function readStatusRow(b: Block, line: Line, row: StatusRow, ctx: StructuredContext, out: StructuredClaim[], articleAbout: () => boolean): boolean {
  const t = line.text;
  const list = wholeList(segment(t.slice(0, row.head), line.start, ctx.hub), ctx.hub);
  if (list === null) return false;
  const rest = t.slice(row.tail);
  const status = cellStatus(rest)!;
  const restSeg = segment(rest, line.start + row.tail, ctx.hub);
  const own = new Set(list.items.flatMap((it) => it.codes));
  // about the listed parties only, about the tracked type, and not negated (a refusal aside)
  if (restSeg.mentions.some((m) => m.role !== 'hub' && m.role !== 'place' && m.codes.some((c) => !own.has(c)))) return false;
  if (kindOf(rest).other || (status !== 'refused' && NEGATION.test(rest))) return true;
  if (!b.lead.vetoed && (b.relevant || articleAbout())) {
    const d = firstDay(rest);
    emitList(b, list.items, status, d, line, ctx, out);
  }
  return true;
}

/** Does the last line read introduce a list (a question, a lead-in ending with a colon, a heading)? */
function introduces(recent: readonly Line[]): boolean {
  const l = recent[recent.length - 1];
  return l !== undefined && (isQuestion(l.text) || /:["”’]?$/u.test(l.text) || (l.text.length <= 90 && !/[.!]["”’)]?$/u.test(l.text)));
}

/** A timeline entry, a fact-box label line or a list line; true when the line is a row of the block. */
function readRow(b: Block, line: Line, dated: Dated | null, label: Label | null, ctx: StructuredContext, out: StructuredClaim[], articleAbout: () => boolean): boolean {
  const t = line.text;
  if (dated !== null) {
    if (b.relevant) timelineRow(b, line, dated, ctx, out);
    return true;
  }
  if (label !== null) {
    const seg = segment(t.slice(label.length), line.start + label.length, ctx.hub);
    const list = wholeList(seg, ctx.hub);
    if (list === null) return false;
    // the label says the status; the block must still be about the type
    if (!b.lead.vetoed && (b.relevant || articleAbout())) emitList(b, list.items, label.status, null, line, ctx, out);
    return true;
  }
  // a plain list line: only under a question, a lead-in ending with a colon, or a heading
  const seg = segment(t, line.start, ctx.hub);
  const first = b.rows === 0;
  const list = first ? answerList(seg, ctx.hub) : wholeList(seg, ctx.hub)?.items ?? null;
  if (list === null) return false;
  const status = b.lead.status;
  if (b.relevant && status !== null) emitList(b, list, status, null, line, ctx, out, first ? sentenceOf(t) : t);
  return true;
}

/** A capital letter (or "the") first: cheap test before tokenising a line as a list. */
function startsLikeList(t: string): boolean {
  return /^(?:\p{Lu}|the\s)/u.test(t);
}

/**
 * Cheap test before tokenising a line as a list: a list's first sentence has few lower-case words besides
 * the ones that join names ("Seven countries: the UK, Germany and France.").
 */
function fewWords(t: string): boolean {
  const re = /[A-Za-z]+|\.\s/g;
  let lower = 0;
  for (let m = re.exec(t); m !== null; m = re.exec(t)) {
    const w = m[0];
    if (w.charCodeAt(0) === 46) return true;
    const c = w.charCodeAt(0);
    if (c >= 97 && c <= 122 && w !== 'and' && w !== 'the' && ++lower > 8) return false;
  }
  return true;
}

/** The first sentence of an answer line (its evidence). */
function sentenceOf(t: string): string {
  const m = /^.*?[a-z)\]]\.(?=\s+\p{Lu}|$)/u.exec(t);
  return m ? m[0] : t;
}

/**
 * An answer's list: "Seven countries: the United Kingdom, Germany and France.", "So far, the UK and
 * Germany.", or the list alone; the list must end its sentence.
 */
function answerList(seg: Segment, hub: string): ListItem[] | null {
  const toks = seg.toks;
  let end = toks.length;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.text === '.' && (i + 1 === toks.length || toks[i + 1]!.cap)) {
      end = i + 1;
      break;
    }
  }
  // "A: Three countries: ...": every colon of a short lead-in, or its first comma ("So far, ...")
  const starts = [0];
  let comma = false;
  for (let i = 0; i < Math.min(end, 10); i++) {
    const x = toks[i]!.text;
    if (x === ':' || (x === ',' && i <= 4 && !comma)) {
      starts.push(i + 1);
      if (x === ',') comma = true;
    }
  }
  for (const from of starts) {
    // a lead-in names no party: "Seven countries:", "So far,"
    if (seg.mentions.some((m) => m.from < from && m.role !== 'hub')) continue;
    const l = partyListAt(seg, from, hub);
    if (l === null) continue;
    let k = l.end;
    while (k < end && (toks[k]!.text === '.' || toks[k]!.lower === 'so' || toks[k]!.lower === 'far')) k++;
    if (k >= end) return [...l.items];
    // "…, Italy and the Netherlands – seven in all.": an aside after a dash names no more parties
    if (toks[k]!.lower === '-' && !seg.mentions.some((m) => m.from > k && m.from < end)) return [...l.items];
  }
  return null;
}

/** "12 January 2024 — United Kingdom" or "United Kingdom — 12 January 2024": the date and the rest. */
interface Dated {
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
function mayBeDated(t: string): boolean {
  const a = t.charCodeAt(0);
  const z = t.charCodeAt(t.length - 1);
  if ((a >= 48 && a <= 57) || (z >= 48 && z <= 57)) return true;
  if (a < 65 || a > 90) return false;
  let n = 1;
  while (n < t.length && n < 10 && ((t.charCodeAt(n) | 32) >= 97 && (t.charCodeAt(n) | 32) <= 122)) n++;
  return n >= 3 && n < 10 && CALENDAR_WORDS.has(t.slice(0, n).toLowerCase());
}

const SEPARATOR = /\t|\||\s[—–-]\s|[—–]|:\s/g;

function timelineSplit(t: string): Dated | null {
  if (!mayBeDated(t)) return null;
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
const NEGATION = /\b(?:not|no|never|neither|nor|without)\b|n't\b/i;

function timelineRow(b: Block, line: Line, dated: Dated, ctx: StructuredContext, out: StructuredClaim[]): void {
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

/** "Signed?" | "yes" / "✓" */
const TICK = /^(?:yes|[✓✔✅☑])$/iu;

function tableRow(b: Block, line: Line, cells: readonly { text: string; start: number }[], ctx: StructuredContext, out: StructuredClaim[]): void {
  const h = b.table!;
  const partyCell = cells[h.partyColumn];
  if (!partyCell) return;
  const seg = segment(partyCell.text, line.start + partyCell.start, ctx.hub);
  const list = wholeList(seg, ctx.hub);
  if (list === null) return;
  // a row about another act ("Minerals deal" in its agreement column) is not one of ours
  for (let c = 0; c < cells.length; c++) {
    if (c === h.partyColumn || c === h.dateColumn || c === h.statusColumn) continue;
    if (/[a-z]{4}/i.test(cells[c]!.text) && kindOf(cells[c]!.text).other) return;
  }
  const dateText = h.dateColumn !== null ? cells[h.dateColumn]?.text ?? '' : '';
  const statusText = h.statusColumn !== null ? cells[h.statusColumn]?.text ?? '' : '';
  const cell = dateCell(dateText);
  let day: AbsoluteDate | null = cell !== null && 'day' in cell ? cell.day : firstDay(dateText) ?? firstDay(statusText);
  let status = statusText ? cellStatus(statusText) : null;
  if (status === null) {
    const written = day !== null || (cell !== null && 'monthOnly' in cell);
    if (h.signedColumn && (written || TICK.test(dateText))) status = cellStatus(dateText) ?? 'signed';
    else if (written) status = b.lead.status ?? (b.lead.strong || h.kind.strong ? 'signed' : null);
    else status = dateText ? cellStatus(dateText) : null;
  }
  if (status === null) return;
  if (cell !== null && 'monthOnly' in cell) day = null;
  emitList(b, list.items, status, day, line, ctx, out);
}

/** One claim per listed party, dated by its own gloss, else the row's day. */
function emitList(b: Block, items: readonly ListItem[], status: Status, rowDate: AbsoluteDate | null, line: Line, ctx: StructuredContext, out: StructuredClaim[], evidence = line.text): void {
  const parties = items.reduce((n, it) => n + it.codes.length, 0);
  const base = status === 'signed' ? 0.85 : 0.8;
  const confidence = parties >= 3 ? Math.min(base, 0.7) : base;
  for (const it of items) {
    const d = it.day ?? rowDate;
    let date: string | null = null;
    if (d !== null) {
      date = rowDay(d, d.year ?? b.year, b.previous, status === 'signed' || status === 'refused' || status === 'ratified', ctx.dates);
      if (date !== null && !plausible(date, status, ctx.dates)) {
        // a signing before the agreements existed, or after the page was written, is not a signing row
        if (status === 'signed') return;
        date = null;
      }
      if (date !== null && it.day === null) b.previous = date;
    }
    for (const party of it.codes) out.push({ party, status, date, evidence, start: line.start, confidence, block: b.id });
  }
}

function plausible(date: string, status: Status, dates: ResolveContext): boolean {
  if (date <= V.AGREEMENT_EPOCH) return false;
  if ((status === 'signed' || status === 'ratified' || status === 'refused') && dates.published !== null && date > shiftDate(dates.published, 1)) return false;
  return true;
}

