import type { Mention } from './mentions.js';
import type { Token } from './tokens.js';
import { NUMBER_WORDS } from './words.js';

/** Words that pick one out of a set ("the first of the Baltic states", "only one of the Nordic countries"). */
const PICKERS = /^(?:first|second|third|fourth|fifth|last|latest|next|only|one|none|any|either|neither)$/;
/** Nouns of a gathering whose "of" phrase names who meets ("a summit of the Nordic countries"). */
const GATHERING_NOUNS = /^(?:summit|summits|meeting|meetings|conference|forum|gathering|council|session|leaders|heads|ministers)$/;
const EXCEPT = new Set(['except', 'excluding', 'bar', 'save']);

/**
 * A group named as a frame is not a party: "Among the Baltic states, only Latvia has signed", "the first of the
 * Baltic states to sign" (one member picked out of the set; "each of" keeps them all), "a summit of the Nordic
 * countries" (the group that meets). "All G7 members except
 * the United States and Japan" leaves out the members listed after "except" / "apart from" / "other than".
 */
export function frameGroups(toks: readonly Token[], out: Mention[]): void {
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    if (m.kind !== 'group' || m.role !== 'partner') continue;
    let b = m.from - 1;
    while (b >= 0 && (toks[b]!.lower === 'the' || toks[b]!.lower === 'all' || NUMBER_WORDS.has(toks[b]!.lower) || /^\d+$/.test(toks[b]!.text))) b--;
    const before = toks[b]?.lower ?? '';
    if (before === 'among' || before === 'amongst' || (before === 'of' && PICKERS.test(toks[b - 1]?.lower ?? ''))) {
      out[k] = { ...m, role: 'modifier' };
      continue;
    }
    // "at a summit of the Nordic countries and Ukraine": the group that meets, not a party to what is signed there
    if (before === 'of' && GATHERING_NOUNS.test(toks[b - 1]?.lower ?? '')) {
      out[k] = { ...m, role: 'modifier' };
      continue;
    }
    if (comparisonStandard(toks, m.from)) {
      out[k] = { ...m, role: 'modifier' };
      continue;
    }
    const left = excepted(toks, out, m);
    if (left.length === 0) continue;
    const codes = left.flatMap((x) => out[x]!.codes);
    out[k] = { ...m, codes: m.codes.filter((c) => !codes.includes(c)) };
    // the members left out are not parties of the group's statement, unless a relative clause gives them one
    // of their own ("except the United States and Japan, which are expected to sign")
    const end = out[left[left.length - 1]!]!.to;
    if (toks[end]?.text === ',' && /^(?:which|who)$/.test(toks[end + 1]?.lower ?? '')) continue;
    for (const x of left) out[x] = { ...out[x]!, role: 'modifier' };
  }
}

const LIKENESS = /^(?:like|unlike|as)$/;

/**
 * "an agreement like those concluded by the G7 countries": a group as the maker of the model that another
 * agreement is compared with describes the kind of text, not a tally of signatories (a named state there,
 * "similar to those London has signed", still tells its signing). Token `from` opens the group.
 */
function comparisonStandard(toks: readonly Token[], from: number): boolean {
  let b = from - 1;
  while (b >= 0 && /^(?:the|all)$/.test(toks[b]!.lower)) b--;
  if (toks[b]?.lower !== 'by') return false;
  // "like those concluded by", "similar to the ones signed by": the pronoun of the standard within a few words
  for (let j = b - 1; j >= 0 && j >= b - 5; j--) {
    const w = toks[j]!.lower;
    if (w !== 'those' && w !== 'ones') continue;
    const p = toks[j - 1]?.lower === 'the' ? j - 2 : j - 1;
    const q = toks[p]?.lower ?? '';
    return LIKENESS.test(q) || (q === 'to' && /^(?:similar|comparable|identical|akin)$/.test(toks[p - 1]?.lower ?? ''));
  }
  return false;
}

/**
 * The mentions (indices) of the list that follows "except" (or "apart from", "other than", "with the exception
 * of", "but") right after group m.
 */
function excepted(toks: readonly Token[], out: readonly Mention[], m: Mention): number[] {
  let i = m.to;
  if (toks[i]?.text === ',') i++;
  const w = toks[i]?.lower ?? '';
  const w2 = toks[i + 1]?.lower ?? '';
  if (EXCEPT.has(w)) i += 1;
  else if ((w === 'apart' || w === 'aside') && w2 === 'from') i += 2;
  else if (w === 'other' && w2 === 'than') i += 2;
  else if (w === 'but' && toks[m.from - 1]?.lower === 'all') i += 1;
  else if (w === 'with' && w2 === 'the' && toks[i + 2]?.lower === 'exception' && toks[i + 3]?.lower === 'of') i += 4;
  else return [];
  if (toks[i]?.lower === 'for') i++;
  const found: number[] = [];
  for (let k = 0; k < out.length; k++) {
    const x = out[k]!;
    if (x === m || x.from < i) continue;
    if (x.from > i + 1) break;
    found.push(k);
    i = x.to;
    // the list goes on: ", Japan", "and Japan", ", and the Netherlands"
    while (i < toks.length && /^(?:,|and|&|the)$/.test(toks[i]!.lower)) i++;
    i--;
  }
  return found;
}
