import type { DateExpr } from '../dates/expressions.js';
import type { Token } from '../tokens.js';
import type { Assignment } from './party-assignment.js';

/** Verbs of a collective undertaking: what a group commits itself to, not what its members have scheduled. */
const UNDERTAKING = /^(?:undert(?:ook|ake|akes|aken|aking)|pledg(?:e|es|ed|ing)|commit(?:s|ted|ting)?|promis(?:e|es|ed|ing)|vow(?:s|ed|ing)?|agreed|resolved|obliged|obligated)$/;

/**
 * "The G7 countries undertook to conclude bilateral agreements with Ukraine", "the Nordic states have pledged
 * to negotiate bilateral security pacts": a group that undertakes to conclude bilateral agreements (plural,
 * one per member) states a programme, the frame its members' agreements follow, not a plan of each member.
 * A day or occasion in the sentence ("by the July summit", "next week") makes it a schedule, kept; so is a
 * named country ("Italy pledged to sign"), which is no group.
 * ("each G7 member pledged to negotiate its own bilateral arrangement": a group taken one member at a time
 * undertakes one agreement each, the same programme in the singular)
 */
export function dropGroupProgrammes(toks: readonly Token[], dates: readonly DateExpr[], assigned: readonly Assignment[]): Assignment[] {
  if (!assigned.some((x) => x.m.kind === 'group')) return assigned as Assignment[];
  return assigned.filter((x) => {
    if (x.m.kind !== 'group' || (x.cue.trigger.status !== 'planned' && x.cue.trigger.status !== 'negotiating')) return true;
    const ref = x.cue.ref;
    if ((!ref.plural && !oneEach(toks, x.m.from)) || ref.at < 0 || !bilateralBefore(toks, ref.at)) return true;
    if (!undertakenBy(toks, x.m.to, x.cue.trigger.at)) return true;
    return dates.length > 0;
  });
}

/** "each G7 member", "every Nordic state", "each of the Baltic states": the group at token `from`, one member at a time. */
function oneEach(toks: readonly Token[], from: number): boolean {
  const at = (i: number): string => toks[i]?.lower ?? '';
  if (/^(?:each|every)$/.test(at(from - 1))) return true;
  return at(from - 1) === 'the' && at(from - 2) === 'of' && at(from - 3) === 'each';
}

/** "bilateral (security) agreements": "bilateral" among the few words before the agreement noun. */
function bilateralBefore(toks: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 4; i--) if (toks[i]!.lower === 'bilateral') return true;
  return false;
}

/** An undertaking verb between the group and its signing verb ("undertook to conclude", "have pledged to sign"). */
function undertakenBy(toks: readonly Token[], from: number, trigger: number): boolean {
  if (trigger <= from || trigger - from > 6) return false;
  for (let i = from; i < trigger; i++) if (UNDERTAKING.test(toks[i]!.lower)) return true;
  return false;
}
