import type { Token } from '../tokens.js';
import { SUBJECT_ADVERBS } from '../words.js';
import type { Assignment } from './party-assignment.js';

/**
 * "Orbán rules out security pact as EU readies its own commitments", "Hungary refused to sign while Slovakia
 * waits": a headline-style clause opened by "as" / "while" / "because" without a comma has its own subject and
 * verb; its party is not a party of the cue before it. Only a verb of its own after the party counts ("as did
 * Slovakia", "as well as the EU" stay in the list).
 */
const SUBORDINATORS = new Set(['as', 'while', 'whereas', 'because', 'although', 'though', 'when']);
/**
 * "when" opens a clause of its own only before a plural subject of people ("on a day when EU leaders also
 * convene"); "talks that began when Mitsotakis visited Odesa" may name the party the sentence is about
 */
const ONLY_PLURAL = new Set(['when']);
/** "when the 27 EU leaders convene": people a party's adjective or name heads as a plural subject */
const PLURAL_PEOPLE = new Set(['leaders', 'ministers', 'officials', 'diplomats', 'negotiators', 'delegations', 'heads', 'lawmakers']);
/** words that, after such a plural subject, are no verb */
const NOT_VERB = /^(?:of|in|on|at|to|from|and|or|with|for|who|which|that|the|a|an|and|but|by)$/;
/** Auxiliaries that echo the main verb ("as Slovakia did", "while Poland has"): the same statement. */
const ECHO = /^(?:do|does|did|has|have|had|is|are|was|were|will|would|can|could|also|too)$/;

export function dropSubordinateSubjects(toks: readonly Token[], assigned: readonly Assignment[]): Assignment[] {
  return assigned.filter((x) => !ownClauseSubject(toks, x.m.from, x.m.to, x.cue.trigger.at));
}

function ownClauseSubject(toks: readonly Token[], from: number, to: number, cueAt: number): boolean {
  let s = from - 1;
  // ("when the 27 EU leaders convene": a count before the party)
  if (/^\d+$/.test(toks[s]?.text ?? '')) s--;
  if (toks[s]?.lower === 'the') s--;
  const sub = toks[s];
  if (!sub || !SUBORDINATORS.has(sub.lower) || cueAt >= s) return false;
  // "such as the EU", "as well as"
  if (sub.lower === 'as' && /^(?:such|well|same|as)$/.test(toks[s - 1]?.lower ?? '')) return false;
  let v = to;
  const plural = PLURAL_PEOPLE.has(toks[v]?.lower ?? '');
  if (plural) v++;
  else if (ONLY_PLURAL.has(sub.lower)) return false;
  while (v < toks.length && SUBJECT_ADVERBS.has(toks[v]!.lower)) v++;
  const verb = toks[v];
  if (!verb || !verb.word || verb.cap || ECHO.test(verb.lower)) return false;
  // ("when EU leaders meet": a plural subject takes the verb's plain form)
  if (plural) return /^[a-z]{3,}$/.test(verb.lower) && !NOT_VERB.test(verb.lower);
  return /^[a-z]{3,}(?:s|ed)$/.test(verb.lower) && !/(?:ss|us|is)$/.test(verb.lower);
}
