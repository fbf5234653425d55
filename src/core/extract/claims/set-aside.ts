import type { Token } from '../tokens.js';
import type { Assignment } from './party-assignment.js';

/**
 * "Beyond the EU, Canada and Japan have similar agreements", "Unlike Hungary, Slovakia signed": a fronted phrase
 * that sets a party aside ("beyond", "outside", "unlike", "apart from", "aside from"), closed by a comma before
 * the clause, names what the statement is NOT about. ("Like Poland, …" and "Besides Poland, …" include it, and
 * are left alone.)
 */
const SET_ASIDE = /^(?:beyond|outside|unlike)$/;
const SET_ASIDE_FROM = /^(?:apart|aside)$/;
/** How far into the sentence the phrase may open ("But outside the EU, …"). */
const OPENING_REACH = 2;

/** The token index of the comma that closes a fronted set-aside phrase, else -1. */
function setAsideEnd(toks: readonly Token[]): number {
  for (let i = 0; i <= OPENING_REACH && i < toks.length; i++) {
    const w = toks[i]!.lower;
    const opens = SET_ASIDE.test(w) || (SET_ASIDE_FROM.test(w) && toks[i + 1]?.lower === 'from');
    if (!opens) continue;
    for (let j = i + 1; j < toks.length && j <= i + 12; j++) {
      if (toks[j]!.text === ',') return j;
      if (/^[.;:]$/.test(toks[j]!.text)) return -1;
    }
    return -1;
  }
  return -1;
}

export function dropSetAside(toks: readonly Token[], assigned: readonly Assignment[]): Assignment[] {
  const end = setAsideEnd(toks);
  if (end < 0) return [...assigned];
  // a party inside the phrase, told of by a cue after it
  return assigned.filter((x) => x.m.from > end || x.cue.trigger.at < end);
}
