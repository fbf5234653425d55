import type { Mention } from '../mentions.js';
import type { Token } from '../tokens.js';
import { LEADER_NOUNS, TITLE_MODIFIERS } from '../words.js';

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

/**
 * "Canadian Prime Minister Justin Trudeau and Italian Prime Minister Giorgia Meloni arrived in Kyiv": two
 * partners (named, with their titles) joined by "and" that open the sentence as its subject; a next sentence
 * opened by "Both" speaks of them (claims/both-subject.ts). Null for any other opening.
 */
export function subjectPair(toks: readonly Token[], mentions: readonly Mention[], hub: string): string[] | null {
  const first = mentions[0];
  if (!first || first.role !== 'partner' || first.from > (toks[0]?.lower === 'the' ? 1 : 0)) return null;
  const codes = new Set<string>();
  let and = 0;
  let i = 0;
  let k = 0;
  // the subject: names, titles and one "and", up to the first other word (its verb)
  while (i < toks.length) {
    const m = mentions[k];
    if (m && m.from === i) {
      if (m.role !== 'partner' || m.codes.length !== 1 || m.codes[0] === hub) return null;
      codes.add(m.codes[0]!);
      i = m.to;
      k++;
      continue;
    }
    const t = toks[i]!;
    if (t.lower === 'and') and++;
    else if (!(t.word && (t.cap || LEADER_NOUNS.has(t.lower) || TITLE_MODIFIERS.has(t.lower) || t.lower === 'the')) && t.lower !== "'" && t.lower !== 's') break;
    i++;
  }
  return and === 1 && codes.size === 2 ? [...codes] : null;
}

/**
 * "Host Andrej Plenković said Croatia would ... Later on Wednesday he and Zelensky were to sign ...": the one
 * partner state a sentence names through its leader, whom a "he" / "she" of the next sentence stands for
 * (claims/unnamed-party.ts). Null when it names leaders of two states, or none.
 */
export function leaderPartner(mentions: readonly Mention[], hub: string): string | null {
  const codes = new Set(mentions.filter((m) => m.kind === 'leader' && m.role === 'partner' && m.codes.length === 1 && m.codes[0] !== hub).map((m) => m.codes[0]!));
  return codes.size === 1 ? [...codes][0]! : null;
}
