import type { Status } from '../../schemas/status.js';
import type { Token } from '../tokens.js';
import type { CueSentence } from './cue-sentence.js';
import { idiomAt, idiomForm, POSSESSIVE_PRONOUNS } from './idioms.js';
import { negatedBefore } from './negation.js';
import { objectlessAfter } from './objectless.js';
import { conditionalBefore, MODAL_HEDGED, MODAL_PLANNED, modalInClause } from './modality.js';
import { ORDINAL, ORDINAL_HEADS, ordinalHeadBefore } from './ordinals.js';
import { MONTHS } from '../dates/calendar-words.js';
import { isAgreementNoun } from '../kind.js';
import { PLAN_BEFORE_TO } from './plan.js';
import { refusedTo } from './refusal-gap.js';
import { SIGN_GERUND } from './sign-verbs.js';
import { namesThen } from './names-then.js';
import { wordSet, type Trigger } from './trigger.js';

/**
 * Signings told without a verb of signing: "London went first", "it was The Hague's turn", "Bulgaria did the
 * same", "followed suit", "became the seventh", "Berlin and Paris followed", "with Luxembourg's signature",
 * "the first Nordic state to reach such a deal". They repeat the signing the text is about, so most need their
 * party in the sentence (`direct`) and may borrow the article's agreement (`objectless`, `topical`).
 */

/** "did the same", "had done so": a repeated signing */
const DO_FORMS: ReadonlyMap<string, 'past' | 'base' | 'pres3'> = new Map([
  ['did', 'past'], ['done', 'past'], ['do', 'base'], ['does', 'pres3'],
]);
/** "become the seventh", "became the latest": an ordinal signatory without a verb of signing */
const BECOME = wordSet('become becomes became becoming');
/** a time phrase after "the next signatory" ("later this month", "in March") */
const TIME_TAIL = wordSet('later soon next this tomorrow today within in on by before after early');
const FOLLOW = wordSet('followed follow follows');
/** the words of an expectation before "to follow" ("are expected to follow", "is set to follow") */
const EXPECTED = wordSet('expected set due likely poised slated scheduled');
/** "joined the list", "will join the club": a signatory by joining those who signed */
const JOIN = new Map<string, 'past' | 'base' | 'pres3'>([['joined', 'past'], ['join', 'base'], ['joins', 'pres3']]);
const SIGNERS_SET = wordSet('list ranks club');
/** "Next came Croatia", "Croatia came next", "the last two came ...: Croatia and Greece": the next in the series */
const CAME = new Map<string, 'past' | 'base' | 'pres3'>([['came', 'past'], ['come', 'base'], ['comes', 'pres3']]);
/** "the last two", "two more", "the next three": a count of the series' members as a subject */
const SERIES_COUNT = wordSet('two three four five six several');
const SIGNER_NOUNS = wordSet('signatories signatory signers');
/** "added theirs", "adds its own", "added their signatures": a signing added to those before */
const ADD = new Map<string, 'past' | 'base' | 'pres3'>([['added', 'past'], ['add', 'base'], ['adds', 'pres3']]);
const PROVIDE = wordSet('provide give offer grant extend');
/** "got theirs done", "got there first": a signing told as an errand finished, or a race won */
const GET = new Map<string, 'past' | 'base' | 'pres3'>([['got', 'past'], ['get', 'base'], ['gets', 'pres3']]);
/** the owner's own one of what the text tells of ("theirs", "its own") */
const OWN_PRONOUNS = wordSet('theirs ours hers his');

/** "..., as has the EU", "as have Paris and Rome": the perfect's "as did" */
const HAVE_FORMS = wordSet('has have');

export const TOLD_SIGNING_CUE_WORDS: readonly string[] = [
  ...HAVE_FORMS, ...FOLLOW, ...PROVIDE, ...GET.keys(), ...JOIN.keys(), ...ADD.keys(), ...CAME.keys(), 'brought', 'reach', 'signature', 'signatures', 'signatories', 'went', 'go', 'goes', 'first', 'turn', 'suit', ...DO_FORMS.keys(), ...BECOME,
];

/** agreement nouns a verbless signing ("German and French deals followed") has for its subject */
const AGREEMENT_SUBJECT = wordSet('deals deal pacts pact agreements agreement documents document accords accord ones');

/**
 * A signing before word k that "as did X" repeats: a verb of signing, or a signing told without one, an
 * agreement noun that followed ("German and French deals followed in February, as did Danish ones"), or a
 * signing idiom in the past ("put his name to a similar pact, as did Norway's Støre").
 */
function signingBefore(w: readonly string[], k: number): boolean {
  for (let i = 0; i < k; i++) {
    const y = w[i]!;
    // ("Germany has not signed one, as has France": a negated signing is no antecedent; "nor has" would be)
    if (/^(?:signed|inked|concluded|sealed)$/.test(y)) return !negatedBefore(w, i, 3);
    if (idiomAt(w, i) > 0 && idiomForm(w, i) === 'past') return !negatedBefore(w, i, 3);
    if (y === 'followed' && AGREEMENT_SUBJECT.has(w[i - 1] ?? '')) return true;
    // ("completed theirs in July, as did Slovenia": a state's own agreement completed, completed-own.ts)
    if (y === 'completed' && /^(?:theirs|ours|its|their)$/.test(w[i + 1] ?? '')) return !negatedBefore(w, i, 3);
  }
  return false;
}

export function toldSigningCue(s: CueSentence, k: number): Trigger | null | undefined {
  const { toks, w, at } = s;
  const x = w[k]!;
  // "London went first", "it was The Hague's turn", "did the same", "followed suit", "became the seventh":
  // a signing told without its verb, of the agreement the article is about
  // "..., as did Trudeau", "and so did Oslo", "as did the Dutch prime minister": the signing before in the
  // sentence (its agreement the cue's), repeated by the name after
  const before = w[k - 1] ?? '';
  // ("..., as has the European Union itself", "as have Paris and Rome": the same after a perfect)
  if (((x === 'did' && (before === 'as' || before === 'so')) || (HAVE_FORMS.has(x) && before === 'as' && k > 1)) && namedAfterDid(toks, w, at, k)) {
    // "Every G7 member signed. So did all five Nordic countries.": opening its sentence, it repeats the
    // signing told just before, like "did the same"
    if (k === 1 && before === 'so') return { at: at[k]!, status: 'signed', hedged: false, family: 'sign', refWindow: 0, objectless: true, direct: true, topical: true };
    if (otherActBefore(w, k) || !signingBefore(w, k)) return undefined;
    if (negatedBefore(w, k - 1, 3)) return null;
    return { at: at[k]!, status: 'signed', hedged: false, family: 'sign', refWindow: 30, backward: true, direct: true, objectless: true };
  }
  const told = toldSigning(w, k, (j) => j >= w.length || toks.slice(at[j - 1]! + 1, at[j]!).some((t) => !t.word && t.text !== '-'), (j) => toks[at[j] ?? -1]?.cap === true);
  if (told !== undefined) {
    return { at: at[k]!, status: told, hedged: false, family: 'sign', refWindow: 0, objectless: true, direct: true, topical: true };
  }
  // "Italy and Canada follow the UK, Germany and France in concluding the agreements": both the followers and
  // the ones they follow signed (the followers in the verb's tense)
  const inAt = FOLLOW.has(x) ? namesThen(s, k + 1, 'in') : -1;
  if (inAt > 0 && SIGN_GERUND.has(w[inAt + 1] ?? '')) {
    const p1 = w[k - 1] ?? '';
    if (negatedBefore(w, k, 3) || conditionalBefore(w, k, 3)) return null;
    const status: Status = p1 === 'to' || MODAL_PLANNED.has(p1) ? 'planned' : 'signed';
    return { at: at[k]!, status, hedged: false, family: 'sign', refWindow: 16, forward: true, direct: true };
  }
  // "The deal follows similar accords with Britain, Germany and France", "follows earlier agreements with
  // Paris": a document set after agreements with named partners tells that those were signed before it
  // (the document before the verb says what kind they are: a "minerals deal" follows minerals deals)
  if (FOLLOW.has(x) && agreementsWithAfter(w, k)) {
    if (negatedBefore(w, k, 3)) return null;
    const subject = followingNounBefore(w, k);
    const base: Trigger = { at: at[k]!, status: 'signed', hedged: false, family: 'sign', refWindow: 6, forward: true, undated: true };
    return subject < 0 ? base : { ...base, forward: false, backward: true, refWindow: Math.ceil((at[k]! - at[subject]!) * 1.3) + 2 };
  }
  // "Berlin and Paris followed on February 16", "Romania is set to follow": the signing before, repeated
  if (FOLLOW.has(x) && objectlessAfter(toks, w, at, k)) {
    const p1 = w[k - 1] ?? '';
    // "Montenegro joined the declaration, and others are expected to follow": what they follow is that other act
    if (otherActBefore(w, k)) return null;
    // "talks with Rome were well advanced, and more agreements could follow": new agreements of parties not named,
    // no signing of the ones in the sentence
    if (moreAgreementsBefore(w, k)) return undefined;
    // ("three more could follow in the coming days": hedged, like "could sign")
    const hedged = x === 'follow' && MODAL_HEDGED.has(p1);
    // ("refused to follow": a refusal of the signing followed, like "refused to follow suit")
    const refused = refusedTo(w, k);
    const status: Status | null = x === 'followed' ? (negatedBefore(w, k, 3) || p1 === 'be' || p1 === 'have' ? null : 'signed') : refused ? 'refused' : p1 === 'to' || MODAL_PLANNED.has(p1) || hedged ? 'planned' : null;
    if (status !== null && !conditionalBefore(w, k, 3)) {
      // ("Kyiv wanted a wave of signatures, and Rome and Ottawa are expected to follow": what is followed is the
      // signings the sentence names, the series of the article's agreements however far back it told them)
      // (not "urges allies to follow": whoever is urged is not yet a follower)
      const expected = status === 'planned' && (MODAL_PLANNED.has(p1) || (p1 === 'to' && EXPECTED.has(w[k - 2] ?? '')));
      return { at: at[k]!, status, hedged, family: 'sign', refWindow: 0, objectless: true, direct: true, ...(expected && signingNounBefore(w, k) ? { series: true } : {}) };
    }
    return null;
  }
  // "Then came Denmark, Italy and Canada", "Next came Oslo", "Sweden came next": a place in the sequence of
  // signings, the inverted or plain form of "X followed"
  if (x === 'came' && cameInSequence(toks, w, at, k) && !negatedBefore(w, k, 3)) {
    return { at: at[k]!, status: 'signed', hedged: false, family: 'sign', refWindow: 0, objectless: true, direct: true };
  }
  // "The spring brought Finland, Latvia and Spain": a stretch of time bringing the next ones of the series
  if (x === 'brought' && timeBroughtNames(toks, w, at, k) && !negatedBefore(w, k, 3)) {
    return { at: at[k]!, status: 'signed', hedged: false, family: 'sign', refWindow: 0, objectless: true, direct: true };
  }
  // "With Luxembourg's signature at the NATO summit": a possessive signature is a signing
  if ((x === 'signature' || x === 'signatures') && (w[k - 1] === 's' || POSSESSIVE_PRONOUNS.has(w[k - 1] ?? '')) && !PLAN_BEFORE_TO.has(w[k - 2] ?? '') && !negatedBefore(w, k, 4)) {
    return { at: at[k]!, status: 'signed', hedged: false, family: 'sign', refWindow: 24, direct: true, objectless: true };
  }
  // "has collected signatures from Oslo and Rome", "brought signatures from Greece": the signatories follow
  if ((x === 'signature' || x === 'signatures') && w[k + 1] === 'from' && !negatedBefore(w, k, 4) && !conditionalBefore(w, k, 4) && modalInClause(w, k, 4) === null) {
    return { at: at[k]!, status: 'signed', hedged: false, family: 'sign', refWindow: 24, direct: true, objectless: true, topical: true };
  }
  // "most signatories, including the United Kingdom and Germany, treat the documents as ...": the states a list
  // of signatories names have signed (not the signatories of another text: "the declaration's signatories")
  if (x === 'signatories' && signatoriesListAt(toks, w, at, k) && !OTHER_TEXTS.test(w.slice(0, k).join(' ')) && !negatedBefore(w, k, 4)) {
    return { at: at[k]!, status: 'signed', hedged: false, family: 'sign', refWindow: 0, objectless: true, topical: true };
  }
  // "the first Nordic state to reach such a deal": an ordinal signatory
  // ("Britain was the first to reach such a deal": ordinalBefore reads the ordinal with no head noun too)
  if ((x === 'reach' || x === 'conclude') && w[k - 1] === 'to' && ordinalHeadBefore(w, k)) {
    return { at: at[k]!, status: modalInClause(w, k - 2, 6) === 'will' ? 'planned' : 'signed', hedged: false, family: 'sign', refWindow: 6, forward: true, direct: true };
  }
  // "the first country to provide security guarantees": an ordinal signatory
  if (PROVIDE.has(x) && w[k - 1] === 'to' && ordinalHeadBefore(w, k)) {
    return { at: at[k]!, status: 'signed', hedged: false, family: 'sign', refWindow: 6, forward: true, direct: true };
  }
  return undefined;
}

/** modifiers between "follows" and an agreement noun: "similar accords", "the earlier bilateral deals" */
const FOLLOWED_MODIFIERS = wordSet('the a an similar earlier previous prior comparable analogous such security bilateral ten 10 year');
const FOLLOWED_NOUNS = wordSet('agreements agreement accords accord deals deal pacts pact documents document');

/** The agreement noun a few words before the verb at k, its subject ("The Dutch deal follows"); else -1. */
function followingNounBefore(w: readonly string[], k: number): number {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (FOLLOWED_NOUNS.has(w[j]!)) return j;
  return -1;
}

/** after "follow(s)" at k: a few modifiers, an agreement noun, then "with" ("follows similar accords with X") */
function agreementsWithAfter(w: readonly string[], k: number): boolean {
  let j = k + 1;
  while (j < w.length && j <= k + 4 && FOLLOWED_MODIFIERS.has(w[j]!)) j++;
  return FOLLOWED_NOUNS.has(w[j] ?? '') && w[j + 1] === 'with';
}

/** "as did Trudeau", "so did the Dutch", "so did all five Nordic countries", "so did the three Baltic states": a name after "did" */
function namedAfterDid(toks: readonly Token[], w: readonly string[], at: readonly number[], k: number): boolean {
  let j = k + 1;
  if (w[j] === 'all' || w[j] === 'both') j++;
  if (w[j] === 'the') j++;
  if (j > k + 1 && SERIES_COUNT.has(w[j] ?? '')) j++;
  return toks[at[j] ?? -1]?.cap === true;
}

/**
 * The status of a signing told without a verb of signing that opens at word k (null: negated or conditional),
 * or undefined when the word opens no such cue.
 */
function toldSigning(w: readonly string[], k: number, clauseEndsBefore: (j: number) => boolean, capAt: (j: number) => boolean): Status | null | undefined {
  const x = w[k]!;
  const p1 = w[k - 1] ?? '';
  const future = (j: number): boolean => {
    const m = modalInClause(w, j, 4);
    return m === 'to' || (m !== null && MODAL_PLANNED.has(m));
  };
  const blocked = (j: number): boolean => negatedBefore(w, j, 3) || conditionalBefore(w, j, 3) || modalInClause(w, j, 2) === 'would';
  // "declined to do the same", "refused to follow suit", "refused on Thursday to go first": the infinitive of a
  // refusal is no plan; what is turned down is the signing the words stand for
  const ahead = (j: number): Status | undefined => (refusedTo(w, j) ? 'refused' : future(j) ? 'planned' : undefined);
  if ((x === 'went' || x === 'go' || x === 'goes') && w[k + 1] === 'first') {
    if (blocked(k)) return null;
    return x === 'went' ? 'signed' : (ahead(k) ?? (x === 'goes' ? 'signed' : undefined));
  }
  // "the UK, which was first on 12 January", "Britain was the first, in January": first in the series the text
  // tells, with nothing after it but a time (not "was the first to send tanks", "was first among equals")
  if (x === 'first' && (p1 === 'was' || (p1 === 'the' && w[k - 2] === 'was')) && (clauseEndsBefore(k + 1) || /^(?:on|in)$/.test(w[k + 1] ?? ''))) {
    return blocked(k) ? null : 'signed';
  }
  if (x === 'turn' && p1 === 's' && w.slice(Math.max(0, k - 6), k).includes('was')) return blocked(k) ? null : 'signed';
  if (x === 'turn' && p1 === 's' && w.slice(Math.max(0, k - 6), k).some((y) => y === 'is' || y === 'will')) return 'planned';
  if (x === 'suit' && (p1 === 'followed' || p1 === 'follow' || p1 === 'follows')) {
    if (blocked(k - 1)) return null;
    return p1 === 'followed' ? 'signed' : ahead(k - 1);
  }
  const form = DO_FORMS.get(x);
  if (form && (w[k + 1] === 'so' || (w[k + 1] === 'the' && w[k + 2] === 'same' && !/^(?:day|thing|way|time|week|month|year)$/.test(w[k + 3] ?? '')))) {
    // "Greece joined the G7 declaration, one of the first to do so": what is done again is that other act
    if (otherActBefore(w, k)) return undefined;
    if (blocked(k)) return null;
    if (form === 'past') return p1 === 'would' || (p1 === 'have' && (w[k - 2] === 'would' || w[k - 2] === 'to' || w[k - 2] === 'will')) ? null : 'signed';
    if (p1 === 'did' || p1 === 'also' && w[k - 2] === 'did') return 'signed';
    // "became the first non-G7 state to do so": an ordinal signatory
    if (p1 === 'to' && ordinalHeadBefore(w, k)) return modalInClause(w, k - 2, 6) === 'will' ? 'planned' : 'signed';
    return ahead(k);
  }
  // "Copenhagen and Helsinki got theirs done months ago", "Oslo will get its own done in May": the subject's own
  // agreement finished; "Only London, Berlin and Paris got there before Copenhagen", "Britain got there first":
  // ahead in the series of signings (a place reached is no signing: "got there by train")
  const get = GET.get(x);
  if (get) {
    const own = OWN_PRONOUNS.has(w[k + 1] ?? '') ? k + 2 : POSSESSIVE_PRONOUNS.has(w[k + 1] ?? '') && w[k + 2] === 'own' ? k + 3 : -1;
    const done = own > 0 && w[own] === 'done';
    const ahead = w[k + 1] === 'there' && (w[k + 2] === 'first' || ((w[k + 2] === 'before' || (w[k + 2] === 'ahead' && w[k + 3] === 'of')) && capAt(w[k + 2] === 'ahead' ? k + 4 : k + 3)));
    if (!done && !ahead) return undefined;
    if (blocked(k)) return null;
    return get === 'past' ? 'signed' : future(k) ? 'planned' : undefined;
  }
  // "Luxembourg and Romania joined the list", "Malta will join the ranks of the signatories", "Croatia and
  // Greece added theirs in October": a signatory joining those before it, of the agreement the text is about
  const join = JOIN.get(x);
  const add = ADD.get(x);
  const listEnd = join && w[k + 1] === 'the' && SIGNERS_SET.has(w[k + 2] ?? '') ? k + 3 : add ? ownSigningEnd(w, k + 1) : -1;
  const tenseOf = join ?? add;
  if (tenseOf && listEnd > 0) {
    // ("joined the list of countries recognising ...": a list of something else)
    const end = w[listEnd] === 'of' && (SIGNER_NOUNS.has(w[listEnd + 1] ?? '') || (w[listEnd + 1] === 'the' && SIGNER_NOUNS.has(w[listEnd + 2] ?? ''))) ? listEnd + (w[listEnd + 1] === 'the' ? 3 : 2) : listEnd;
    if (!clauseEndsBefore(end) && !TIME_TAIL.has(w[end] ?? '') && w[end] !== 'at') return undefined;
    if (blocked(k)) return null;
    if (tenseOf === 'past') return 'signed';
    return future(k) ? 'planned' : undefined;
  }
  // "Hungary and Slovakia have refused to join", "declined to join them": joining, with nothing joined named, is
  // joining the signatories the text told of; refusing it is refusing to sign
  if (join === 'base' && ahead(k) === 'refused' && (clauseEndsBefore(k + 1) || (/^(?:them|in)$/.test(w[k + 1] ?? '') && clauseEndsBefore(k + 2)))) {
    return 'refused';
  }
  // "Next came Croatia on 9 October", "Greece came next", "the last two came in quick succession: Croatia and
  // Greece": members of the series of signings told by their place in it
  const came = CAME.get(x);
  const counted = SERIES_COUNT.has(p1) && /^(?:last|first|next|latest|final)$/.test(w[k - 2] ?? '') || (p1 === 'more' && SERIES_COUNT.has(w[k - 2] ?? ''));
  // ("Next came a visit by Macron": inverted, the name must follow the verb)
  const inverted = p1 === 'next' && capAt(k + 1);
  // (the past of a plain sequence, "Then came Denmark", "Sweden came next", is cameInSequence's)
  if (came && (counted || (came !== 'past' && (w[k + 1] === 'next' || inverted)))) {
    if (blocked(k)) return null;
    return came === 'past' ? 'signed' : future(k) || (came === 'pres3' && w[k + 1] === 'next') ? 'planned' : undefined;
  }
  if (BECOME.has(x) && w[k + 1] === 'the' && (ORDINAL.test(w[k + 2] ?? '') || w[k + 2] === 'next')) {
    // "became the seventh country to join NATO", "the next NATO secretary-general": some other act or role
    const end = ORDINAL_HEADS.has(w[k + 3] ?? '') || w[k + 3] === 'signatory' ? k + 4 : k + 3;
    // ("the next signatory later this month": a signatory is one of ours whatever time phrase follows it)
    // ("the newest signatory of a bilateral security deal": a signatory of the agreement the phrase names)
    if (!clauseEndsBefore(end) && !(w[k + 3] === 'signatory' && (TIME_TAIL.has(w[end] ?? '') || signatoryOfAgreement(w, end)))) return undefined;
    if (blocked(k)) return null;
    if (x === 'became') return 'signed';
    return future(k) || w[k + 2] === 'next' ? 'planned' : x === 'becomes' ? 'signed' : undefined;
  }
  return undefined;
}

/** "of a bilateral security deal", "to such a pact": the agreement a signatory signed, within a few words */
function signatoryOfAgreement(w: readonly string[], i: number): boolean {
  if (w[i] !== 'of' && w[i] !== 'to') return false;
  for (let j = i + 1; j < w.length && j <= i + 5; j++) if (AGREEMENT_SUBJECT.has(w[j]!) && w[j] !== 'ones') return true;
  return false;
}

/** "joined", "endorsed", "acceded to" earlier in the sentence, with no signing between it and word k. */
function otherActBefore(w: readonly string[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    if (/^sign/.test(w[j]!)) return false;
    // ("is due to address the cabinet on Friday, the first ... to do so": the same act still to come)
    if (otherAct(w[j]!) || visitStillToCome(w, j)) return true;
  }
  return false;
}

/**
 * "is due to address", "will visit", "is touring": the verb of an address or a visit at word j, in a form that only
 * a verb has (the bare form after "to" or a modal, the "-ing" form after "be"); "a tour that netted Spain" is a noun
 * (and "may" is left out: "a late-May tour").
 */
function visitStillToCome(w: readonly string[], j: number): boolean {
  const x = w[j]!;
  if (/^(?:address|visit|tour)$/.test(x)) return /^(?:to|will|would|shall|can|could|might|ll)$/.test(w[j - 1] ?? '');
  if (/^(?:addressing|visiting|touring)$/.test(x)) return /^(?:is|are|was|were|be|been)$/.test(w[j - 1] ?? '');
  return false;
}

/** quantifiers of agreements beyond the ones told ("more deals", "further agreements", "another pact") */
const MORE = wordSet('more further other additional another');

/** "more agreements could follow", "further deals are expected to follow": the subject of "follow" at word k. */
function moreAgreementsBefore(w: readonly string[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && j >= k - 4 && /^(?:to|expected|set|likely|due|are|will|could|may|might|soon|should|would|be)$/.test(w[j]!)) j--;
  if (!AGREEMENT_SUBJECT.has(w[j] ?? '') || w[j] === 'ones') return false;
  for (let i = j - 1; i >= 0 && i >= j - 3; i--) {
    if (MORE.has(w[i]!)) return true;
    if (!/^(?:security|bilateral|such|similar|long-term|ten-year)$/.test(w[i]!)) return false;
  }
  return false;
}

/** A verb of an act other than signing that a follower may repeat. */
function otherAct(x: string): boolean {
  if (/^(?:joined|joins|join|endorsed|endorses|acceded|accedes|adopted)$/.test(x)) return true;
  // ("Germany delivered a Patriot system, and Italy could follow": a delivery or a pledge is what is followed)
  if (/^(?:delivered|delivers|sent|sends|pledged|pledges|supplied|supplies|donated|donates|imposed|imposes)$/.test(x)) return true;
  // ("addressed Starmer's cabinet on Friday, the first foreign leader to do so": a visitor's act, an address or a
  // visit, is what the first one did)
  return /^(?:addressed|addresses|visited|visits|toured|tours)$/.test(x);
}

/** A noun of signings earlier in the sentence than word k ("a wave of signatures", "the signings"), no other act after it. */
function signingNounBefore(w: readonly string[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    if (/^(?:signatures|signings|signing|signature)$/.test(w[j]!)) return true;
    if (/^sign/.test(w[j]!) || otherAct(w[j]!)) return false;
  }
  return false;
}

/** texts with signatories of their own */
const OTHER_TEXTS = /\b(?:declaration|declarations|communiqu\w*|charter|memorandum|convention|treaty|statement|letter|petition|appeal)\b/;

/** "signatories, including", "signatories such as", "signatories like": a list of signers follows. */
function signatoriesListAt(toks: readonly Token[], w: readonly string[], at: readonly number[], k: number): boolean {
  const n = w[k + 1] ?? '';
  if (n === 'such' && w[k + 2] === 'as') return true;
  if (n !== 'including' && n !== 'like') return false;
  // (", including": the comma right after the noun, or nothing between them)
  return toks.slice(at[k]! + 1, at[k + 1]!).every((t) => t.text === ',');
}

/** sequence adverbs of a list of events ("then came", "came next") */
const SEQUENCE = wordSet('then next later afterwards subsequently');

/**
 * "Then came Denmark and Italy" (the adverb first, the names right after "came", not a possessor: "then came
 * Macron's visit" is another event) or "Sweden came next", "Norway came second" (the adverb or ordinal after).
 */
function cameInSequence(toks: readonly Token[], w: readonly string[], at: readonly number[], k: number): boolean {
  // ("The British document came first": the agreement of a party named by its adjective, as its subject)
  if (ORDINAL.test(w[k + 1] ?? '') || SEQUENCE.has(w[k + 1] ?? '')) return k > 0 && (toks[at[k - 1]!]!.cap || (AGREEMENT_SUBJECT.has(w[k - 1]!) && w[k - 1] !== 'ones'));
  // "Finland came in early April", "Latvia came a week later": a named subject and only a time after the verb
  if (timeOfSequenceAt(w, k + 1)) return namedSubjectBefore(toks, w, at, k);
  // "Washington and Tokyo came on board at the G7", "Oslo came aboard in May": named states joining the series
  if ((w[k + 1] === 'on' && w[k + 2] === 'board') || w[k + 1] === 'aboard') return namedSubjectBefore(toks, w, at, k);
  if (!SEQUENCE.has(w[k - 1] ?? '') && !orderPhraseBefore(toks, w, at, k)) return false;
  return namesRightAfter(toks, at, k);
}

/** A name right after word k ("came Denmark", "brought the Netherlands"), not a possessor ("came Macron's visit"). */
function namesRightAfter(toks: readonly Token[], at: readonly number[], k: number): boolean {
  let i = at[k]! + 1;
  if (toks[i]?.lower === 'the') i++;
  if (!toks[i]?.word || !toks[i]!.cap) return false;
  while (toks[i]?.word && toks[i]!.cap) i++;
  return !/^['’]$/.test(toks[i]?.text ?? '');
}

/** stretches of time that may be the subject of what they "brought" */
const TIME_NOUNS = wordSet('spring summer autumn fall winter month months week weeks year');
/** words before such a subject that keep it a time ("the following month", "early spring", "late 2024") */
const TIME_DETERMINERS = wordSet('the next following same early late that this');

/**
 * "The spring brought Finland, Latvia and Spain", "March brought the Netherlands": a stretch of time that opens
 * its clause as the subject of "brought", with the names it brought after it.
 */
function timeBroughtNames(toks: readonly Token[], w: readonly string[], at: readonly number[], k: number): boolean {
  let j = k - 1;
  if (j < 0 || !(TIME_NOUNS.has(w[j]!) || (MONTHS.has(w[j]!) && toks[at[j]!]!.cap && w[j] !== 'may'))) return false;
  while (j > 0 && TIME_DETERMINERS.has(w[j - 1]!)) j--;
  const opens = j === 0 || toks.slice(at[j - 1]! + 1, at[j]!).some((t) => !t.word) || SEQUENCE.has(w[j - 1]!) || w[j - 1] === 'and';
  return opens && namesRightAfter(toks, at, k);
}

/** the words that open a phrase of those before in a series: "after London", "following the UK" */
const ORDER_OPENERS = wordSet('after following');

/**
 * "After London came Berlin and Paris", "Following Britain and Germany came France": a phrase naming the ones
 * before opens the clause right before "came", standing where a sequence adverb does ("Then came ...").
 */
function orderPhraseBefore(toks: readonly Token[], w: readonly string[], at: readonly number[], k: number): boolean {
  let j = k - 1;
  if (j < 0 || !toks[at[j]!]!.cap) return false;
  while (j >= 0 && !ORDER_OPENERS.has(w[j]!) && (toks[at[j]!]!.cap || w[j] === 'and' || w[j] === 'the')) j--;
  if (j < 0 || !ORDER_OPENERS.has(w[j]!)) return false;
  // (the phrase opens its sentence or a clause after a punctuation mark: not "the talks after London came ...")
  return j === 0 || toks.slice(at[j - 1]! + 1, at[j]!).some((t) => !t.word);
}

/** the names of parts of a month ("early April", "the end of May", "mid-April") */
const MONTH_PARTS = wordSet('early mid late end start beginning middle close');
const TIME_COUNTS = wordSet('a one two three four five six few several');

/**
 * A time and nothing else after "came": "in (early) April", "in mid-April", "at the end of May", "on 3 April",
 * "on the 27th", "a week later", "days later" (not "came in person", "came to Kyiv", "came under pressure").
 */
export function timeOfSequenceAt(w: readonly string[], j: number): boolean {
  const p = w[j] ?? '';
  let x = j + 1;
  if (p === 'in' || p === 'at' || p === 'on') {
    if (w[x] === 'the') x++;
    if (MONTH_PARTS.has(w[x] ?? '')) x += w[x + 1] === 'of' ? 2 : 1;
    return MONTHS.has(w[x] ?? '') || (p === 'on' && /^\d{1,2}(?:st|nd|rd|th)?$/.test(w[x] ?? ''));
  }
  if (TIME_COUNTS.has(p) || /^(?:days|weeks|hours)$/.test(p)) {
    const unit = TIME_COUNTS.has(p) ? w[j + 1] ?? '' : p;
    return /^(?:day|days|week|weeks|hours)$/.test(unit) && w[TIME_COUNTS.has(p) ? j + 2 : j + 1] === 'later';
  }
  return false;
}

/**
 * The words right before "came" are a name (or a list of names) that opens its clause: "Finland came", "The
 * Netherlands and Latvia came", not "aid from Germany came" (a name that is some other phrase's object).
 */
function namedSubjectBefore(toks: readonly Token[], w: readonly string[], at: readonly number[], k: number): boolean {
  let j = k - 1;
  // ("Italy's came on 24 February": the owner of one of the agreements)
  if (w[j] === 's' && /^['’]$/.test(toks[at[j]! - 1]?.text ?? '')) j--;
  if (j < 0 || !toks[at[j]!]!.cap) return false;
  while (j >= 0 && (toks[at[j]!]!.cap || w[j] === 'and' || w[j] === 'the')) j--;
  return j < 0 || toks.slice(at[j]! + 1, at[j + 1]!).some((t) => !t.word) || SEQUENCE.has(w[j]!) || w[j] === 'then';
}

/** After "added": "theirs", "its own (agreement)", "their signatures", "its name"; the word after it, else -1. */
function ownSigningEnd(w: readonly string[], j: number): number {
  if (/^(?:theirs|ours|hers)$/.test(w[j] ?? '')) return j + 1;
  if (!/^(?:its|their|our|his|her)$/.test(w[j] ?? '')) return -1;
  // ("added their own agreements": the agreement noun after "own" is the pronoun's head, spelled out)
  if (w[j + 1] === 'own') return isAgreementNoun(w[j + 2] ?? '') ? j + 3 : j + 2;
  return /^(?:signature|signatures|name|names)$/.test(w[j + 1] ?? '') ? j + 2 : -1;
}
