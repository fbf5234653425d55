import type { Token } from '../tokens.js';
import { COUNTRY_SET_NOUNS, QUANTIFIERS } from '../words.js';
import type { Assignment } from './party-assignment.js';

/** auxiliaries and adverbs between a subject and its verb ("have already signed") */
const AUX = /^(?:has|have|had|already|also|now|so|far|since|all|each|jointly|previously)$/;

/**
 * "... an agreement of the kind that more than 20 European countries have signed": a signing whose subject is a
 * counted set of countries is that count's (not an event), so a party named before it does not take it.
 * The assignments kept.
 */
export function withoutCountedSubjects(toks: readonly Token[], assigned: readonly Assignment[]): Assignment[] {
  return assigned.filter((x) => {
    if (x.cue.trigger.family !== 'sign') return true;
    let i = x.cue.trigger.at - 1;
    while (i >= 0 && AUX.test(toks[i]!.lower)) i--;
    if (!COUNTRY_SET_NOUNS.has(toks[i]?.lower ?? '')) return true;
    if (joinedToNames(toks, i, x.m.to)) return true;
    let counted = -1;
    for (let j = i - 1; j >= 0 && j >= i - 4; j--) if (/^\d+$/.test(toks[j]!.lower) || QUANTIFIERS.has(toks[j]!.lower)) counted = j;
    // the party named inside the count's phrase ("more than 20 countries, including Italy") is not before it
    return counted < 0 || x.m.from >= counted;
  });
}

/** words of approximation before a count ("roughly two dozen", "some 20", "at least ten") */
const APPROX = /^(?:roughly|about|around|some|nearly|almost|over|approximately|at|least|another|a)$/;

/**
 * "Britain, Germany, France and roughly two dozen other partners have signed": the count adds "other" states to
 * the parties named before it, coordinated in one subject, so those parties signed too. The set noun is at
 * `noun`; the party ends at `partyEnd`.
 */
function joinedToNames(toks: readonly Token[], noun: number, partyEnd: number): boolean {
  let j = noun - 1;
  if (!/^(?:other|more)$/.test(toks[j]?.lower ?? '')) return false;
  j--;
  while (j >= partyEnd && (/^\d+$/.test(toks[j]!.lower) || QUANTIFIERS.has(toks[j]!.lower) || APPROX.test(toks[j]!.lower))) j--;
  return j >= partyEnd && (toks[j]!.lower === 'and' || toks[j]!.text === ',') && toks[j - 1]?.cap === true;
}
