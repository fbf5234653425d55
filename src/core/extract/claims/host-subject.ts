import type { Mention } from '../mentions.js';
import type { Token } from '../tokens.js';
import { HOST_VERBS, SUBJECT_ADVERBS } from '../words.js';
import type { Assignment } from './party-assignment.js';
import { GATHERINGS } from './where-hosts.js';

/**
 * "Italy hosted the summit where Ukraine signed agreements with several partners", "Germany chaired the
 * meeting, at which Zelensky signed a pact with Japan": the state that hosts a gathering is its venue, not a
 * party of a signing that the gathering's own clause gives to another subject (the hub or another state). So
 * is the subject of a relative clause hosting the gathering.
 */

/** Words that open the clause of what happened at the gathering. */
const AT_GATHERING = new Set(['where', 'which', 'when', 'during', 'whose']);
/** How far the gathering noun may stand after the host verb ("hosted the NATO summit in July"). */
const GATHERING_REACH = 5;

/** "to host", "will host", "hosts", "is hosting": the host verb in any form. */
const HOST = /^(?:host|hosts|hosting|organise|organises|organising|organize|organizes|organizing|chair|chairs|chairing|convene|convenes|convening)$/;

export function dropGatheringHosts(toks: readonly Token[], mentions: readonly Mention[], assigned: readonly Assignment[]): Assignment[] {
  return assigned.filter((x) => !hostsGatheringBefore(toks, mentions, x.m, x.cue.trigger.at, x.cue.ref.plural) && !hostInRelative(toks, mentions, x.m));
}

/** the words of a host's name and title in a relative clause ("Britain's new prime minister Keir Starmer") */
const HOST_NAME_WORDS = /^(?:s|'|’|new|prime|minister|president|chancellor|premier|the|his|her)$/;

/**
 * "at the European Political Community meeting that Britain's new prime minister Keir Starmer is hosting",
 * "At the same gathering, which Keir Starmer hosted, Robert Golob signed": the subject of a relative clause
 * hosting the gathering is its host, not a party of the sentence's signing (another party must be named).
 */
function hostInRelative(toks: readonly Token[], mentions: readonly Mention[], m: Mention): boolean {
  let r = m.from - 1;
  while (r >= 0 && m.from - r <= 6 && (HOST_NAME_WORDS.test(toks[r]!.lower) || mentions.some((o) => o.from <= r && o.to > r))) r--;
  if (!/^(?:which|that)$/.test(toks[r]?.lower ?? '')) return false;
  let g = r - 1;
  if (toks[g]?.text === ',') g--;
  if (!GATHERINGS.has(toks[g]?.lower ?? '')) return false;
  let v = m.to;
  while (v < toks.length && v <= m.to + 8 && (mentions.some((o) => o.from <= v && o.to > v) || (toks[v]!.word && toks[v]!.cap) || HOST_NAME_WORDS.test(toks[v]!.lower) || SUBJECT_ADVERBS.has(toks[v]!.lower) || /^(?:is|was|will|has|had|be|been)$/.test(toks[v]!.lower))) v++;
  const verb = toks[v]?.lower ?? '';
  if (!HOST_VERBS.has(verb) && !HOST.test(verb)) return false;
  return mentions.some((o) => o.role === 'partner' && !o.codes.some((c) => m.codes.includes(c)));
}

/** (a plural agreement in the gathering's clause, "where new deals will be signed", is signed by many: not the host's) */
function hostsGatheringBefore(toks: readonly Token[], mentions: readonly Mention[], m: Mention, cueAt: number, manyDeals: boolean): boolean {
  if (cueAt <= m.to) return false;
  let v = m.to;
  while (v < cueAt && (SUBJECT_ADVERBS.has(toks[v]!.lower) || /^(?:to|will|is|was|would)$/.test(toks[v]!.lower))) v++;
  const verb = toks[v]?.lower ?? '';
  if (!HOST_VERBS.has(verb) && !HOST.test(verb)) return false;
  let g = -1;
  for (let i = v + 1; i < cueAt && i <= v + GATHERING_REACH; i++) {
    if (GATHERINGS.has(toks[i]!.lower)) {
      g = i;
      break;
    }
  }
  if (g < 0) return false;
  // the gathering's clause, with a subject of its own before the signing
  let opener = -1;
  for (let i = g + 1; i < cueAt; i++) {
    if (AT_GATHERING.has(toks[i]!.lower)) {
      opener = i;
      break;
    }
  }
  if (opener < 0) return false;
  return manyDeals || mentions.some((o) => o !== m && o.from > opener && o.to <= cueAt && (o.role === 'hub' || o.role === 'partner'));
}
