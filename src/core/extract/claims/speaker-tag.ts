import type { Token } from '../tokens.js';
import { LEADER_NOUNS } from '../words.js';
import type { Assignment } from './party-assignment.js';

/**
 * "Slovakia will not conclude an agreement of the kind that twenty countries have concluded, Prime Minister
 * Robert Fico said", "…, Premier Robert Fico (Smer-SD) told reporters": a leader in the trailing speech tag stands for a party the sentence already names; the
 * leader reports the statement, so takes no cue of its own when that party already has one in the sentence.
 */
const SPEECH = /^(?:said|says|told|announced|added|stated|noted|wrote|stressed|explained|declared)$/;

function inSpeakerTag(toks: readonly Token[], from: number, to: number): boolean {
  // ", (the) (Slovak) Prime Minister Robert Fico said": a comma, then only title and name words before the mention
  let i = from - 1;
  while (i >= 0 && i >= from - 5 && toks[i]!.word && (toks[i]!.cap || LEADER_NOUNS.has(toks[i]!.lower) || toks[i]!.lower === 'the')) i--;
  if (toks[i]?.text !== ',') return false;
  let j = to;
  while (j < toks.length && j < to + 3 && toks[j]!.word && toks[j]!.cap) j++;
  // ("Premier Robert Fico (Smer-SD) told": a party label in brackets after the name)
  if (toks[j]?.text === '(') {
    const close = toks.findIndex((t, q) => q > j && q <= j + 6 && t.text === ')');
    if (close > 0) j = close + 1;
  }
  return SPEECH.test(toks[j]?.lower ?? '');
}

export function dropSpeakerTags(toks: readonly Token[], assigned: readonly Assignment[]): Assignment[] {
  return assigned.filter((x) => {
    if (!inSpeakerTag(toks, x.m.from, x.m.to)) return true;
    return !assigned.some((y) => y !== x && y.m !== x.m && y.cue !== x.cue && y.m.from < x.m.from && y.m.codes.some((c) => x.m.codes.includes(c)));
  });
}
