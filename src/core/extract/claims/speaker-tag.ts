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

/**
 * "Albania and Ukraine have finalised the text, and the document is expected to be signed on 21 January, the
 * Albanian Foreign Ministry said": a passive signing names no signer of its own, so the tag's party is the one
 * it repeats; the cue stays that party's, told by the earlier mention, rather than being lost with the tag.
 */
function passiveSigning(toks: readonly Token[], at: number): boolean {
  // ("was finally signed", "will be formally signed": an adverb between)
  const k = /^(?:\p{L}+ly|also|now|then|still|soon)$/u.test(toks[at - 1]?.lower ?? '') ? at - 2 : at - 1;
  return /^(?:be|been|being|is|are|was|were)$/.test(toks[k]?.lower ?? '');
}

export function dropSpeakerTags(toks: readonly Token[], assigned: readonly Assignment[]): Assignment[] {
  const out: Assignment[] = [];
  for (const x of assigned) {
    const earlier = inSpeakerTag(toks, x.m.from, x.m.to) ? assigned.find((y) => y !== x && y.m !== x.m && y.cue !== x.cue && y.m.from < x.m.from && y.m.codes.some((c) => x.m.codes.includes(c))) : undefined;
    if (earlier === undefined) out.push(x);
    else if (x.cue.trigger.family === 'sign' && passiveSigning(toks, x.cue.trigger.at) && !assigned.some((y) => y !== x && y.cue === x.cue)) out.push({ ...x, m: earlier.m });
  }
  return out;
}
