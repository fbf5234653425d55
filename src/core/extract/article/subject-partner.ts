import type { Mention } from '../mentions.js';
import type { Token } from '../tokens.js';

/**
 * "Bern has not joined the G7 declaration ... Talks with Kyiv are at an exploratory stage": the one partner
 * that opens a sentence as its subject is the side the next sentence's talks "with Kyiv" are with, the hub
 * being named as the other side (claims/unnamed-party.ts). Only a sentence that starts with the name (or "The
 * Swiss government") and names no second party right after it in a list.
 */
export function subjectPartner(toks: readonly Token[], mentions: readonly Mention[], hub: string): string | null {
  const first = mentions[0];
  if (!first || first.role !== 'partner' || first.codes.length !== 1 || first.codes[0] === hub) return null;
  const start = toks[0]?.lower === 'the' ? 1 : 0;
  if (first.from !== start) return null;
  // ("Germany and France were next": a list, no one subject)
  if (/^(?:and|,|&|or)$/.test(toks[first.to]?.lower ?? '')) return null;
  return first.codes[0]!;
}
