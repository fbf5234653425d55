import type { Token } from '../tokens.js';
import { NUMBER_WORDS } from '../words.js';
import type { Assignment } from './party-assignment.js';

/**
 * "has concluded 28 documents with 27 states and the European Union", "signed 27 agreements with partner
 * countries and the EU": a party joined to a count of states (or, when the agreements themselves are counted,
 * to a bare plural of states) is an item of a tally, which names no signer of its own (counts are not
 * events). "the UK and 16 other countries" sets the named one apart from the others, and keeps it.
 */

const COUNTED = /^(?:states|countries|nations|partners|governments)$/;

export function dropTallyItems(toks: readonly Token[], assigned: readonly Assignment[]): Assignment[] {
  // (a tally item takes no cue at all: not the signing of the count, nor the talks of a clause after it)
  const counted = assigned.some((x) => x.cue.ref.at >= 0 && countedAt(toks, x.cue.ref.at));
  return assigned.filter((x) => !(countBefore(toks, x.m.from, counted) || countAfter(toks, x.m.to, counted)));
}

function isCount(t: Token | undefined): boolean {
  return t !== undefined && (/^\d+$/.test(t.text) || NUMBER_WORDS.has(t.lower) || /^(?:dozens?|several|many)$/.test(t.lower));
}

/** "28 bilateral security agreements": a number among the few words before the agreement noun at `at`. */
function countedAt(toks: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 4; i--) {
    if (isCount(toks[i])) return true;
    if (!toks[i]!.word && toks[i]!.text !== '-') return false;
  }
  return false;
}

/** "27 states and (the) X" (or "partner countries and X" beside counted agreements) right before the party. */
function countBefore(toks: readonly Token[], from: number, counted: boolean): boolean {
  let i = from - 1;
  if (toks[i]?.lower === 'the') i--;
  if (toks[i]?.lower !== 'and' || !COUNTED.test(toks[i - 1]?.lower ?? '')) return false;
  return isCount(toks[i - 2]) || (counted && /^(?:partner|with|other|its|our|their)$/.test(toks[i - 2]?.lower ?? ''));
}

/** "X and 27 states" (not "other", not "more") right after the party. */
function countAfter(toks: readonly Token[], to: number, counted: boolean): boolean {
  if (toks[to]?.lower !== 'and') return false;
  if (isCount(toks[to + 1]) && COUNTED.test(toks[to + 2]?.lower ?? '')) return true;
  return counted && toks[to + 1]?.lower === 'partner' && COUNTED.test(toks[to + 2]?.lower ?? '');
}
