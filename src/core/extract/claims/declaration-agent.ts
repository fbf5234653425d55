import type { Mention } from '../mentions.js';
import type { Token } from '../tokens.js';

/** participles of making a text other than signing an agreement with the hub */
const ADOPTING = /^(?:adopted|issued|endorsed|launched|proclaimed)$/;

/**
 * "... in implementation of the Joint Declaration of Support for Ukraine, adopted by the G7 countries in Vilnius":
 * a party named as the agent of adopting (issuing, endorsing) a text is who made that text, not a signer of the
 * agreement the sentence reports.
 */
export function agentOfAdopting(toks: readonly Token[], m: Mention): boolean {
  let i = m.from - 1;
  if (toks[i]?.lower === 'the') i--;
  if (toks[i]?.lower !== 'by') return false;
  // "jointly adopted by", "first issued by"
  const v = ADOPTING.test(toks[i - 1]?.lower ?? '') ? i - 1 : ADOPTING.test(toks[i - 2]?.lower ?? '') && /ly$/.test(toks[i - 1]?.lower ?? '') ? i - 2 : -1;
  if (v < 0) return false;
  // a participle after a comma or a noun ("the declaration adopted by"), not "was agreed by"
  return !/^(?:was|were|is|are|been|be|being|has|have|had)$/.test(toks[v - 1]?.lower ?? '');
}
