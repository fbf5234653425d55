import { resolveDate } from '../dates/resolve.js';
import { DigestDays } from './digest-days.js';
import { isQuestion, kindOf, leadOf, type Lead } from './lead.js';
import { MAX_ROW_CHARS, readLines, type Line } from './lines.js';
import { segment, wholeList } from './party-list.js';
import { bareDayRow, dateCell, monthHeading, monthOfTitle, rowDay, type CellDate } from './row-dates.js';
import { separatorsIn, splitCells, tableHeader, type TableHeader } from './table.js';
import { emitList, type Block, type DatedSpan, type Structured, type StructuredClaim, type StructuredContext } from './block.js';
import { answerList, fewWords, introduces, isHeadingLike, isList, sentenceOf, startsLikeList } from './list-lines.js';
import { readStatusRow, statusLabel, statusRow, type Label } from './status-rows.js';
import { headedAt } from './party-heading.js';
import { stackedTable } from './stacked-table.js';
import { tableRow } from './table-rows.js';
import { mayBeDated, runOnRows, withoutRowEnd, timelineRow, timelineSplit, venueRow, type Dated } from './timeline-rows.js';

export type { DatedSpan, Structured, StructuredClaim, StructuredContext } from './block.js';

/** How many lines after a date heading are its entry. */
const ENTRY_LINES = 3;
/** Prose lines a month chronology may be interrupted by and still go on at the next month heading. */
const MAX_PARKED_LINES = 2;
/** A chronology has several date headings; one date line alone is a dateline. */
const MIN_HEADINGS = 2;

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
    // (a chronology's rows in an article about the agreements are its events, as a status word would make them)
    return { id: blocks++, lead, relevant: !vetoed && (named || ((says || lead.chronology) && articleAbout())), table, year: lead.year ?? lead.since?.year ?? null, previous: lead.since !== null ? resolveDate(lead.since, 'none', ctx.dates) : null, month: null, rows: 0, heading: null, headings: 0, entryLines: 0, spans: [], pending: [] };
  };
  // a chronology under month headings that a line of prose interrupted ("MAY" / "Spain, Belgium, Portugal —
  // during the President's tour — and …" / "JUNE"): the next month heading goes on with it, year and lead kept
  let parked: Block | null = null;
  let parkedGap = 0;
  const close = (): void => {
    const b = block as Block | null;
    if (b !== null && b.relevant && b.headings >= MIN_HEADINGS) {
      // (loops, not spreads: a long chronology must not hit the argument limit)
      for (const sp of b.spans) spans.push(sp);
      for (const c of b.pending) out.push(c);
      // (taken once: a resumed block closes again)
      b.spans.length = 0;
      b.pending.length = 0;
    }
    if (b !== null && b.month !== null && b.table === null) {
      parked = b;
      parkedGap = 0;
    }
    block = null;
  };
  const prose = (line: Line): void => {
    close();
    parkedGap++;
    recent.push(line);
    if (recent.length > 2) recent.shift();
  };

  let monthOfPage: ReturnType<typeof monthOfTitle> | undefined;
  const titleMonth = (): ReturnType<typeof monthOfTitle> => (monthOfPage ??= monthOfTitle(ctx.title ?? headlineLine(text)));
  const seps = separatorsIn(text);
  const digest = new DigestDays(ctx.dates);
  const lines = readLines(text);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    let t = line.text;
    if (t.length === 0) continue;
    // a table flattened one cell per line is read whole, its rows as a separated table's
    const stacked = (block as Block | null)?.table == null && t.length <= 40 ? stackedTable(lines, i, text, ctx.hub) : null;
    if (stacked !== null) {
      close();
      const cur = open(leadOf(recent, ctx.title), stacked.header);
      if (cur.relevant) for (const r of stacked.rows) tableRow(cur, r.line, r.cells, ctx, out);
      recent.length = 0;
      i = stacked.end - 1;
      continue;
    }
    // a fact box's party heading over an entry that opens with its status ("GERMANY" / "Signed on Feb. 16 …")
    const headed = t.length <= 60 ? headedAt(lines, i, text, ctx.hub) : null;
    if (headed !== null && articleAbout()) {
      // (dated against the headline: the entries above, about aid and weapons, are no lead of this one)
      const cur = open(leadOf([], ctx.title), null);
      emitList(cur, headed.items, headed.status, headed.day, headed.line, ctx, out);
    }
    // "Who has signed? As of mid-April, nine: the UK, …": a question that opens its paragraph leads the answer after it
    const asked = leadingQuestion(t);
    if (asked > 0) {
      prose({ text: t.slice(0, asked).trimEnd(), start: line.start, bullet: line.bullet });
      line = { text: t.slice(asked), start: line.start + asked, bullet: false };
      t = line.text;
    }
    digest.line(line);
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
    // a month heading ("FEBRUARY", "March 2024") goes on with the chronology: it ends the entry of a date
    // heading, and the rows below it may give only their day ("16 Feb – Germany", "8: Poland")
    const month = t.length <= 16 && (b === null || b.table === null) ? monthHeading(t) : null;
    if (month !== null) {
      const resumed = b === null && parked !== null && parkedGap <= MAX_PARKED_LINES ? parked : null;
      const cur: Block = b ?? resumed ?? open(leadOf(recent, ctx.title), null);
      block = cur;
      cur.month = month.month;
      if (month.year !== null) cur.year = month.year;
      cur.heading = null;
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
    // several rows run on one line ("Spain — May 27; Belgium and Portugal — May 28;"): each is read alone
    const runOn = timelineSplitRuns(t, line);
    if (runOn !== null) {
      const cur: Block = b ?? open(leadOf(recent, ctx.title), null);
      block = cur;
      for (const r of runOn) {
        if (cur.relevant) timelineRow(cur, r.line, r.dated, ctx, out);
        cur.rows++;
      }
      continue;
    }
    // a list of dated rows may name one row's venue only: its parties signed too, on a day it does not give
    const dated = timelineSplit(t) ?? (b !== null && b.rows > 0 && b.table === null ? venueRow(t) : null) ?? dayOnlyRow(t, b, titleMonth);
    const label = dated === null ? statusLabel(t) : null;
    const intro = b !== null ? b.lead.introduces || b.rows > 0 : introduces(recent);
    const partyRow = dated === null && label === null && intro && startsLikeList(t) ? statusRow(t) : null;
    const listLike = dated === null && label === null && partyRow === null && startsLikeList(t) && intro && fewWords(t);
    if (dated === null && label === null && partyRow === null && !listLike) {
      prose(line);
      continue;
    }
    const cur: Block = b ?? open(leadOf(recent, ctx.title), null);
    // (a month-in-review page's first day row opens its block: the headline gives the month's year)
    if (dated !== null && cur.month === null && cur.year === null && titleMonth() !== null && bareDayRow(t) !== null) cur.year = titleMonth()!.year;
    if (partyRow !== null ? readStatusRow(cur, line, partyRow, ctx, out, articleAbout) : readRow(cur, line, dated, label, ctx, out, articleAbout)) {
      block = cur;
      cur.rows++;
      continue;
    }
    if (b === null) blocks--; // the block opened for this line never started
    prose(line);
  }
  close();
  return { claims: out, spans: withDigestDays(spans, digest.spans()) };
}

/** A chronology's entries keep their date headings' days; a digest's day dates the lines outside them. */
function withDigestDays(spans: DatedSpan[], days: DatedSpan[]): DatedSpan[] {
  if (days.length === 0) return spans;
  if (spans.length === 0) return days;
  const out = [...spans];
  for (const d of days) if (!spans.some((s) => s.start < d.end && d.start < s.end)) out.push(d);
  return out.sort((a, b) => a.start - b.start);
}

/** "Who has signed? As of …": the length of a short question opening a longer line, else 0. */
function leadingQuestion(t: string): number {
  const m = /^[^?.!]{6,100}\?\s+(?=\p{Lu})/u.exec(t);
  return m !== null && m[0].length < t.length ? m[0].length : 0;
}

/** A page given without its headline: the first line, when it reads as one (short, no full stop). */
function headlineLine(text: string): string {
  const m = /^\s*([^\n]{1,90})(?:\n|$)/.exec(text);
  return m !== null && !/[.!?]["”’)]?\s*$/u.test(m[1]!) ? m[1]! : '';
}

/**
 * "8: Poland", "10 – Luxembourg, at the NATO summit": a row that gives only its day, read in the month of the
 * heading above it, else (no month heading yet) of a month-in-review page's headline ("July 2024: the month in
 * review"). Elsewhere a number first is a list's numbering or a count, not a day.
 */
function dayOnlyRow(t: string, b: Block | null, titleMonth: () => ReturnType<typeof monthOfTitle>): Dated | null {
  if (b !== null && b.table !== null) return null;
  const bare = bareDayRow(t);
  if (bare === null) return null;
  const month = b?.month ?? titleMonth()?.month ?? null;
  if (month === null) return null;
  return { date: { day: { kind: 'absolute', at: 0, year: null, month, day: bare.day, weekday: null } }, rest: t.slice(bare.restStart), restStart: bare.restStart };
}

/** Run-on rows: a semicolon inside the line (not only the list's own one closing it) cuts it. */
function timelineSplitRuns(t: string, line: Line): ReturnType<typeof runOnRows> {
  return withoutRowEnd(t).includes(';') ? runOnRows(line) : null;
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
  // (a list under a month heading of a chronology is that month's signings, as its day rows are: undated)
  const status = b.lead.status ?? (b.month !== null && b.heading === null ? 'signed' : null);
  if (b.relevant && status !== null) emitList(b, list, status, null, line, ctx, out, first ? sentenceOf(t) : t);
  return true;
}

