import type { Token } from '../tokens.js';

/**
 * The tense of a sentence that has no cue of its own, read just well enough to resolve "on Thursday" in it:
 * "Blenheim Palace hosted forty leaders on Thursday" is the Thursday before publication, "Zelensky will fly to
 * Lisbon on Tuesday" the one after. Null when the sentence shows neither (a bare present "flies on Tuesday"
 * may be either), so its day is not used.
 */
const FUTURE = new Set(['will', 'shall', 'll', 'tomorrow']);
const SCHEDULED = new Set(['due', 'set', 'scheduled', 'expected', 'planned', 'going']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did']);
/**
 * Irregular pasts that news uses of a day's events ("Fiala spoke on Thursday at Blenheim Palace", "leaders met in
 * Brussels on Friday"): none is also a present or a noun ("put", "read", "cut", "left", "saw" are).
 */
const IRREGULAR_PAST = new Set(['spoke', 'met', 'went', 'came', 'held', 'gave', 'took', 'made', 'flew', 'began', 'brought', 'sat', 'stood', 'won', 'wrote', 'led', 'sought', 'told', 'became', 'drove', 'rode', 'ate', 'threw', 'chose', 'struck']);
/** determiners and auxiliaries that make a following -ed word an adjective or a participle, not a past verb */
const NOT_PAST_BEFORE = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'be', 'been', 'being', 'is', 'are', 'to']);

export function sentenceTense(toks: readonly Token[]): 'past' | 'future' | null {
  let past = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.word) continue;
    const w = t.lower;
    if (FUTURE.has(w)) return 'future';
    // "is due to", "are set to": a schedule
    // ("are expected in Kyiv on Saturday": an arrival ahead)
    if (SCHEDULED.has(w) && (toks[i + 1]?.lower === 'to' || w === 'expected') && /^(?:is|are|'s)$/.test(toks[i - 1]?.lower ?? '')) return 'future';
    if (PAST_AUX.has(w) || IRREGULAR_PAST.has(w)) past = true;
    else if (!t.cap && w.length > 4 && w.endsWith('ed') && !NOT_PAST_BEFORE.has(toks[i - 1]?.lower ?? '')) past = true;
  }
  return past ? 'past' : null;
}
