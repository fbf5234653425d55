import { nextLine, type Line } from './lines.js';
import { segment, wholeList } from './party-list.js';
import { headerOfCells, isPartyHead, type Cell, type TableHeader } from './table.js';

/**
 * A table whose text extraction put every cell on a line of its own: a header of short column names
 * ("Country" / "Date of signing" / "Commitment for 2024") and then the rows, as many lines each as the header
 * has ("United Kingdom" / "12 January" / "£2.5 billion"). The header starts with the party column; each row
 * starts with a list of parties, which is how its lines are told apart from the header's and from prose.
 */
export interface StackedTable {
  readonly header: TableHeader;
  /** each row as one line over its cells (evidence is the slice from its first cell to its last) */
  readonly rows: readonly { line: Line; cells: Cell[] }[];
  /** index of the first line after the table */
  readonly end: number;
}

/** A header has the party column and at most this many others. */
const MAX_COLUMNS = 5;
/** A cell of such a table is short; a longer line is prose after it. */
const MAX_CELL_CHARS = 80;
/** one row alone could be a menu or a caption */
const MIN_ROWS = 2;

/** The stacked table whose header starts at `lines[i]`, else null. */
export function stackedTable(lines: readonly Line[], i: number, text: string, hub: string): StackedTable | null {
  if (!isPartyHead(lines[i]!.text)) return null;
  const next = (j: number): number => nextLine(lines, j);
  const head: Line[] = [lines[i]!];
  let k = next(i);
  // the header runs until the first party: that is the first row's first cell
  while (k < lines.length && head.length <= MAX_COLUMNS && !startsWithParties(lines[k]!, hub)) {
    head.push(lines[k]!);
    k = next(k);
  }
  const width = head.length;
  if (width < 2 || width > MAX_COLUMNS || k >= lines.length) return null;
  const header = headerOfCells(head.map((l) => l.text), 'line', head.map((l) => l.text).join(' | '));
  if (header === null || header.partyColumn !== 0) return null;
  const rows: { line: Line; cells: Cell[] }[] = [];
  for (;;) {
    const row: Line[] = [];
    let j = k;
    while (row.length < width && j < lines.length && lines[j]!.text.length <= MAX_CELL_CHARS) {
      row.push(lines[j]!);
      j = next(j);
    }
    if (row.length < width || !startsWithParties(row[0]!, hub)) break;
    const start = row[0]!.start;
    const last = row[width - 1]!;
    const line: Line = { text: text.slice(start, last.start + last.text.length), start, bullet: false };
    rows.push({ line, cells: row.map((l) => ({ text: l.text, start: l.start - start })) });
    k = j;
  }
  return rows.length >= MIN_ROWS ? { header, rows, end: k } : null;
}

/** A line that is a list of parties and nothing else ("United Kingdom", "Sweden, Norway and Iceland"). */
function startsWithParties(l: Line, hub: string): boolean {
  return l.text.length <= MAX_CELL_CHARS && wholeList(segment(l.text, l.start, hub), hub) !== null;
}
