import type { Token } from '../tokens.js';
import { APPROVAL_CUE_WORDS, approvalCue } from './approval.js';
import { wordView } from '../word-view.js';
import type { CueReader, CueSentence } from './cue-sentence.js';
import { EXPECTED_CUE_WORDS, expectedAgreementCue } from './expected-agreement.js';
import { HOLDING_CUE_WORDS, holdingCue } from './holding.js';
import { RATIFICATION_CUE_STEMS, RATIFICATION_CUE_WORDS, ratificationCue } from './ratification.js';
import { REFUSAL_CUE_STEMS, REFUSAL_CUE_WORDS, refusalCue } from './refusal.js';
import { SIGNING_CUE_WORDS, signingCueAt } from './signing.js';
import { completedOwnCue } from './completed-own.js';
import { joinedSeriesCue } from './joined-series.js';
import { SEEKING_CUE_WORDS, seekingCue } from './seeking.js';
import { TALKS_CUE_STEMS, TALKS_CUE_WORDS, talksCue } from './talks.js';
import { TOLD_SIGNING_CUE_WORDS, toldSigningCue } from './told-signing.js';
import { notYetBesideTalks } from './not-yet.js';
import { TEXT_STATE_CUE_WORDS, textStateCue } from './text-state.js';
import type { Trigger } from './trigger.js';
import { TRIP_CUE_WORDS, tripPurposeCue } from './trip-purpose.js';
import { FRONTED_WITH_CUE_WORDS, frontedWithStageCue } from './fronted-with.js';
import { CAME_AFTER_CUE_WORDS, cameAfterCue } from './came-after.js';
import { NEXT_IN_LINE_CUE_WORDS, nextInLineCue } from './next-in-line.js';
import { THOSE_LISTED_CUE_WORDS, thoseListedCue } from './those-listed.js';
import { JOINED_LIST_CUE_WORDS, joinedListCue } from './joined-list.js';
import { SERIES_PLACE_CUE_WORDS, seriesPlaceCue } from './series-place.js';
import { COVERAGE_CUE_WORDS, coverageCue } from './coverage.js';

/**
 * Every cue of a sentence, left to right. Each word is offered to the cue families in a fixed order and the
 * first family that owns the word decides (a family may own a word and still find no cue in it: "peace talks").
 * The families' words hardly overlap; the order only matters for the signing verbs, which come first.
 */
const FAMILIES: readonly CueReader[] = [toldSigningCue, holdingCue, talksCue, refusalCue, ratificationCue, expectedAgreementCue, tripPurposeCue, approvalCue, textStateCue, frontedWithStageCue, cameAfterCue, nextInLineCue, thoseListedCue, joinedListCue, joinedSeriesCue, seriesPlaceCue, seekingCue, completedOwnCue, coverageCue];

/** Every word that can open a cue, so most words are dismissed with one lookup. */
let CUE_WORDS: ReadonlySet<string> | null = null;
const CUE_STEMS = new RegExp(`^(?:${[...TALKS_CUE_STEMS, ...REFUSAL_CUE_STEMS, ...RATIFICATION_CUE_STEMS].join('|')})`);

function cueWords(): ReadonlySet<string> {
  CUE_WORDS ??= new Set([...SIGNING_CUE_WORDS, ...TOLD_SIGNING_CUE_WORDS, ...HOLDING_CUE_WORDS, ...TALKS_CUE_WORDS, ...REFUSAL_CUE_WORDS, ...RATIFICATION_CUE_WORDS, ...EXPECTED_CUE_WORDS, ...TRIP_CUE_WORDS, ...APPROVAL_CUE_WORDS, ...TEXT_STATE_CUE_WORDS, ...FRONTED_WITH_CUE_WORDS, ...CAME_AFTER_CUE_WORDS, ...NEXT_IN_LINE_CUE_WORDS, ...THOSE_LISTED_CUE_WORDS, ...JOINED_LIST_CUE_WORDS, ...SERIES_PLACE_CUE_WORDS, ...SEEKING_CUE_WORDS, ...COVERAGE_CUE_WORDS]);
  return CUE_WORDS;
}

/** Could this word open a cue? (A cheap prefilter; `findTriggers` decides.) */
export function mayBeCue(word: string): boolean {
  return cueWords().has(word) || CUE_STEMS.test(word);
}

export function findTriggers(toks: readonly Token[]): Trigger[] {
  if (!toks.some((t) => t.word && mayBeCue(t.lower))) return [];
  const { w, at } = wordView(toks);
  const s: CueSentence = { toks, w, at };
  const out: Trigger[] = [];
  for (let k = 0; k < w.length; k++) {
    if (!mayBeCue(w[k]!)) continue;
    const signing = signingCueAt(toks, w, at, k);
    if (signing) {
      out.push(signing.trigger);
      // an idiom ("put pen to paper") is read once, from its verb
      k += signing.span - 1;
      continue;
    }
    for (const read of FAMILIES) {
      const t = read(s, k);
      if (t === undefined) continue;
      if (t !== null) out.push(t);
      break;
    }
  }
  return notYetBesideTalks(s, out);
}
