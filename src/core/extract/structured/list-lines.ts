import { isQuestion } from './lead.js';
import type { Line } from './lines.js';
import { partyListAt, segment, wholeList, type ListItem, type Segment } from './party-list.js';

// Cheap tests on the shape of a line, and the list an answer line gives.

export function isList(t: string, line: Line, hub: string): boolean {
  return startsLikeList(t) && wholeList(segment(t, line.start, hub), hub) !== null;
}

/** A short line without a full stop: a heading, which ends a date heading's entry. */
export function isHeadingLike(t: string): boolean {
  return t.length <= 60 && !/[.!?:;"”]$/u.test(t);
}

/** Does the last line read introduce a list (a question, a lead-in ending with a colon, a heading)? */
export function introduces(recent: readonly Line[]): boolean {
  const l = recent[recent.length - 1];
  return l !== undefined && (isQuestion(l.text) || /:["”’]?$/u.test(l.text) || (l.text.length <= 90 && !/[.!]["”’)]?$/u.test(l.text)));
}

/** A capital letter (or "the") first: cheap test before tokenising a line as a list. */
export function startsLikeList(t: string): boolean {
  return /^(?:\p{Lu}|the\s)/u.test(t);
}

/**
 * Cheap test before tokenising a line as a list: a list's first sentence has few lower-case words besides
 * the ones that join names ("Seven countries: the UK, Germany and France.").
 */
export function fewWords(t: string): boolean {
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
export function sentenceOf(t: string): string {
  const m = /^.*?[a-z)\]]\.(?=\s+\p{Lu}|$)/u.exec(t);
  return m ? m[0] : t;
}

/**
 * An answer's list: "Seven countries: the United Kingdom, Germany and France.", "So far, the UK and
 * Germany.", or the list alone; the list must end its sentence.
 */
export function answerList(seg: Segment, hub: string): ListItem[] | null {
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

