import { findTriggers } from '../cues/find-triggers.js';
import { findMentions } from '../mentions.js';
import type { Token } from '../tokens.js';
import type { Unit } from './units.js';

/**
 * A list on its own line completes the line that leads it in: "Who has signed so far?" / "Seven countries: the
 * United Kingdom, Germany, France", or "Kyiv has agreements with the following countries:" / "- Germany". The
 * list has no verb, so it is read together with its lead-in (the lead-in's words, then the list's), where the
 * lead-in's verb governs it as it governs a list after a colon in one sentence; the lead-in is then not read
 * on its own. Only a lead-in with a cue can lend one, and only lists of parties are joined.
 */

/** How many list lines (bullets) one lead-in may govern. */
const MAX_ITEMS = 30;
/** The longest head of a list before its colon ("So far, seven countries:"). */
const MAX_HEAD = 6;
const GLUE = new Set([',', 'and', 'the', '&', 'as', 'well', 'plus', '.', ';', '-', '•', '*', '–']);

export function joinLeadInLists(all: Unit[], hub: string): void {
  for (let i = 0; i + 1 < all.length; i++) {
    const lead = all[i]!;
    if (!lead.leadIn || !isPartyList(all[i + 1]!)) continue;
    if (findTriggers(lead.toks).length === 0) continue;
    let j = i + 1;
    for (; j < all.length && j <= i + MAX_ITEMS && isPartyList(all[j]!); j++) {
      const u = all[j]!;
      const toks = [...lead.toks, ...u.toks];
      all[j] = { ...u, toks, mentions: findMentions(toks, hub) };
    }
    lead.muted = true;
    i = j - 1;
  }
}

/** A line that only names parties: an optional short head before a colon, then mentions and list glue. */
function isPartyList(u: Unit): boolean {
  if (u.title || u.toks.length === 0) return false;
  const parties = u.mentions.filter((m) => m.role === 'partner' && m.codes.length > 0);
  if (parties.length === 0 || u.mentions.some((m) => m.role === 'hub')) return false;
  const covered = new Set<number>();
  for (const m of parties) for (let k = m.from; k < m.to; k++) covered.add(k);
  const from = headEnd(u.toks, parties[0]!.from);
  for (let k = from; k < u.toks.length; k++) if (!covered.has(k) && !GLUE.has(u.toks[k]!.lower)) return false;
  return findTriggers(u.toks).length === 0;
}

/** The token after "Seven countries:" when a short head ends in a colon before the first party, else 0. */
function headEnd(toks: readonly Token[], firstParty: number): number {
  for (let k = 0; k < firstParty && k <= MAX_HEAD; k++) if (toks[k]!.text === ':') return k + 1;
  return 0;
}
