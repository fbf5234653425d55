import type { Mention } from '../mentions.js';
import type { Token } from '../tokens.js';
import { HOST_VERBS, SUBJECT_ADVERBS } from '../words.js';
import type { Assignment } from './party-assignment.js';
import { GATHERINGS } from './where-hosts.js';

/**
 * "Italy hosted the summit where Ukraine signed agreements with several partners", "Germany chaired the
 * meeting, at which Zelensky signed a pact with Japan": the state that hosts a gathering is its venue, not a
 * party of a signing that the gathering's own clause gives to another subject (the hub or another state).
 */

/** Words that open the clause of what happened at the gathering. */
const AT_GATHERING = new Set(['where', 'which', 'when', 'during', 'whose']);
/** How far the gathering noun may stand after the host verb ("hosted the NATO summit in July"). */
const GATHERING_REACH = 5;

/** "to host", "will host", "hosts", "is hosting": the host verb in any form. */
const HOST = /^(?:host|hosts|hosting|organise|organises|organising|organize|organizes|organizing|chair|chairs|chairing|convene|convenes|convening)$/;

export function dropGatheringHosts(toks: readonly Token[], mentions: readonly Mention[], assigned: readonly Assignment[]): Assignment[] {
  return assigned.filter((x) => !hostsGatheringBefore(toks, mentions, x.m, x.cue.trigger.at, x.cue.ref.plural));
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
