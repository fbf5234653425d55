import { isAgreementNoun } from './kind.js';
import type { Mention } from './mentions.js';
import { objectOfPreposition } from './preposition-object.js';
import { spaceBefore, type Token } from './tokens.js';
import { LEADER_NOUNS, SUBJECT_ADVERBS, TITLE_MODIFIERS } from './words.js';

/**
 * Clause segmentation, just enough to keep one verb's status from leaking onto another verb's parties:
 * "If signed, the U.S. would join 14 countries including the U.K. and France, which have signed similar deals".
 * - `hard` boundaries (";", ", but", ", while", ", as", ", and <new subject>") start an independent clause;
 * - `rel` (", which/who") starts a relative clause that describes the words just before it;
 * - `soft` (":", " - ", ", including", ", with", ", along with") continues the previous clause's statement;
 * - `resume` (", have now signed" after ", who arrived with Y") closes a relative clause: the main clause's
 *   subject, named before the relative clause, takes back its verb, and the relative clause's names do not.
 */
export type Boundary = 'start' | 'hard' | 'rel' | 'soft' | 'resume';

export interface Clause {
  /** token range [from, to) */
  readonly from: number;
  readonly to: number;
  readonly boundary: Boundary;
}

const HARD_AFTER_COMMA = new Set(['but', 'while', 'whereas', 'although', 'though', 'as', 'because', 'since', 'after', 'following', 'before', 'when', 'where', 'yet', 'however']);
/** ", shortly before EU leaders met", ", hours after Zelensky had inked": a time clause of its own */
const TIME_DEGREE = new Set(['shortly', 'hours', 'days', 'weeks', 'months', 'minutes', 'moments', 'soon', 'just', 'only', 'long', 'a', 'two', 'three']);
const HARD_BARE = new Set(['but', 'while', 'whereas']);
const TIME_NOUNS = new Set(['day', 'date', 'week', 'weekend', 'time', 'moment', 'month', 'year', 'morning', 'evening', 'night', 'hour', 'hours', 'days', 'weeks']);
const REL = new Set(['which', 'who', 'whose', 'whom']);
/** prepositions that may open a relative clause before "which" / "whom" */
const REL_PREPS = new Set(['in', 'under', 'by', 'through', 'during', 'at', 'with', 'for']);
/** finite auxiliaries that, right after a comma, take the main clause's verb back from a relative clause */
const RESUME_AUX = new Set(['have', 'has', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'did', 'does', 'do']);
const SOFT_AFTER_COMMA = new Set(['with', 'including', 'along', 'among', 'such', 'namely', 'notably', 'especially', 'particularly']);

export function segmentClauses(toks: readonly Token[], mentions: readonly Mention[]): Clause[] {
  const mentionStart = new Set(mentions.map((m) => m.from));
  const out: Clause[] = [];
  let from = 0;
  let boundary: Boundary = 'start';
  const cut = (at: number, next: Boundary): void => {
    if (at > from) out.push({ from, to: at, boundary });
    from = at;
    boundary = next;
  };
  let lastFinite = -1;
  /** where an aside between dashes opened (its clause's start), else -1 */
  let asideOpen = -1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (FINITE.has(t.lower)) lastFinite = i;
    const next = toks[i + 1]?.lower ?? '';
    // "signed with: the United Kingdom; Germany; France": the items of a list after a colon go on with it
    // "concluded with Germany and France; with Denmark and Finland in the north; and with Spain": a "with" phrase
    // after a semicolon, with no verb of its own, repeats the preposition of the one before and shares its verb
    if (t.text === ';') cut(i + 1, ((boundary as Boundary) === 'soft' && bareItem(toks, mentions, from, i)) || gappedItemAfter(toks, mentions, from, i) ? 'soft' : 'hard');
    else if (t.text === ':') cut(i + 1, 'soft');
    // "at the Ukraine — Northern Europe summit": a dash joining the names of a meeting's sides is no break
    else if (isSpacedDash(toks, i) && !meetingName(toks, i)) {
      // "Two Nordic countries - Denmark and Finland - already have …": names set off by a pair of dashes
      // are an aside in the clause, as they would be in brackets
      const close = namesAside(toks, mentions, i) || appositionAside(toks, mentions, i);
      if (close > 0) i = close;
      // "Ireland's agreement - which avoids the word - was signed": a pair of dashes sets off a relative aside,
      // and the clause after it resumes the one before it, like a relative clause between commas
      else if ((boundary as Boundary) === 'rel' && asideOpen === from) cut(i + 1, 'resume');
      // (only a relative aside: "- Britain, France and Germany -" is an apposition listing the parties)
      else if (REL.has(toks[i + 1]?.lower ?? '') && closingDashAfter(toks, i)) {
        cut(i + 1, 'rel');
        asideOpen = from;
      } else cut(i + 1, 'soft');
    }
    else if (t.text === ',') {
      // (", in which Tokyo promised ...", ", under which Latvia pledges ...": a preposition before the pronoun opens one too)
      if (REL.has(next) || (REL_PREPS.has(next) && /^(?:which|whom)$/.test(toks[i + 2]?.lower ?? ''))) cut(i + 1, 'rel');
      else if ((boundary as Boundary) === 'rel' && RESUME_AUX.has(next) && REL.has(toks[from]?.lower ?? '')) cut(i + 1, 'resume');
      // "joined by Meloni, who signed Italy's agreement, as well as by the Belgian premier": a phrase that repeats a
      // preposition of the main clause, not of the relative clause, goes on with the main clause
      else if (next === 'as' && toks[i + 2]?.lower === 'well' && toks[i + 3]?.lower === 'as' && (boundary as Boundary) === 'rel' && resumesMain(toks, mentions, out, from, i, toks[i + 4]?.lower ?? '')) cut(i + 1, 'resume');
      // ", as well as the United Kingdom": the list goes on
      else if (next === 'as' && toks[i + 2]?.lower === 'well' && toks[i + 3]?.lower === 'as') cut(i + 1, 'soft');
      else if (HARD_AFTER_COMMA.has(next)) cut(i + 1, 'hard');
      else if (TIME_DEGREE.has(next) && /^(?:before|after)$/.test(toks[i + 2]?.lower ?? toks[i + 3]?.lower ?? '')) cut(i + 1, 'hard');
      else if (TIME_DEGREE.has(next) && /^(?:before|after)$/.test(toks[i + 3]?.lower ?? '') && /^(?:day|days|week|weeks|few)$/.test(toks[i + 2]?.lower ?? '')) cut(i + 1, 'hard');
      else if (SOFT_AFTER_COMMA.has(next)) cut(i + 1, 'soft');
      // "Zelensky warns Europe over Trump, signs agreement with Albania": a headline's second predicate, its subject
      // the first one's; the names before the comma are the first verb's, not the signing's
      else if (GAPPED_SIGN.has(next) && subjectVerbIn(toks, mentions, from, i)) cut(i + 1, 'hard');
      // "Zelensky meets Biden, Romania signs security pact": a headline's items, each a clause with its own verb
      else if (mentionStart.has(i + 1) && verbIn(toks, from, i) && verbAfterSubject(toks, mentions, i + 1)) cut(i + 1, 'hard');
      else if (next === 'and' || next === 'but') {
        // ", and the Netherlands" continues a list; ", and the agreement will ..." starts a clause
        const j = toks[i + 2]?.lower === 'the' ? i + 3 : i + 2;
        // ", and most recently with The Hague": a prepositional phrase with no verb shares the clause's verb
        if (next === 'and' && gappedPhraseAt(toks, i + 2) && withPartnerBefore(toks, mentions, from, i)) cut(i + 1, 'soft');
        // (", and the United States has said ..." after a clause with its own verb: a new subject, not a list item)
        else if (!mentionStart.has(j) || ((lastFinite >= from || governedBefore(toks, mentions, i) || pastVerbIn(toks, from, i)) && newSubjectAt(toks, mentions, j, i))) cut(i + 1, 'hard');
      }
    } else if (HARD_BARE.has(t.lower) && i > 0) cut(i, 'hard');
    // "has concluded deals with nine countries and is seeking one with Washington": after a verb and its agreement,
    // "and" with an auxiliary opens a second verb phrase, whose parties are its own ("signed and is to ratify it"
    // has no agreement between, and keeps one clause)
    else if (t.lower === 'and' && SECOND_VP_AUX.has(next) && lastFinite >= from && agreementBetween(toks, lastFinite + 1, i)) cut(i, 'hard');
    // "on a day when EU leaders also convene": a time noun's "when" opens a clause of its own, whose subject
    // does the convening, not the signing of the clause before
    else if (t.lower === 'when' && TIME_NOUNS.has(toks[i - 1]?.lower ?? '')) cut(i, 'hard');
    // "a deal like the ones Britain and France signed", "an agreement similar to those that X has": the states of
    // the comparison are the subjects of its own verb, not of the clause that makes the comparison
    else if (comparisonAt(toks, i)) cut(i, 'hard');
  }
  cut(toks.length, 'hard');
  return out;
}

const SECOND_VP_AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had']);

/** Is an agreement noun among tokens [from, to)? */
function agreementBetween(toks: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isAgreementNoun(toks[i]!.lower)) return true;
  return false;
}

const LIKENESS_PRONOUNS = new Set(['those', 'ones']);

/** "like those", "like the ones", "similar to those", "such as those", "as those" at token i (its first word) */
function comparisonAt(toks: readonly Token[], i: number): boolean {
  const w = (k: number): string => toks[k]?.lower ?? '';
  let j = i;
  if (w(j) === 'similar' && w(j + 1) === 'to') j += 2;
  else if (w(j) === 'such' && w(j + 1) === 'as') j += 2;
  else if (w(j) === 'like') j += 1;
  else return false;
  if (w(j) === 'the') j++;
  return LIKENESS_PRONOUNS.has(w(j)) && w(i - 1) !== 'such';
}

function isSpacedDash(toks: readonly Token[], i: number): boolean {
  return toks[i]!.lower === '-' && spaceBefore(toks, i) && spaceBefore(toks, i + 1);
}

/** Nouns of a meeting named after its sides ("the Ukraine – South East Europe summit", "the EU – Ukraine forum"). */
const MEETING_NOUNS = new Set(['summit', 'summits', 'forum', 'conference', 'meeting', 'format', 'platform', 'dialogue']);

/** Is the spaced dash at i inside a meeting's name: a name before it, names and then a meeting noun after? */
function meetingName(toks: readonly Token[], i: number): boolean {
  const before = toks[i - 1];
  if (before === undefined || !before.word || !before.cap) return false;
  let j = i + 1;
  while (j < toks.length && j <= i + 4 && toks[j]!.word && toks[j]!.cap && !MEETING_NOUNS.has(toks[j]!.lower)) j++;
  return j > i + 1 && MEETING_NOUNS.has(toks[j]?.lower ?? '');
}

/** The closing dash of "- Denmark and Finland -" opened at token i (names and list glue only), else 0. */
function namesAside(toks: readonly Token[], mentions: readonly Mention[], i: number): number {
  for (let j = i + 1; j < toks.length && j <= i + 40; j++) {
    if (isSpacedDash(toks, j)) return bareItem(toks, mentions, i + 1, j) ? j : 0;
  }
  return 0;
}

/**
 * The closing dash of an apposition set off by dashes after a party ("Danes and Finns – the remaining two of
 * the Nordic five – had concluded theirs"): a short phrase with no verb and no party of its own, before the
 * party's verb, else 0.
 */
function appositionAside(toks: readonly Token[], mentions: readonly Mention[], i: number): number {
  if (!mentions.some((m) => m.to === i && m.role === 'partner')) return 0;
  for (let j = i + 1; j < toks.length && j <= i + 10; j++) {
    const t = toks[j]!;
    if (isSpacedDash(toks, j)) return j > i + 1 && !mentions.some((m) => m.from > i && m.from < j) && verbAfterAside(toks[j + 1]?.lower ?? '') ? j : 0;
    if (!t.word || FINITE.has(t.lower) || isPast(t.lower)) return 0;
  }
  return 0;
}

/** the party's own verb right after its aside ("– had already concluded", "– signed") */
function verbAfterAside(w: string): boolean {
  return FINITE.has(w) || isPast(w) || w === 'already' || w === 'also';
}

/** Is there a second spaced dash after the one at i, before the sentence's next ";" or ":"? */
function closingDashAfter(toks: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < toks.length; j++) {
    const t = toks[j]!;
    if (t.text === ';' || t.text === ':') return false;
    if (isSpacedDash(toks, j)) return j > i + 1;
  }
  return false;
}

/** Is [from, end) nothing but names and list glue ("the Netherlands", "and Japan")? */
function bareItem(toks: readonly Token[], mentions: readonly Mention[], from: number, end: number): boolean {
  if (!mentions.some((m) => m.from >= from && m.to <= end)) return false;
  for (let i = from; i < end; i++) {
    if (mentions.some((m) => i >= m.from && i < m.to)) continue;
    if (!/^(?:the|and|,)$/.test(toks[i]!.lower)) return false;
  }
  return true;
}

/**
 * Does the mention at token j open a clause of its own (the clause before the comma at `end` having a finite
 * verb already)? A finite verb follows it. "Britain, Germany, and France have signed" is one list; "Germany is
 * still negotiating, and the United States has said ..." is two clauses.
 */
function newSubjectAt(toks: readonly Token[], mentions: readonly Mention[], j: number, end: number): boolean {
  const m = mentions.find((x) => x.from === j);
  // ("Poland, Luxembourg, and Romania are expected": a serial comma after a list item; but "signed with Britain,
  // and Italy and Canada are negotiating": the item before the comma completes a predicate of its own)
  if (!m || (partnerEndingAt(mentions, end) && !governedBefore(toks, mentions, end))) return false;
  // (the new subject may be a list itself: "and Italy and Canada are")
  let k = m.to;
  for (let x = mentionAt(mentions, k + 1); toks[k]?.lower === 'and' && x; x = mentionAt(mentions, k + 1)) k = x.to;
  // ("and Belgian Prime Minister Alexander De Croo also came": the party's leader, by title and name)
  const named = k;
  if ((toks[k]?.text === "'" || toks[k]?.text === '’') && toks[k + 1]?.lower === 's') {
    k += 2;
    // ("and Albania's signing is planned", "and Spain's agreement will follow": the party's own agreement as subject)
    if (/^(?:signing|turn|own)$/.test(toks[k]?.lower ?? '') || isAgreementNoun(toks[k]?.lower ?? '')) k++;
  }
  while (k < toks.length && k < named + 7 && (LEADER_NOUNS.has(toks[k]!.lower) || TITLE_MODIFIERS.has(toks[k]!.lower) || (toks[k]!.word && toks[k]!.cap) || mentionAt(mentions, k))) k = mentionAt(mentions, k)?.to ?? k + 1;
  while (k < toks.length && SUBJECT_ADVERBS.has(toks[k]!.lower)) k++;
  const verb = toks[k]?.lower ?? '';
  return FINITE.has(verb) || (k > named && isPast(verb));
}

/** present verbs of headlines and live-blog items ("Zelensky meets Biden", "Romania signs pact") */
const HEADLINE_PRESENT = new Set(['meets', 'visits', 'says', 'tells', 'holds', 'hosts', 'arrives', 'lands', 'signs', 'inks', 'seals', 'agrees', 'joins', 'pledges', 'announces']);

function isVerb(t: Token | undefined): boolean {
  const w = t?.lower ?? '';
  return FINITE.has(w) || HEADLINE_PRESENT.has(w) || isPast(w);
}

/** a signing in the present, the verb of a headline's predicate */
const GAPPED_SIGN = new Set(['signs', 'inks', 'seals', 'concludes']);

/** a party opening the clause [from, end) with its verb in the present or past right after it ("Zelensky warns ...") */
function subjectVerbIn(toks: readonly Token[], mentions: readonly Mention[], from: number, end: number): boolean {
  const m = mentions.find((x) => x.from >= from && x.from <= from + 1 && x.to < end);
  const v = m ? toks[m.to] : undefined;
  return v !== undefined && v.word && !v.cap && (isVerb(v) || /^[a-z]{3,}[^s]s$/.test(v.lower));
}

/** a verb between tokens from and end (a clause of its own before a comma) */
function verbIn(toks: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (isVerb(toks[k])) return true;
  return false;
}

/** the party at token j is followed by its verb ("Romania signs", "Poland has") */
function verbAfterSubject(toks: readonly Token[], mentions: readonly Mention[], j: number): boolean {
  const m = mentionAt(mentions, j);
  return m !== undefined && isVerb(toks[m.to]);
}

/** a verb in the past: "signed", "came" (read only after a subject, never as a participle before a noun) */
const PAST_VERB = /^[a-z]{3,}ed$/;
const IRREGULAR_PAST = new Set(['came', 'went', 'met', 'made', 'took', 'held', 'gave', 'said', 'told', 'struck', 'saw', 'left', 'flew', 'spoke', 'sat', 'stood']);

/** a verb in the past, regular or irregular */
function isPast(w: string): boolean {
  return PAST_VERB.test(w) || IRREGULAR_PAST.has(w);
}

/** Has the clause [from, end) a verb in the past ("Meloni signed a similar document ..., and ...")? */
function pastVerbIn(toks: readonly Token[], from: number, end: number): boolean {
  for (let i = from + 1; i < end; i++) if (isPast(toks[i]!.lower)) return true;
  return false;
}

function mentionAt(mentions: readonly Mention[], at: number): Mention | undefined {
  return mentions.find((x) => x.from === at);
}

/** "signed a pact with Britain, and ...": the comma at `end` closes a prepositional object, so a verb came before */
function governedBefore(toks: readonly Token[], mentions: readonly Mention[], end: number): boolean {
  const before = partnerEndingAt(mentions, end);
  return before !== undefined && objectOfPreposition(toks, mentions, before);
}

function partnerEndingAt(mentions: readonly Mention[], end: number): Mention | undefined {
  return mentions.find((x) => x.to === end && x.role === 'partner');
}

const FINITE = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'said', 'says']);

/** Adverbs of order and time that may open a gapped coordinate ("and most recently with", "and then with"). */
const GAP_ADVERBS = new Set(['most', 'more', 'recently', 'then', 'later', 'finally', 'lastly', 'also', 'now', 'again', 'just', 'only', 'since']);

/** "most recently with ...", "later with ...": adverbs, then "with" opening the phrase (token i on). */
function gappedPhraseAt(toks: readonly Token[], i: number): boolean {
  let j = i;
  while (j < toks.length && j < i + 3 && GAP_ADVERBS.has(toks[j]!.lower)) j++;
  return toks[j]?.lower === 'with';
}

const PARALLEL_PREPS = new Set(['by', 'with', 'to', 'from', 'for', 'in', 'at']);

/**
 * Does a preposition `prep` (after ", as well as") repeat one of the clause before the relative clause [from, end),
 * and none of the relative clause itself? (The relative clause's "with Ukraine", the signing's own complement,
 * is no item of a list.)
 */
function resumesMain(toks: readonly Token[], mentions: readonly Mention[], out: readonly Clause[], from: number, end: number, prep: string): boolean {
  const main = out[out.length - 1];
  if (!PARALLEL_PREPS.has(prep) || main === undefined) return false;
  const hubAfter = (i: number): boolean => mentions.some((m) => m.role === 'hub' && m.from === i + 1);
  for (let i = from; i < end; i++) if (toks[i]!.lower === prep && !hubAfter(i)) return false;
  return toks.slice(main.from, main.to).some((t) => t.lower === prep);
}

/** "; with Denmark", "; and then with Spain" after a clause [from, end) whose own "with" names a partner */
function gappedItemAfter(toks: readonly Token[], mentions: readonly Mention[], from: number, end: number): boolean {
  const open = toks[end + 1]?.lower === 'and' ? end + 2 : end + 1;
  return gappedPhraseAt(toks, open) && withPartnerBefore(toks, mentions, from, end);
}

/**
 * Does the clause [from, end) have a "with <partner>" phrase for the gapped one to parallel? After "signed with
 * Ukraine, and more recently with Moldova" the gapped phrase stands for the hub's place, so it is another pair.
 */
function withPartnerBefore(toks: readonly Token[], mentions: readonly Mention[], from: number, end: number): boolean {
  for (let j = end - 1; j >= from; j--) {
    if (toks[j]!.lower !== 'with') continue;
    const m = mentions.find((x) => x.from === j + 1 || (x.from === j + 2 && toks[j + 1]!.lower === 'the'));
    return m !== undefined && m.role === 'partner';
  }
  return false;
}

export function clauseIndexOf(clauses: readonly Clause[], tokenIndex: number): number {
  for (let c = 0; c < clauses.length; c++) if (tokenIndex >= clauses[c]!.from && tokenIndex < clauses[c]!.to) return c;
  return clauses.length - 1;
}
