import type { CueSentence } from './cue-sentence.js';
import type { Trigger } from './trigger.js';

/**
 * "did not sign a document; its text was still under discussion": a signing that did not happen beside talks
 * under way in the same sentence is a "not yet", not a refusal. The negated signing stays as a blocked cue
 * (it still holds its party). Only the bare "did not sign" is read so; "decided not to sign" stays a refusal.
 */
export function notYetBesideTalks(s: CueSentence, out: Trigger[]): Trigger[] {
  if (!out.some((t) => t.family === 'negotiate' && t.status === 'negotiating')) return out;
  return out.map((t) => (t.family === 'sign' && t.status === 'refused' && didNotBefore(s, t.at) ? { ...t, status: null } : t));
}

/** "did not" / "didn't" in the three words before the verb at token `tok`. */
function didNotBefore(s: CueSentence, tok: number): boolean {
  const k = s.at.indexOf(tok);
  return k > 0 && s.w.slice(Math.max(0, k - 3), k).some((y) => y === 'did' || y === 'didn');
}
