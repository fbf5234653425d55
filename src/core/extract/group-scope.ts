import type { Mention } from './mentions.js';
import type { Token } from './tokens.js';

/**
 * Where a group name ("the Baltic states", "all G7 members") does not stand for all its members:
 * - a partitive frame that singles one member out: "Among the Baltic states, only Latvia has signed",
 *   "Latvia is the first of the three Baltic states to sign" — the group is a modifier, not a party;
 * - an exception after it: "all G7 members except the United States and Japan" — those members leave the
 *   group, and the excepted names are no parties of its statement (unless a relative clause of their own
 *   follows: "..., which are expected to sign in June").
 */

/** words before "of the <group>" that pick some of its members ("the first of", "only one of", "none of") */
const PARTITIVE_HEADS = /^(?:first|second|third|last|latest|only|one|two|none|any|which|whichever|either|neither|remaining|rest|sole)$/;
const EXCEPT_ONE = /^(?:except|excluding|save|bar|besides)$/;

function lower(toks: readonly Token[], i: number): string {
  return i >= 0 && i < toks.length ? toks[i]!.lower : '';
}

/** Is the group phrase that opens at token `from` (its "the" / count / "all" included) singled out? */
export function partitiveGroup(toks: readonly Token[], from: number): boolean {
  let i = from - 1;
  while (i >= 0 && /^(?:the|all|three|five|seven|\d+)$/.test(lower(toks, i))) i--;
  const p = lower(toks, i);
  if (p === 'among' || p === 'amongst') return true;
  return p === 'of' && PARTITIVE_HEADS.test(lower(toks, i - 1));
}

/** The token index after an exception opener at `i` ("except", "except for", "apart from", "other than"), or -1. */
function exceptionStart(toks: readonly Token[], i: number): number {
  const x = lower(toks, i);
  if (EXCEPT_ONE.test(x)) return lower(toks, i + 1) === 'for' ? i + 2 : i + 1;
  if ((x === 'apart' || x === 'aside') && lower(toks, i + 1) === 'from') return i + 2;
  if (x === 'other' && lower(toks, i + 1) === 'than') return i + 2;
  if (x === 'with' && lower(toks, i + 1) === 'the' && lower(toks, i + 2) === 'exception' && lower(toks, i + 3) === 'of') return i + 4;
  return -1;
}

/**
 * Applies an exception after each group mention of `out` (sorted by position): the excepted members leave the
 * group, and the excepted mentions become modifiers unless a relative clause follows them.
 */
export function applyExceptions(toks: readonly Token[], out: Mention[]): void {
  for (let g = 0; g < out.length; g++) {
    const grp = out[g]!;
    if (grp.kind !== 'group') continue;
    let i = exceptionStart(toks, grp.to);
    // "all G7 members, except Japan,"
    if (i < 0 && toks[grp.to]?.text === ',') i = exceptionStart(toks, grp.to + 1);
    if (i < 0) continue;
    if (lower(toks, i) === 'the') i++;
    const excepted: number[] = [];
    for (let j = g + 1; j < out.length; j++) {
      const m = out[j]!;
      if (m.from < i) continue;
      if (m.from > i) break;
      excepted.push(j);
      // the list goes on through "and", "," and "the"
      i = m.to;
      while (/^(?:and|,|the|or)$/.test(lower(toks, i)) && !(lower(toks, i) === ',' && /^(?:which|who|whose)$/.test(lower(toks, i + 1)))) i++;
    }
    if (excepted.length === 0) continue;
    const gone = new Set(excepted.flatMap((j) => out[j]!.codes));
    out[g] = { ...grp, codes: grp.codes.filter((c) => !gone.has(c)) };
    const relative = lower(toks, i) === ',' && /^(?:which|who|whose)$/.test(lower(toks, i + 1));
    if (!relative) for (const j of excepted) out[j] = { ...out[j]!, role: 'modifier' };
  }
}
