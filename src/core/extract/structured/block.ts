import { vocabulary as V } from '../../gazetteer/index.js';
import type { Status } from '../../schemas/status.js';
import { shiftDate, type ResolveContext } from '../dates/resolve.js';
import type { Lead } from './lead.js';
import type { Line } from './lines.js';
import type { ListItem } from './party-list.js';
import { rowDay, type AbsoluteDate } from './row-dates.js';
import type { TableHeader } from './table.js';

// The block a structured row belongs to, and the one way rows become claims.

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

export interface Block {
  readonly id: number;
  readonly lead: Lead;
  readonly relevant: boolean;
  readonly table: TableHeader | null;
  /** the running year of a chronology and the last row's day */
  year: number | null;
  previous: string | null;
  /** the month of a month heading above the rows ("FEBRUARY"), or of a month-in-review page: rows may give only their day */
  month: number | null;
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
  /** a week-ahead page's weekday label: the day ahead its entry's undated plans are for */
  readonly ahead?: string;
}

export interface Structured {
  readonly claims: StructuredClaim[];
  readonly spans: DatedSpan[];
}

/** A negated predicate states no event ("is not among the countries negotiating"). */
export const NEGATION = /\b(?:not|no|never|neither|nor|without)\b|n't\b/i;

/** One claim per listed party, dated by its own gloss, else the row's day. */
export function emitList(b: Block, items: readonly ListItem[], status: Status, rowDate: AbsoluteDate | null, line: Line, ctx: StructuredContext, out: StructuredClaim[], evidence = line.text): void {
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
  if ((status === 'signed' || status === 'ratified' || status === 'refused') && dates.published !== null && !dates.leadOnly && date > shiftDate(dates.published, 1)) return false;
  return true;
}

