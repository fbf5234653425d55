import type { Token } from '../tokens.js';
import { NUMBER_WORDS } from '../words.js';
import type { Assignment } from './party-assignment.js';

/**
 * "has concluded 28 documents with 27 states and the European Union", "agreements with the EU and 30
 * countries": a party joined to a bare count of states is an item of a tally, which names no signer of its
 * own (counts are not events). "the UK and 16 other countries" sets the named one apart from the others, and
 * keeps it.
 */

const COUNTED = /^(?:states|countries|nations|partners|governments)$/;

export function dropTallyItems(toks: readonly Token[], assigned: readonly Assignment[]): Assignment[] {
  return assigned.filter((x) => !(countBefore(toks, x.m.from) || countAfter(toks, x.m.to)));
}

function isCount(t: Token | undefined): boolean {
  return t !== undefined && (/^\d+$/.test(t.text) || NUMBER_WORDS.has(t.lower) || /^(?:dozens?|several|many)$/.test(t.lower));
}

/** "27 states and (the) X": a bare count right before the party. */
function countBefore(toks: readonly Token[], from: number): boolean {
  let i = from - 1;
  if (toks[i]?.lower === 'the') i--;
  if (toks[i]?.lower !== 'and') return false;
  return COUNTED.test(toks[i - 1]?.lower ?? '') && isCount(toks[i - 2]);
}

/** "X and 27 states": a bare count (not "other", not "more") right after the party. */
function countAfter(toks: readonly Token[], to: number): boolean {
  return toks[to]?.lower === 'and' && isCount(toks[to + 1]) && COUNTED.test(toks[to + 2]?.lower ?? '');
}
