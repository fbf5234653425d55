import { kindOf } from './lead.js';
import type { Line } from './lines.js';
import { segment, wholeList } from './party-list.js';
import { dateCell, firstDay, type AbsoluteDate } from './row-dates.js';
import { cellStatus } from './status-words.js';
import { emitList, type Block, type StructuredClaim, type StructuredContext } from './block.js';

/** "Signed?" | "yes" / "✓" */
const TICK = /^(?:yes|[✓✔✅☑])$/iu;

export function tableRow(b: Block, line: Line, cells: readonly { text: string; start: number }[], ctx: StructuredContext, out: StructuredClaim[]): void {
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

