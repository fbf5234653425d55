import type { Trigger } from '../cues/trigger.js';
import type { AgreementRef } from '../kind.js';
import type { Unit } from './units.js';

const SIGNATORY_NOUNS = new Set(['signatories', 'signatory', 'signers']);

/**
 * Bare "signatories" ("Among the signatories are ...", "Signatories include ...") are the signatories of the
 * document the text last spoke of. They are those of another act, not of the hub's agreements, when
 * - an earlier sentence gave another act its signatories ("The Compact commits its signatories to ...", "the
 *   signatories will work ..." beside the compact), with none of the agreements named beside it: the noun keeps
 *   that referent; or
 * - a sentence after the last naming of the agreements named another act ("More states have joined the joint
 *   declaration. Among the signatories are ...").
 * Their cues are then dropped; `triggers` is changed in place.
 */
export function dropOthersSignatories(all: readonly Unit[], triggers: Trigger[][], refs: readonly (readonly AgreementRef[])[]): void {
  triggers.forEach((ts, order) => {
    if (!ts.some((t) => t.signatories)) return;
    if (othersBefore(all, refs, order)) triggers[order] = ts.filter((t) => !t.signatories);
  });
}

function othersBefore(all: readonly Unit[], refs: readonly (readonly AgreementRef[])[], order: number): boolean {
  let sinceStrong = true;
  for (let j = order - 1; j >= 0; j--) {
    const rs = refs[j]!;
    const strong = rs.some((r) => r.kind === 'strong');
    const other = rs.some((r) => r.kind === 'excluded' && !r.medium);
    if (strong) sinceStrong = false;
    if (other && sinceStrong) return true;
    if (other && !strong && all[j]!.toks.some((t) => SIGNATORY_NOUNS.has(t.lower))) return true;
  }
  return false;
}
