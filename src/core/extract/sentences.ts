/**
 * Sentence splitting tuned for news: a line break ends a sentence unless the next line obviously continues
 * it (starts lower-case), and ". " ends one unless the word before is an abbreviation or an initial.
 * Offsets are kept so the evidence is a verbatim slice of the article. Linear: each character is visited
 * a bounded number of times (the look-back for an abbreviation is capped).
 */
export interface Sentence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'lt', 'col', 'sen', 'rep', 'gov', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'approx',
  'fig', 'pp', 'ca', 'cf', 'nr', 'bzw', 'dh', 'usw', 'mme', 'mlle', 'sig', 'dott', 'ul', 'tzv', 'npr',
  // "among others" and "for example" shortened in the other languages, read with their dots removed: they open the
  // list that follows ("zawarły m.in. Wielka Brytania", "u.a. Frankreich", "bl.a. Tyskland", "o.a. Duitsland")
  'min', 'np', 'ua', 'zb', 'bla', 'oa', 'bijv', 'mj', 'feks', 'tj',
]);
const MAX_LOOKBACK = 24;
const MONTH_AFTER = /^\s*(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|januar|februar|marec|april|maj|junij|julij|avgust)/;

function isUpperOrOpener(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (/[\p{Lu}\p{N}"“„«'‘(\[]/u.test(ch)) return true;
  return false;
}

function wordBefore(text: string, dot: number): string {
  let i = dot - 1;
  const stop = Math.max(0, dot - MAX_LOOKBACK);
  while (i >= stop && /[\p{L}.]/u.test(text[i]!)) i--;
  return text.slice(i + 1, dot);
}

function endsSentenceAt(text: string, i: number): number {
  // returns the index just after the sentence end (including closing quotes), or -1
  const ch = text[i]!;
  if (ch !== '.' && ch !== '!' && ch !== '?') return -1;
  let j = i + 1;
  while (j < text.length && /["”’)\]»]/u.test(text[j]!)) j++;
  if (j < text.length && !/\s/u.test(text[j]!)) return -1;
  let k = j;
  while (k < text.length && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u00a0')) k++;
  if (k < text.length && text[k] !== '\n' && !isUpperOrOpener(text[k])) return -1;
  if (ch === '.') {
    const w = wordBefore(text, i);
    // "27. Juni": a German ordinal day, not a sentence end
    if (/\d$/.test(text.slice(Math.max(0, i - 2), i)) && /^\s*\p{L}+/u.test(text.slice(j, j + 16)) && MONTH_AFTER.test(text.slice(j, j + 16))) return -1;
    const bare = w.replace(/\./g, '').toLowerCase();
    if (ABBREVIATIONS.has(bare)) return -1;
    // an initial ("J. Smith") or a dotted acronym ("U.S.") rarely ends a sentence in this news
    if (/^\p{Lu}$/u.test(w) || /^(?:\p{Lu}\.)+\p{Lu}?$/u.test(w)) return -1;
  }
  return j;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (s: number, e: number): void => {
    while (s < e && /\s/u.test(text[s]!)) s++;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      // a wrapped line continues when it starts lower-case and the previous line had no final punctuation
      let k = i + 1;
      while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
      let p = i - 1;
      while (p >= start && (text[p] === ' ' || text[p] === '\t' || text[p] === '\r')) p--;
      const prev = p >= start ? text[p]! : '';
      if (k < text.length && /\p{Ll}/u.test(text[k]!) && prev !== '' && !/[.!?:;"”]/u.test(prev)) continue;
      push(start, i);
      start = i + 1;
      continue;
    }
    const end = endsSentenceAt(text, i);
    if (end > 0) {
      push(start, end);
      start = end;
      i = end - 1;
    }
  }
  push(start, text.length);
  return out;
}
