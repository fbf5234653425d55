import { findDates } from '../dates/expressions.js';
import { findMentions, type Mention } from '../mentions.js';
import { tokenize, type Token } from '../tokens.js';
import type { AbsoluteDate } from './row-dates.js';

/**
 * A run of party names as rows, cells and answers write them: "United Kingdom", "Germany (Berlin), France
 * (Paris)", "the UK; Germany; France", "Sweden, Norway and Iceland", "London, Berlin". Words between the
 * names may only join them; a parenthesis is a gloss (a place, or that party's own date). Leaders and
 * adjectives are not names here ("British PM" is prose).
 */
export interface ListItem {
  readonly codes: readonly string[];
  /** a date in the item's parenthesis: "Croatia (9 October)" */
  readonly day: AbsoluteDate | null;
}

export interface PartyList {
  readonly items: readonly ListItem[];
  /** token index just after the list */
  readonly end: number;
}

const GLUE = new Set([',', ';', 'and', '&', 'the', '/', '+', 'plus', 'as', 'well', 'also', 'both', '·', '•']);
const MAX_GLOSS = 24;
/** flags, footnote marks and other symbols around a name in a table cell: "🇬🇧 United Kingdom*" */
const SYMBOL = /^(?:[*†‡✓✔✅❌✗]|\p{So}|\p{Sk}|\p{Cf}|[\u{1F1E6}-\u{1F1FF}]|\uFE0F)$/u;

export interface Segment {
  readonly toks: readonly Token[];
  readonly mentions: readonly Mention[];
}

export function segment(text: string, offset: number, hub: string): Segment {
  const toks = tokenize(text, offset);
  return { toks, mentions: findMentions(toks, hub) };
}

/** The list that starts at token `from`, or null when no party starts it. */
export function partyListAt(seg: Segment, from: number, hub: string): PartyList | null {
  const { toks } = seg;
  const at = new Map<number, Mention>();
  for (const m of seg.mentions) if (!at.has(m.from)) at.set(m.from, m);
  const items: { codes: readonly string[]; day: AbsoluteDate | null }[] = [];
  let i = from;
  let end = from;
  /** the last item was a group ("five G7 members"): a gloss that names states names its members */
  let lastGroup = false;
  while (i < toks.length) {
    const t = toks[i]!;
    const m = at.get(i);
    if (m) {
      if (m.kind === 'adjective' || m.kind === 'leader' || m.role === 'place') break;
      if (m.role !== 'hub') {
        const codes = m.codes.filter((c) => c !== hub);
        if (codes.length > 0) items.push({ codes, day: null });
        lastGroup = m.kind === 'group';
      }
      i = m.to;
      end = i;
      continue;
    }
    if (t.text === '(' || t.text === '[') {
      const close = t.text === '(' ? ')' : ']';
      let j = i + 1;
      while (j < toks.length && j - i <= MAX_GLOSS && toks[j]!.text !== close) j++;
      if (j >= toks.length || toks[j]!.text !== close || items.length === 0) break;
      // "five G7 members (the UK, Germany, France, Canada, Italy)": the members the gloss names, not the whole group
      const named = lastGroup ? seg.mentions.filter((x) => x.from > i && x.from < j && x.role === 'partner').flatMap((x) => x.codes.filter((c) => c !== hub)) : [];
      if (named.length > 0) items[items.length - 1] = { codes: [...new Set(named)], day: null };
      lastGroup = false;
      const last = items[items.length - 1]!;
      if (last.day === null) {
        const d = findDates(toks.slice(i + 1, j)).find((x) => x.kind === 'absolute');
        if (d && d.kind === 'absolute') last.day = d;
      }
      i = j + 1;
      end = i;
      continue;
    }
    if (GLUE.has(t.lower) || (t.text === '.' && i === toks.length - 1) || (!t.word && SYMBOL.test(t.text))) {
      i++;
      if (t.text === '.') end = i;
      continue;
    }
    break;
  }
  if (items.length === 0) return null;
  return { items, end };
}

/** The whole segment is a list of parties (and glue), else null. */
export function wholeList(seg: Segment, hub: string, from = 0): PartyList | null {
  const l = partyListAt(seg, from, hub);
  if (!l) return null;
  for (let k = l.end; k < seg.toks.length; k++) {
    const t = seg.toks[k]!;
    if (!GLUE.has(t.lower) && t.text !== '.' && !(!t.word && SYMBOL.test(t.text))) return null;
  }
  return l;
}
