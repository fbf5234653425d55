import type { AgreementRef } from '../kind.js';
import type { Token } from '../tokens.js';

/**
 * "bilateral agreements within the G7 Joint Declaration", "deals under the Vilnius declaration", "pacts in the
 * framework of the Compact": another act named as the frame the agreements are made in. It qualifies them; it is
 * not what a later cue of the sentence is about ("..., and negotiations are under way with Poland").
 */

/**
 * The other languages' frames end in a noun of frame or bounds before the act's phrase: "у межах Спільної
 * декларації", "в рамках", "w ramach", "im Rahmen der", "dans le cadre de la", "nel quadro", "en el marco de",
 * "u okviru", "відповідно до".
 */
export const FOREIGN_FRAMES: ReadonlySet<string> = new Set(['межах', 'рамках', 'відповідно', 'соответствии', 'ramach', 'rahmen', 'cadre', 'quadro', 'ambito', 'marco', 'okviru', 'rámci', 'conformitate']);
/** single prepositions of a frame */
const FRAME_PREPS = new Set(['within', 'under', 'pursuant', ...FOREIGN_FRAMES]);
/** "in the framework of", "as part of", "in line with", "on the basis of", "in accordance with": the last word and the one before it */
const FRAME_PHRASES: readonly (readonly [string, string])[] = [
  ['framework', 'of'],
  ['part', 'of'],
  ['line', 'with'],
  ['basis', 'of'],
  ['accordance', 'with'],
  ['umbrella', 'of'],
];
/** words of the act's own noun phrase between the frame word and the head ("the G7 Joint Declaration") */
const MAX_PHRASE = 5;

/** The act at `ref` is introduced as the frame of agreements: a frame word opens its noun phrase. */
export function framedAct(toks: readonly Token[], ref: AgreementRef): boolean {
  if (ref.kind !== 'excluded' && ref.kind !== 'other') return false;
  for (let i = ref.at - 1; i >= 0 && i >= ref.at - MAX_PHRASE; i--) {
    const t = toks[i]!;
    if (!t.word) return false;
    if (FRAME_PREPS.has(t.lower)) return true;
    if (FRAME_PHRASES.some(([a, b]) => t.lower === b && toks[i - 1]?.lower === a)) return true;
    // the noun phrase opens with a determiner, a name or an adjective; any other preposition ends it
    if (/^(?:of|with|to|for|on|by|at|from|and|or)$/.test(t.lower)) return false;
  }
  return false;
}
