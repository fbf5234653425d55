import type { Mention } from './mentions.js';
import type { Token } from './tokens.js';

const LIST_GLUE = /^(?:,|and|the|as|well)$/;
const PREPOSITIONS = /^(?:with|by|to|from|for|between|among|including|after|than|like)$/;

/**
 * Is the mention, or the list it belongs to ("with Britain, Germany and France"), the object of a preposition?
 * Such a party completes the predicate before it: it is not the subject of the verb after it ("signed pacts
 * with Britain and is negotiating with Italy", "with Britain, and Italy is still negotiating").
 */
export function objectOfPreposition(toks: readonly Token[], mentions: readonly Mention[], m: Mention): boolean {
  let i = m.from - 1;
  while (i >= 0) {
    const at = i;
    const inside = mentions.find((x) => x.from <= at && at < x.to);
    if (inside) i = inside.from - 1;
    else if (LIST_GLUE.test(toks[i]!.lower)) i--;
    else break;
  }
  return i >= 0 && PREPOSITIONS.test(toks[i]!.lower);
}
