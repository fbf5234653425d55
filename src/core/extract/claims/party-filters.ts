import { withoutCountedSubjects } from './counted-subject.js';
import { dropGatheringHosts } from './host-subject.js';
import { dropGroupProgrammes } from './group-programme.js';
import { dropNegatedParties } from './negated-party.js';
import type { Assignment } from './party-assignment.js';
import { dropSubordinateSubjects } from './subordinate-subject.js';
import { dropTallyItems } from './tally-party.js';
import { dropLeftOut } from './leaving-list.js';
import { dropSpeakerTags } from './speaker-tag.js';
import { dropSetAside } from './set-aside.js';
import type { SentenceAnalysis } from './types.js';

/**
 * Parties that stand beside a cue without being its parties, dropped after assignment: a party with its own
 * negation ("Bulgaria still not among signatories"), an item of a tally ("27 states and the EU"), the host of
 * a gathering ("Italy hosted the summit where ..."), the subject of a clause of its own ("... as EU readies"),
 * a party named before a signing whose subject is a counted set ("more than 20 countries have signed"), a party
 * set aside by a fronted phrase ("Beyond the EU, ..."), the members of a group undertaking a programme of
 * bilateral agreements ("the G7 undertook to conclude ...").
 */
export function dropBystanders(a: SentenceAnalysis, assigned: readonly Assignment[]): Assignment[] {
  const { toks, mentions } = a;
  return dropGroupProgrammes(toks, a.dates, dropSetAside(toks, dropSpeakerTags(toks, dropLeftOut(toks, dropSubordinateSubjects(toks, dropGatheringHosts(toks, mentions, dropTallyItems(toks, dropNegatedParties(toks, withoutCountedSubjects(toks, assigned)))))))));
}
