import type { Token } from '../tokens.js';
import { MONTHS } from './calendar-words.js';

/**
 * Date forms beside the named-month ones of expressions.ts:
 * - numeric day-first dates with dots ("08.07.2024", "8.7.2024"), the European form; with slashes only when
 *   the order is certain ("18/07/2024": a first number above 12 is a day) and the year is given;
 * - a day of the month alone ("signed on the 18th"): the month is the one around the publication date;
 * - a dateline ("Warsaw, 9 July 2024 – ..."): a place and a date that open the sentence date the report,
 *   so they date an event only when the sentence gives no date of its own.
 */

/** "08.07.2024" / "18/07/2024" at token i: the date and the index after it, or null. */
export function numericDateAt(toks: readonly Token[], i: number): { year: number; month: number; day: number; end: number } | null {
  const a = toks[i]?.text ?? '';
  const sep = toks[i + 1]?.text;
  if (!/^\d{1,2}$/.test(a) || (sep !== '.' && sep !== '/')) return null;
  const b = toks[i + 2]?.text ?? '';
  const y = toks[i + 4]?.text ?? '';
  if (!/^\d{1,2}$/.test(b) || toks[i + 3]?.text !== sep || !/^(?:19|20)\d{2}$/.test(y)) return null;
  // no spaces inside: "8. 7. 2024" is a list of numbers more often than a date
  for (let k = i + 1; k <= i + 4; k++) if (toks[k]!.start !== toks[k - 1]!.end) return null;
  const first = Number(a);
  const second = Number(b);
  if (sep === '/' && first <= 12) return null;
  if (first < 1 || first > 31 || second < 1 || second > 12) return null;
  return { year: Number(y), month: second, day: first, end: i + 5 };
}

const ORDINAL_DAY = /^(\d{1,2})(?:st|nd|rd|th)$/;

/** "on the 18th" (not "the 18th of July", "the 18th century", "the 18th round of sanctions"): the day, else null. */
export function monthDayAt(toks: readonly Token[], i: number): number | null {
  const m = ORDINAL_DAY.exec(toks[i]?.lower ?? '');
  if (!m || toks[i - 1]?.lower !== 'the' || toks[i - 2]?.lower !== 'on') return null;
  const next = toks[i + 1];
  // the ordinal must end its phrase: a noun or "of" after it makes it an ordinal of something else
  if (next && (next.word || next.text === '-') && !/^(?:in|at|during|when|as|with|and|after|before)$/.test(next.lower)) return null;
  if (next && next.word && MONTHS.has(next.lower)) return null;
  const d = Number(m[1]);
  return d >= 1 && d <= 31 ? d : null;
}

/** how many words an agency's name in a dateline may have ("(Reuters)", "(Lusa)", "(Agence France-Presse)") */
const AGENCY_WORDS = 5;

/**
 * Does the date at token `at` form a dateline: the sentence opens on one to three capitalised words, a
 * comma, the date, then a dash or slash ("Stockholm, 31 May 2024 – ...")? `end` is the token after the date.
 * Wire copy puts its agency between the date and the dash ("KYIV, June 13 (Reuters) –", "LISBON, May 28
 * (Lusa) -"): a capitalised name in parentheses there is part of the dateline.
 */
export function isDateline(toks: readonly Token[], at: number, end: number): boolean {
  if (at < 2 || at > 4 || toks[at - 1]!.text !== ',') return false;
  for (let k = 0; k < at - 1; k++) if (!toks[k]!.cap) return false;
  const after = toks[agencyEnd(toks, end)]?.lower ?? '';
  return after === '-' || after === '/' || after === '|';
}

/** The token after "(Agency)" at `i`, else `i`. */
function agencyEnd(toks: readonly Token[], i: number): number {
  if (toks[i]?.text !== '(' || !toks[i + 1]?.cap) return i;
  for (let k = i + 1; k <= i + AGENCY_WORDS + 1 && k < toks.length; k++) {
    const t = toks[k]!;
    if (t.text === ')') return k + 1;
    if (t.word ? !t.cap : t.text !== '-' && t.text !== '.') return i;
  }
  return i;
}
