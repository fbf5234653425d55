import type { Mention } from '../mentions.js';
import type { Token } from '../tokens.js';
import { NEG, NEG_CONTRACTED } from '../cues/negation.js';
import type { Trigger } from '../cues/trigger.js';

/** What blocks the signing must be said: a negation ("not", "won't") or "yet to" — not "whether to sign". */
const blocking = (t: Token): boolean => NEG.has(t.lower) || NEG_CONTRACTED.has(t.lower) || t.lower === 'yet';

/**
 * "Bulgaria has not yet concluded such an agreement. The text is being prepared by the foreign ministry.",
 * "Slovenia will not sign its agreement at this summit. Negotiations on the text are continuing.": a sentence
 * whose one partner's signing is blocked (not yet, not now) leaves that partner pending; talks in the next
 * sentence that name no party are its talks, not those of the article's main partner.
 */
export function pendingPartner(toks: readonly Token[], mentions: readonly Mention[], triggers: readonly Trigger[], hub: string): string | null {
  if (!triggers.some((t) => t.family === 'sign' && t.status === null)) return null;
  if (!toks.some(blocking)) return null;
  if (triggers.some((t) => t.status !== null)) return null;
  const codes = new Set(mentions.filter((m) => m.role === 'partner' && m.kind !== 'group').flatMap((m) => m.codes));
  codes.delete(hub);
  return codes.size === 1 ? [...codes][0]! : null;
}
