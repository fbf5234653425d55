import type { Token } from '../tokens.js';

/**
 * "In 2024 the documents were signed with: the United Kingdom (12 January), Germany (16 February)": a year the
 * sentence states as its time frame ("in 2024", "during 2024", "throughout 2024", "in 2024 alone", "in the spring
 * of 2024", a "2024:" opener) governs the yearless dates after it, whatever the publication date — a 2025
 * retrospective lists 2024 signings. No frame: a year that ends or joins a span ("until 2026", "in 2024 and 2025",
 * "2024-2028"), a budget's year ("aid for 2025"), a year of a month or of a day ("in January 2025").
 * A frame set after the verb ("signed 27 pacts in 2024, and on 13 January Albania followed") does not reach a
 * date that opens a clause of its own.
 */
const FRAME_PREPOSITION = /^(?:in|during|throughout|across|over)$/;
/** "in the spring of 2024", "by the end of 2024", "over the course of 2024" */
const PART_OF_YEAR = /^(?:spring|summer|autumn|fall|winter|course|end|beginning|start|middle|half|months)$/;
/** words that may stand before a clause-opening frame: "Back in 2024", "Already during 2024" */
const FRAME_OPENERS = /^(?:back|already|also|earlier|later|then|and|but|so|only|just|even|all)$/;
const SPAN_JOINERS = /^(?:and|or|to|-|–|—|\/)$/;
/** a clause that starts after these has a time of its own */
const CLAUSE_STARTS = /^(?:and|but|while|whereas|then|;)$/;
const DATE_LEADS = /^(?:on|by|from|since|as|early|late|on|the)$/;

function yearOf(t: Token | undefined): number | null {
  if (!t || !/^(?:19|20)\d{2}$/.test(t.text)) return null;
  return Number(t.text);
}

interface Frame {
  readonly year: number;
  /** it opens its sentence or clause, so it reaches every later clause */
  readonly opening: boolean;
}

function frameAt(toks: readonly Token[], i: number): Frame | null {
  const year = yearOf(toks[i]);
  if (year === null) return null;
  const next = toks[i + 1];
  if (next && SPAN_JOINERS.test(next.lower) && yearOf(toks[i + 2]) !== null) return null;
  // "2024: the United Kingdom (12 January), ..."
  if (next?.text === ':' && (i === 0 || /^[,;:]$/.test(toks[i - 1]!.text))) return { year, opening: true };
  let p = i - 1;
  if (toks[p]?.lower === 'of' && PART_OF_YEAR.test(toks[p - 1]?.lower ?? '')) {
    p -= 2;
    if (/^(?:early|late|first|second|whole)$/.test(toks[p]?.lower ?? '')) p--;
    if (toks[p]?.lower === 'the') p--;
    if (!/^(?:in|during|by|over|throughout)$/.test(toks[p]?.lower ?? '')) return null;
  } else if (!FRAME_PREPOSITION.test(toks[p]?.lower ?? '')) {
    return null;
  }
  let q = p - 1;
  while (q >= 0 && FRAME_OPENERS.test(toks[q]!.lower)) q--;
  const opening = q < 0 || /^[,;:(]$/.test(toks[q]!.text);
  return { year, opening };
}

/** Where the date at `at` opens a clause of its own ("…, and on 13 January Albania …"). */
function opensClause(toks: readonly Token[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && DATE_LEADS.test(toks[k]!.lower)) k--;
  if (k < 0) return true;
  if (toks[k]!.text === ',') k--;
  return k >= 0 && CLAUSE_STARTS.test(toks[k]!.lower);
}

/** The year the sentence frames a yearless date at token `at` with, else null. */
export function frameYearBefore(toks: readonly Token[], at: number): number | null {
  for (let i = at - 1; i >= 0; i--) {
    if (yearOf(toks[i]) === null) continue;
    const frame = frameAt(toks, i);
    // the nearest year decides: one that is no frame (a month's, a span's) leaves the date to the publication date
    if (frame === null) return null;
    if (!frame.opening) {
      for (let k = i + 1; k < at; k++) if (toks[k]!.text === ';') return null;
      if (opensClause(toks, at)) return null;
    }
    return frame.year;
  }
  return null;
}
