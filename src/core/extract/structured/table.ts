import { distracts, kindOf, type TextKind } from './lead.js';
import { isBlank } from './lines.js';
import { mentionsSigning } from './status-words.js';

/**
 * A table rendered as text: a header line of short column names separated by tabs, pipes (Markdown too),
 * spaced dashes ("Country | Date signed | Place", "Partner — Signed"), then one line
 * per row with the same separator. (Runs of spaces are no separator: the HTML adapter collapses them.) The header must name a party column and a date or status column.
 */
/** ('line': a table flattened one cell per line, read by stacked-table.ts) */
export type Separator = 'tab' | 'pipe' | 'dash' | 'line';

export interface Cell {
  readonly text: string;
  /** offset in the line */
  readonly start: number;
}

export interface TableHeader {
  readonly sep: Separator;
  readonly partyColumn: number;
  readonly dateColumn: number | null;
  readonly statusColumn: number | null;
  /** the date column is the signing date ("Date signed", "Signed on", "Signature") */
  readonly signedColumn: boolean;
  readonly kind: TextKind;
  /** the header is about aid or money ("Aid pledged (€bn)") */
  readonly distracts: boolean;
}

const PARTY_HEAD = /^(?:partner(?:\s+(?:country|state|nation))?|partners|country|countries|state|states|nation|nations|signatory|signatories|government|party|parties|who)$/i;
const DATE_HEAD = /\b(?:date|dates|signed|signing|signature|when|day)\b/i;
const STATUS_HEAD = /^(?:status|stage|state of play|progress|where (?:it|things) stands?|current status)$/i;
const MAX_HEAD_CHARS = 40;

/** Which separators the article uses at all: one native search each, so most lines need no test. */
export interface Separators {
  readonly any: boolean;
  readonly tab: boolean;
  readonly pipe: boolean;
  readonly dash: boolean;
}

export function separatorsIn(text: string): Separators {
  const tab = text.includes('\t');
  const pipe = text.includes('|');
  const dash = spacedDash(text);
  return { any: tab || pipe || dash, tab, pipe, dash };
}

/** A dash between blanks (" — ", " – ", " - "), found with single-character searches (fast on long text). */
export function spacedDash(t: string): boolean {
  for (const d of ['\u2014', '\u2013', '-']) {
    for (let i = t.indexOf(d, 1); i > 0 && i < t.length - 1; i = t.indexOf(d, i + 1)) {
      if (isBlank(t.charCodeAt(i - 1)) && isBlank(t.charCodeAt(i + 1))) return true;
    }
  }
  return false;
}

const MAX_HEADER_CHARS = 250;
const MAX_DASH_HEADER_CHARS = 80;

function separatorOf(t: string, seps: Separators): Separator | null {
  if (t.length > MAX_HEADER_CHARS) return null;
  if (seps.tab && t.includes('\t')) return 'tab';
  if (seps.pipe && t.includes('|')) return 'pipe';
  // "Partner — Signed": a dash-separated header is a few words (a longer line with a dash is prose)
  if (seps.dash && t.length <= MAX_DASH_HEADER_CHARS && spacedDash(t)) return 'dash';
  return null;
}

const SPLIT: Record<Separator, RegExp> = {
  tab: /\t+/g,
  pipe: /\|/g,
  dash: /\s+[—–-]\s+/g,
  // (a line holds one cell of such a table: no line splits)
  line: /\n/g,
};

/** The line's cells with the given separator, or null when it has none. */
export function splitCells(t: string, sep: Separator): Cell[] | null {
  const re = SPLIT[sep];
  re.lastIndex = 0;
  const cells: Cell[] = [];
  let from = 0;
  const push = (s: number, e: number): void => {
    while (s < e && isBlank(t.charCodeAt(s))) s++;
    while (e > s && isBlank(t.charCodeAt(e - 1))) e--;
    cells.push({ text: t.slice(s, e), start: s });
  };
  let found = false;
  for (let m = re.exec(t); m !== null; m = re.exec(t)) {
    found = true;
    push(from, m.index);
    from = m.index + m[0].length;
  }
  if (!found) return null;
  push(from, t.length);
  // Markdown: "| a | b |" has empty cells at both ends
  if (sep === 'pipe') {
    if (cells.length > 0 && cells[0]!.text === '') cells.shift();
    if (cells.length > 0 && cells[cells.length - 1]!.text === '') cells.pop();
  }
  return cells;
}

export function tableHeader(t: string, seps: Separators): TableHeader | null {
  const sep = separatorOf(t, seps);
  if (sep === null) return null;
  const cells = splitCells(t, sep);
  return cells === null ? null : headerOfCells(cells.map((c) => c.text), sep, t);
}

/** A column name without emphasis marks ("Partner(s)", "Country(ies)": a bracketed plural ending names the same column). */
function headName(cell: string): string {
  return cell.replace(/[*_:]/g, '').replace(/\((?:s|es|ies)\)$/i, '').trim();
}

/** A cell that names the party column ("Country", "Partner state"). */
export function isPartyHead(cell: string): boolean {
  return cell.length <= MAX_HEAD_CHARS && PARTY_HEAD.test(headName(cell));
}

/** Which columns a header's cells name (the party and a date or status), else null when it is no table header. */
export function headerOfCells(cells: readonly string[], sep: Separator, t: string): TableHeader | null {
  if (cells.length < 2 || cells.some((c) => c.length > MAX_HEAD_CHARS)) return null;
  const names = cells.map(headName);
  const partyColumn = names.findIndex((n) => PARTY_HEAD.test(n));
  if (partyColumn < 0) return null;
  let dateColumn: number | null = null;
  let statusColumn: number | null = null;
  names.forEach((n, i) => {
    if (i === partyColumn) return;
    if (statusColumn === null && STATUS_HEAD.test(n)) statusColumn = i;
    else if (dateColumn === null && DATE_HEAD.test(n)) dateColumn = i;
  });
  if (dateColumn === null && statusColumn === null) return null;
  const signedColumn = dateColumn !== null && (mentionsSigning(names[dateColumn]!) || signersTable(names, dateColumn, statusColumn));
  return { sep, partyColumn, dateColumn, statusColumn, signedColumn, kind: kindOf(t), distracts: distracts(t) };
}

/** a date column that names no act of its own */
const BARE_DATE_HEAD = /^(?:date|dates|when|day)$/i;

/**
 * "No. | Partner | Date | Place | Signed by": a bare date column in a table whose other column names who
 * signed is the signing date, as "Date signed" would be (a status column would say otherwise row by row).
 */
function signersTable(names: readonly string[], dateColumn: number, statusColumn: number | null): boolean {
  return statusColumn === null && BARE_DATE_HEAD.test(names[dateColumn]!) && names.some((n, i) => i !== dateColumn && mentionsSigning(n));
}
