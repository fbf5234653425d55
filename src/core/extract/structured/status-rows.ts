import type { Status } from '../../schemas/status.js';
import { kindOf } from './lead.js';
import type { Line } from './lines.js';
import { segment, wholeList } from './party-list.js';
import { firstDay } from './row-dates.js';
import { cellStatus } from './status-words.js';
import { emitList, NEGATION, type Block, type StructuredClaim, type StructuredContext } from './block.js';

export interface Label {
  readonly status: Status;
  /** length of "In talks: " */
  readonly length: number;
}

/** "In talks: Poland, Norway", "Expected: Albania": a short label that names a status, then the list. */
export function statusLabel(t: string): Label | null {
  const colon = t.lastIndexOf(':', 41);
  if (colon < 2 || colon > 41) return null;
  // ("Not yet signed (talks reported):": a gloss in brackets says the status the label alone does not)
  const label = /^([\p{L}' ]{2,40}(?:\s*\([\p{L}' ]{2,30}\))?):\s*/u.exec(t);
  if (label === null || label[0].length >= t.length || label[1]!.replace(/[()]/g, ' ').trim().split(/\s+/).length > 6) return null;
  const status = cellStatus(label[1]!);
  return status === null ? null : { status, length: label[0].length };
}

/** "Poland: in talks", "United Kingdom — signed 12 January 2024": a party, a separator, a short status. */
export interface StatusRow {
  readonly head: number;
  readonly tail: number;
  readonly status: Status;
}

const ROW_SEPARATOR = /\s*(?::\s|\s[—–-]\s|\|)\s*/;
const MAX_STATUS_CHARS = 80;
const MAX_STATUS_WORDS = 8;

export function statusRow(t: string): StatusRow | null {
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
  const status = cellStatus(rest);
  return status === null ? null : { head: m.index, tail, status };
}

export function readStatusRow(b: Block, line: Line, row: StatusRow, ctx: StructuredContext, out: StructuredClaim[], articleAbout: () => boolean): boolean {
  const t = line.text;
  const list = wholeList(segment(t.slice(0, row.head), line.start, ctx.hub), ctx.hub);
  if (list === null) return false;
  const rest = t.slice(row.tail);
  const status = row.status;
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

