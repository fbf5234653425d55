import type { Mention } from '../mentions.js';
import type { Token } from '../tokens.js';

/** participles of making a text other than signing an agreement with the hub */
const ADOPTING = /^(?:adopted|issued|endorsed|launched|proclaimed)$/;
/** past verbs of making or agreeing a frame ("the framework the G7 agreed", "the format the Nordic states set up") */
const MADE = /^(?:agreed|adopted|issued|endorsed|launched|proclaimed|set|established|created|devised|drew|drafted|unveiled|announced|approved)$/;
/** nouns of a frame that agreements are made under, not an agreement with the hub itself */
const FRAME_NOUNS = /^(?:framework|declaration|format|principles|initiative|mechanism|communiqu[eé]|template|model|blueprint|formula|scheme|pledge|commitment|umbrella)$/;
/** participles that make a text of any kind; only right after a frame noun do they name that frame's makers */
const MAKING = /^(?:made|agreed|signed|given|undertaken|taken)$/;

/**
 * "... in implementation of the Joint Declaration of Support for Ukraine, adopted by the G7 countries in Vilnius":
 * a party named as the agent of adopting (issuing, endorsing) a text is who made that text, not a signer of the
 * agreement the sentence reports.
 */
export function agentOfAdopting(toks: readonly Token[], m: Mention): boolean {
  if (makerOfFrame(toks, m)) return true;
  let i = m.from - 1;
  if (toks[i]?.lower === 'the') i--;
  if (toks[i]?.lower !== 'by') return false;
  // "jointly adopted by", "first issued by"
  const v = ADOPTING.test(toks[i - 1]?.lower ?? '') ? i - 1 : ADOPTING.test(toks[i - 2]?.lower ?? '') && /ly$/.test(toks[i - 1]?.lower ?? '') ? i - 2 : -1;
  // ("builds on the joint declaration made by the G7 states", "the pledge signed by G7 leaders"): a verb of making
  // anything, when the noun it hangs on is a frame; "the agreement signed by Germany" is the agreement's own
  if (v < 0) return MAKING.test(toks[i - 1]?.lower ?? '') && frameEndsAt(toks, i - 2);
  // a participle after a comma or a noun ("the declaration adopted by"), not "was agreed by"
  return !/^(?:was|were|is|are|been|be|being|has|have|had)$/.test(toks[v - 1]?.lower ?? '');
}

/**
 * "under the framework that the G7 countries agreed in Vilnius", "the declaration which the Group of Seven
 * adopted", "the format the Nordic states set up last year": the subject of a relative clause on a frame noun
 * made the frame; it is not said to have signed the agreement made under it (the relative clause's verb is no
 * signing, and "the framework that Germany signed up to" is left to the other readers).
 */
function makerOfFrame(toks: readonly Token[], m: Mention): boolean {
  const verb = toks[m.to];
  if (!verb || !MADE.test(verb.lower)) return false;
  let i = m.from - 1;
  if (toks[i]?.lower === 'the') i--;
  if (toks[i]?.lower === 'that' || toks[i]?.lower === 'which') i--;
  return FRAME_NOUNS.test(toks[i]?.lower ?? '');
}

/**
 * Does a frame's name end at token j: "the pledge", "the Joint Declaration of Support for Ukraine," (its title's
 * words and a comma before the participle)? Not "the bilateral agreement," (no frame noun in a title).
 */
function frameEndsAt(toks: readonly Token[], j: number): boolean {
  if (toks[j]?.text === ',') j--;
  for (let k = j; k >= 0 && k >= j - 6; k--) {
    const t = toks[k]!;
    if (FRAME_NOUNS.test(t.lower)) return true;
    if (!t.cap && !/^(?:of|for|on|and)$/.test(t.lower)) return false;
  }
  return false;
}
