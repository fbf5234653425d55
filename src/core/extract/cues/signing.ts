import { isAgreementNoun } from '../kind.js';
import type { Token } from '../tokens.js';
import { classifyForeign, FOREIGN_PLANNED, FOREIGN_SIGNED } from './foreign.js';
import { IDIOM_VERB_WORDS, idiomAt, idiomForm } from './idioms.js';
import { negatedBefore, negatedOutsideAside } from './negation.js';
import { objectlessAfter } from './objectless.js';
import { conditionalBefore, futureFrameAfter, MODAL_HEDGED, MODAL_PLANNED, modalInClause, pastPlanBefore, pluperfectPlanBefore, reportedBefore } from './modality.js';
import { participleClauseStatus } from './participle.js';
import { signingNounPlan, signingReadied } from './signing-noun.js';
import { infinitiveReading, negatedPlan } from './plan.js';
import { formOf, SIGN_BASE, SIGN_GERUND, SIGN_IN_FORM, SIGN_PAST, SIGN_PRES3, VAGUE_SIGN } from './sign-verbs.js';
import { wordSet, type SignReading, type Trigger } from './trigger.js';

/** "no intention of signing": nouns of a plan that take a gerund */
const INTENT_NOUNS = wordSet('intention intentions plan plans desire wish');

/**
 * Verbs of signing (and the idioms that stand for them) and their status: the form of the verb and the few
 * words before it decide signed / planned / refused / blocked. "to sign" is read by plan.ts.
 */

const PEN = wordSet('pen pens penned');
const TOPIC_PREPOSITIONS = wordSet('about on regarding concerning over praising defending');

/** Does a preposition of topic come between word k and the next agreement noun? */
function topicBeforeAgreement(w: readonly string[], k: number): boolean {
  for (let j = k + 1; j < w.length && j <= k + 9; j++) {
    if (isAgreementNoun(w[j]!)) return false;
    if (TOPIC_PREPOSITIONS.has(w[j]!)) return true;
  }
  return false;
}

/** The signing cue that opens at word k, with the number of words it spans (an idiom spans several). */
export function signingCueAt(toks: readonly Token[], w: readonly string[], at: readonly number[], k: number): { trigger: Trigger; span: number } | null {
  const x = w[k]!;
  const idiom = idiomAt(w, k);
  const read = classifySign(toks, w, at, k, idiom) ?? classifyForeign(w, k);
  if (!read) return null;
  // "will sign no such agreement", "insists it will put its name to no bilateral agreement": a plan whose object
  // is denied is a refusal (a signing that "signed no" is none)
  const denied = read.status !== null && read.status !== 'refused' && deniedObjectAt(w, idiom === 0 ? k + 1 : w[k + idiom] === 'to' ? k + idiom + 1 : k + idiom) && !passiveBefore(w, k);
  const sign: SignReading = denied ? (read.status === 'planned' && !read.hedged ? { status: 'refused', hedged: false, undated: true } : { status: null, hedged: false }) : read;
  const vague = VAGUE_SIGN.has(x);
  // "strikes on the Houthis", "a strike against Kharkiv": the noun of an attack, not a deal struck
  if ((x === 'strike' || x === 'strikes') && ATTACK_AFTER.has(w[k + 1] ?? '')) return null;
  // "penned an op-ed about the agreement": a writer's pen has the agreement for a topic, not an object
  if (PEN.has(x) && topicBeforeAgreement(w, k)) return null;
  // "sealed a ten-year accord" governs what follows; "the agreement was forged on ..." what precedes
  // ("a similar deal struck by Britain", "the pact recently sealed with Oslo": a participle after its noun, a reduced
  // passive relative, likewise)
  const passive = /^(?:was|were|been|be|is|are|being)$/.test(w[k - 1] ?? '') || (vague && afterItsNoun(w, k));
  // "the agreement will be concluded for 10 years": a draft's term of validity, what it will say, not a plan
  if (passive && sign.status === 'planned' && idiom === 0 && termAfter(w, k + 1)) return null;
  // "added their signatures", "have now put pen to paper at the Élysée": an idiom with no agreement after it
  // "had already signed theirs", "signed its own in May": a possessive pronoun for an object is each party's own
  // agreement of the series the article is about, however far back it was named
  const own = idiom === 0 && ownPronounObject(toks, w, at, k);
  // "hosted a signing ceremony in Warsaw": the ceremony has no agreement after it either
  const ceremony = x === 'signing' && w[k + 1] === 'ceremony' && objectlessAfter(toks, w, at, k + 1);
  // "the signing could come after the summer", "announced the signing for June": the noun with no "of" complement is
  // the signing of the agreement told of, still to come
  const toldSigning = x === 'signing' && sign.status === 'planned' && /^(?:the|its|their)$/.test(w[k - 1] ?? '') && w[k + 1] !== 'of' && w[k + 1] !== 'ceremony' && !negatedBefore(w, k, 4);
  // "signing was also being prepared with Riga": a signing being readied, of the agreement told of, with or without
  // its determiner
  const readied = x === 'signing' && sign.status === 'planned' && w[k + 1] !== 'of' && signingReadied(w, k);
  const objectless = own || ceremony || toldSigning || readied || (idiom > 0 ? w.slice(k, k + idiom).some((y) => y.startsWith('signature')) || (w[k + 1] === 'pen' && objectlessAfter(toks, w, at, k + idiom - 1)) : !vague && objectlessAfter(toks, w, at, k));
  const trigger: Trigger = {
    at: at[k]!,
    status: sign.status,
    hedged: sign.hedged,
    family: 'sign',
    // a participle clause's agreement is its object, right after it ("signing separate agreements")
    refWindow: vague ? 9 : idiom > 0 ? 14 : sign.forward ? 10 : 40,
    ...((vague && !passive) || (idiom > 0 && !objectless && !strandedTo(toks, w, at, k, idiom)) || sign.forward ? { forward: true } : {}),
    ...(sign.barePresent ? { barePresent: true } : {}),
    ...(sign.present3 ? { present3: true } : {}),
    ...(objectless ? { objectless: true } : {}),
    ...(sign.undated ? { undated: true } : {}),
    ...(sign.datedFrom !== undefined ? { datedFrom: sign.datedFrom } : {}),
    ...(sign.aim ? { aim: true } : {}),
    ...(sign.series || own ? { series: true } : {}),
  };
  return { trigger, span: idiom > 0 ? idiom : 1 };
}

/**
 * "theirs", "ours", "its own", "their own (versions)", "one" right after the verb, with no noun after "own" or "one"
 * ("has signed one, too"; not "signed one of the largest arms deals").
 */
function ownPronounObject(toks: readonly Token[], w: readonly string[], at: readonly number[], k: number): boolean {
  if (/^(?:theirs|ours|hers)$/.test(w[k + 1] ?? '')) return true;
  if (w[k + 1] === 'one' && objectlessAfter(toks, w, at, k + 1)) return true;
  if (!/^(?:its|their|his|her|our)$/.test(w[k + 1] ?? '') || w[k + 2] !== 'own') return false;
  // ("signed their own versions within hours": a version of the agreement before; not "its own version of the declaration")
  const end = /^versions?$/.test(w[k + 3] ?? '') ? k + 3 : k + 2;
  return objectlessAfter(toks, w, at, end);
}

function classifySign(toks: readonly Token[], w: readonly string[], at: readonly number[], k: number, idiom: number): SignReading | null {
  const form = idiom > 0 ? idiomForm(w, k) : formOf(w[k]!);
  if (form === null) return null;
  // "hopes to conclude talks on its agreement": the talks are the object, a negotiation (talks.ts reads it)
  if (idiom === 0 && /^(?:talks|negotiations)$/.test(w[k + 1] === 'the' || w[k + 1] === 'its' || w[k + 1] === 'their' ? w[k + 2] ?? '' : w[k + 1] ?? '')) return null;
  // "Talks on the document with Kyiv concluded last week", "the negotiations were concluded": talks as the subject
  // of "conclude" ended, no signing
  if (idiom === 0 && /^conclud/.test(w[k]!) && talksSubjectBefore(toks, w, at, k)) return null;
  // the reading of a signing idiom is that of its verb in the same form
  return classifySignForm(toks, w, at, k, idiom > 0 ? SIGN_IN_FORM[form] : w[k]!);
}

function classifySignForm(toks: readonly Token[], w: readonly string[], at: readonly number[], k: number, x: string): SignReading | null {
  const p1 = w[k - 1] ?? '';
  const p2 = w[k - 2] ?? '';
  const p3 = w[k - 3] ?? '';
  if (!SIGN_PAST.has(x) && !SIGN_BASE.has(x) && !SIGN_PRES3.has(x) && !SIGN_GERUND.has(x)) return null;
  if (conditionalBefore(w, k, 3) && !pastWhenClause(w, k, x)) return { status: null, hedged: false };
  // "has not said whether his government will sign": an open question, however long its subject
  if (openQuestionBefore(w, k)) return { status: null, hedged: false };
  // "was expected to sign": a plan that fell through, unless it still lies ahead ("... before the end of the year")
  // ("a source said Tokyo was also expected to sign ... at the summit": the past of reported speech, still a plan)
  if (pastPlanBefore(w, k)) return (futureFrameAfter(toks, w, at, k) || backshiftedExpectation(w, k)) && !pluperfectPlanBefore(w, k) ? { status: 'planned', hedged: false } : { status: null, hedged: false };

  if (SIGN_PAST.has(x)) {
    if (negatedOutsideAside(toks, w, at, k, 4)) return { status: null, hedged: false };
    // "is concluded for ten years": a present passive with a term says what the text is, not that it was signed
    if (/^(?:is|are)$/.test(w[k - 1] ?? '') && termAfter(w, k + 1)) return { status: null, hedged: false };
    // "that was to have been concluded": a plan that fell through
    if (p1 === 'been' && p2 === 'have' && p3 === 'to') return { status: null, hedged: false };
    if (p1 === 'be' || p1 === 'being') {
      const m = modalInClause(w, k - 1, 3);
      if (m === 'would') return reportedBefore(w, k - 2) ? { status: 'planned', hedged: false } : { status: null, hedged: false };
      // "may be signed by the next government": a signer that does not exist yet, no plan of any party's
      if (futureSignerAfter(w, k)) return { status: null, hedged: false };
      // "should only be signed by a regular government", "can be concluded only after the elections": a condition
      // on the signing, said of no occasion
      if (m && MODAL_HEDGED.has(m) && onlyRestricted(w, k)) return { status: null, hedged: false };
      if (m && MODAL_HEDGED.has(m)) return { status: 'planned', hedged: true };
      return { status: 'planned', hedged: false };
    }
    if (p1 === 'would' || (p1 === 'have' && (p2 === 'would' || p2 === 'to'))) return { status: null, hedged: false };
    // "Warsaw wants its agreement signed before the summit": a wish for the agreement, a plan
    if (wantedSigned(w, k)) return { status: 'planned', hedged: false };
    return { status: 'signed', hedged: false };
  }
  if (SIGN_BASE.has(x)) {
    if (p1 === 'to') return infinitiveReading(toks, w, at, k);
    return baseReading(toks, w, at, k);
  }
  if (SIGN_PRES3.has(x)) {
    if (negatedBefore(w, k, 3) || notYetClauseBefore(w, k)) return { status: null, hedged: false };
    // headline present, "Japan signs its own accord with Ukraine", like "sign" after a plural subject
    return { status: 'signed', hedged: false, present3: true };
  }
  if (SIGN_GERUND.has(x)) return gerundReading(toks, w, at, k);
  return null;
}

/**
 * Adverbs news English puts between an auxiliary and its verb: "will tomorrow sign", "will soon ink",
 * "could formally conclude", "did finally sign", "to formally sign". The auxiliary before them decides the verb's reading.
 */
// ("will each sign", "will both sign": a distributive quantifier floated after the auxiliary)
const PREVERBAL_ADVERBS = wordSet('each both separately also soon tomorrow today tonight formally officially finally then now jointly likely probably reportedly eventually later personally shortly swiftly quickly already');

/** words that open a time phrase, and the words such a phrase is made of */
const TIME_OPENERS = wordSet('on in at next this later early by during within');
const TIME_PHRASE_WORDS = wordSet(`on in at next this later early by during within the a of end start beginning middle coming
  week weeks month months year days day weekend morning afternoon evening summer spring autumn winter
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december`);

/**
 * Word b ends a short time phrase ("on Tuesday", "next week", "later this month", "in mid-June") right after an
 * auxiliary: the auxiliary's index, else b. Only the auxiliaries of a plan or its hedge count ("will", "could").
 */
function auxiliaryBeforeTime(w: readonly string[], b: number): number {
  if (!TIME_PHRASE_WORDS.has(w[b] ?? '') && !/^\d{1,2}$/.test(w[b] ?? '')) return b;
  for (let m = b - 1; m >= 0 && m >= b - 4; m--) {
    const x = w[m]!;
    if (MODAL_PLANNED.has(x) || MODAL_HEDGED.has(x)) return TIME_OPENERS.has(w[m + 1]!) && m + 1 <= b ? m : b;
    if (!TIME_PHRASE_WORDS.has(x) && !/^\d{1,2}$/.test(x)) return b;
  }
  return b;
}

/** the occasion's nouns, and what befalls one that is off: "did not take place", "never happened", "was called off" */
const OCCASION_SUBJECTS = wordSet('signing ceremony it visit trip');
const UNDONE = wordSet('cancelled canceled scrapped shelved');

/**
 * "..., but the signing did not take place", "but the ceremony was cancelled", "but it never happened": after a
 * "but" later in the sentence, the planned occasion is said not to have come about.
 */
function planUndoneAfter(w: readonly string[], k: number): boolean {
  for (let j = k + 1; j < w.length && j <= k + 25; j++) {
    if (w[j] !== 'but') continue;
    let n = /^(?:the|that|this|its|their)$/.test(w[j + 1] ?? '') ? j + 2 : j + 1;
    if (!OCCASION_SUBJECTS.has(w[n] ?? '')) return false;
    n++;
    if (w[n] === 'ceremony') n++;
    const v = w.slice(n, n + 4);
    if ((v[0] === 'did' || v[0] === 'never') && v.includes('place') && v.includes('take')) return true;
    if (v[0] === 'never' && /^(?:happened|came|materiali[sz]ed)$/.test(v[1] ?? '')) return true;
    if (/^(?:did|does)$/.test(v[0] ?? '') && /^(?:not|n't)$/.test(v[1] ?? '') && /^(?:happen|materiali[sz]e|go)$/.test(v[2] ?? '')) return true;
    if (/^(?:was|were|has|had)$/.test(v[0] ?? '') && (UNDONE.has(v[1] ?? '') || (v[1] === 'been' && UNDONE.has(v[2] ?? '')) || (v[1] === 'called' && v[2] === 'off'))) return true;
    return false;
  }
  return false;
}

function baseReading(toks: readonly Token[], w: readonly string[], at: readonly number[], k: number): SignReading | null {
  let b = k - 1;
  while (b > 0 && b >= k - 3 && PREVERBAL_ADVERBS.has(w[b]!)) b--;
  // "will on Tuesday sign", "could next week ink", "will in June formally conclude": a time phrase between the
  // auxiliary and its verb, read past like an adverb
  b = auxiliaryBeforeTime(w, b);
  const p1 = w[b] ?? '';
  // a split infinitive, "is expected to formally sign": read as "to sign"
  if (p1 === 'to' && b < k - 1) return infinitiveReading(toks, w, at, b + 1);
  {
    if (negatedBefore(w, k, 3)) {
      // "did not sign": a refusal on the day; "will not sign (at the summit)": only a plan withdrawn;
      // "will not sign a security agreement": a refusal
      const before = w.slice(Math.max(0, k - 3), k);
      if (before.some((y) => y === 'did' || y === 'didn')) return { status: 'refused', hedged: false };
      if (before.some((y) => y === 'yet')) return { status: null, hedged: false };
      if (before.some((y) => y === 'will' || y === 'won' || y === 'would' || y === 'wouldn' || y === 'shall')) return negatedPlan(toks, w, at, k);
      return { status: null, hedged: false };
    }
    // "announced that it would sign ..., but the signing did not take place": a reported plan the sentence undoes
    if (p1 === 'would') return reportedBefore(w, b) && !planUndoneAfter(w, k) ? { status: 'planned', hedged: false } : { status: null, hedged: false };
    if (MODAL_PLANNED.has(p1)) return planUndoneAfter(w, k) ? { status: null, hedged: false } : { status: 'planned', hedged: false };
    if (MODAL_HEDGED.has(p1)) return { status: 'planned', hedged: true };
    if (p1 === 'did') return { status: 'signed', hedged: false };
    if (p1 === 'and' || p1 === 'then') {
      const m = modalInClause(w, k - 1, 10);
      if (m === 'would') return { status: null, hedged: false };
      if (m) return { status: 'planned', hedged: MODAL_HEDGED.has(m) };
    }
    if (notYetClauseBefore(w, k)) return { status: null, hedged: false };
    // headline present: "Ukraine and Romania sign security agreement"
    return { status: 'signed', hedged: false, barePresent: true };
  }
}

const EVENT_PAST = wordSet('ended closed culminated concluded finished began started opened wrapped peaked');
/** words of a signer's noun phrase between "with" and the gerund ("Spain's Prime Minister Pedro Sanchez") */
const SIGNER_WORDS = wordSet('the s and prime minister president premier chancellor leader leaders head government foreign his her their its');

function eventWithSigner(toks: readonly Token[], w: readonly string[], at: readonly number[], k: number): boolean {
  let j = k - 1;
  let capitals = 0;
  while (j >= 0 && j > k - 9 && w[j] !== 'with') {
    const cap = toks[at[j]!]!.cap;
    if (!cap && !SIGNER_WORDS.has(w[j]!)) return false;
    if (cap) capitals++;
    j--;
  }
  if (w[j] !== 'with' || capitals === 0) return false;
  // ("wrapped up with ...")
  const v = w[j - 1] === 'up' ? j - 2 : j - 1;
  return EVENT_PAST.has(w[v] ?? '');
}

/** "will / should be ready for signing", or "ready for signing by June / next week / soon": ahead in time. */
function readyAhead(w: readonly string[], k: number): boolean {
  if (w[k - 3] === 'be' && /^(?:will|should|would|could|may|might|shall)$/.test(w[k - 4] ?? '')) return true;
  // ("was ready for signing in May": a past state, not a plan)
  if (/^(?:was|were|been|had)$/.test(w[k - 3] ?? '')) return false;
  return /^(?:by|in|next|soon|within|before|shortly|later)$/.test(w[k + 1] ?? '');
}

/** verbs of reacting to an event that happened ("welcomes the signing", "hailed its signing") */
const REACTIONS = new Set(['welcome', 'welcomes', 'welcomed', 'welcoming', 'hail', 'hails', 'hailed', 'hailing', 'applaud', 'applauds', 'applauded', 'praised', 'praises', 'celebrated', 'celebrates', 'saluted', 'salutes', 'commended', 'commends']);

function gerundReading(toks: readonly Token[], w: readonly string[], at: readonly number[], k: number): SignReading | null {
  const p1 = w[k - 1] ?? '';
  const p2 = w[k - 2] ?? '';
  {
    const before = p1 === 'the' ? p2 : p1;
    if (before === 'after' || before === 'following' || before === 'upon' || before === 'since') return { status: 'signed', hedged: false };
    // "has no intention of signing", "had no plans of signing it": the negated plan of "no plans to sign"
    if (p1 === 'of' && INTENT_NOUNS.has(p2) && w[k - 3] === 'no') return negatedPlan(toks, w, at, k);
    if (/^(?:anticipated|upcoming|planned|expected|scheduled|forthcoming|imminent)$/.test(before)) return { status: 'planned', hedged: false };
    if (/^(?:possible|potential|future)$/.test(before)) return { status: 'planned', hedged: true };
    // "the visit ended with Spain's Pedro Sanchez signing an agreement", "the summit closed with Italy signing": an
    // event that ended (or began) with a party signing, the party named between "with" and the gerund
    if (eventWithSigner(toks, w, at, k)) return { status: 'signed', hedged: false, forward: true };
    // "should be ready for signing by the end of June", "will be ready for signature next week": a draft finished
    // for a signing still to come (a bare "is ready for signing" says no more than that the talks are done)
    if (p1 === 'for' && p2 === 'ready' && readyAhead(w, k)) return { status: 'planned', hedged: false };
    // "held a signing ceremony of agreement on security cooperation with Belgium": the ceremony took place
    // ("Tusk hosted a signing in Warsaw", "held the signing ceremony in Rome": the occasion, of the article's agreement)
    const hosted = (p1 === 'a' || p1 === 'the') && /^(?:held|hosted|attended|staged)$/.test(p2) && !negatedBefore(w, k - 2, 3);
    if (hosted && w[k + 1] === 'ceremony' && (p2 !== 'attended' || !objectlessAfter(toks, w, at, k + 1))) return { status: 'signed', hedged: false, ...(objectlessAfter(toks, w, at, k + 1) ? {} : { forward: true }) };
    // (a guest who "attended the signing" is no party of it: only the host's own signing stands alone)
    if (hosted && p2 !== 'attended' && objectlessAfter(toks, w, at, k)) return { status: 'signed', hedged: false };
    for (let j = k + 1; j < w.length && j <= k + 5; j++) {
      if (/^(?:set|scheduled|expected|due|planned|likely)$/.test(w[j]!) && w[j + 1] === 'to') return { status: 'planned', hedged: w[j] === 'likely' };
      // "the signing is scheduled for Thursday in Brussels"
      if (/^(?:set|scheduled|planned|slated)$/.test(w[j]!) && w[j + 1] === 'for' && /^(?:is|are|was|has|been)$/.test(w[j - 1] ?? '')) return { status: 'planned', hedged: false };
      if (w[j] === 'took' && w[j + 1] === 'place') return { status: 'signed', hedged: false };
    }
    // "a similar signing in Lisbon is also on the schedule", "the signing is planned": a signing ahead
    if (onScheduleAfter(toks, w, at, k)) return { status: 'planned', hedged: false };
    const noun = p1 === 'the' || p1 === 'its' || p1 === 'their' ? signingNounPlan(w, k) : null;
    if (noun) return { status: noun, hedged: false };
    // "the signing is being prepared", "preparations for the signing": an occasion being readied, still ahead
    if (signingReadied(w, k)) return { status: 'planned', hedged: false, forward: true };
    // "welcomes the signing of the agreement between Canada and Ukraine", "hailed its signing": a reaction to a
    // signing is to one that took place (not "would welcome the signing": a wish)
    if ((p1 === 'the' || p1 === 'its' || p1 === 'their') && REACTIONS.has(p2) && !/^(?:would|will|to|could|may|might|should)$/.test(w[k - 3] ?? '') && !negatedBefore(w, k - 2, 3)) return { status: 'signed', hedged: false, forward: true };
    // ", signing separate agreements in Berlin and Paris": the main clause's tense, the agreement after it
    const participle = participleClauseStatus(toks, w, at, k);
    if (participle) return { status: participle, hedged: false, forward: true };
    return null;
  }
}

/**
 * "said Tokyo was expected to sign": an expectation ("expected", "due", "scheduled", "set", not a lapsed "supposed"
 * or "hoped") put in the past by a verb of saying before it, with no contrast after it ("..., but it was delayed").
 */
function backshiftedExpectation(w: readonly string[], k: number): boolean {
  const e = w.slice(Math.max(0, k - 5), k).findIndex((y) => /^(?:expected|due|scheduled|set)$/.test(y));
  if (e < 0 || !reportedBefore(w, Math.max(0, k - 5) + e - 2)) return false;
  return !w.slice(k + 1).some((y) => y === 'but' || y === 'however' || y === 'instead');
}

/**
 * "before he puts his signature on it", "until they sign": a present tense after "before" / "until" and its
 * subject is a signing still to come, which the clause does not announce (the plan, if any, is said elsewhere).
 */
function notYetClauseBefore(w: readonly string[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    if (/^(?:before|until|till)$/.test(w[j]!)) return !(w[j + 1] ?? '').endsWith('ing');
  }
  return false;
}

/**
 * "pledged 30 jets when he signed the agreement", "as it did when Belgium inked its pact": "when" with a subject
 * and a past verb is the time of a signing that took place, not a condition ("when signed, it will ...").
 */
function pastWhenClause(w: readonly string[], k: number, x: string): boolean {
  if (!SIGN_PAST.has(x)) return false;
  const c = w.lastIndexOf('when', k - 1);
  if (c < 0 || c < k - 3 || c === k - 1) return false;
  // only the subject between: "when he", "when Belgium", "when the Belgian premier"
  return !w.slice(c + 1, k).some((y) => /^(?:is|are|was|were|be|been|being|has|have|had|will|would|if|unless|once)$/.test(y) || CONDITIONAL_OTHER.has(y));
}
const CONDITIONAL_OTHER = wordSet('if once unless whether until whenever');

/**
 * "whether" opening the clause of the verb at k, a subject and a modal between ("whether the new cabinet will sign",
 * "whether it will be signed"); or "when" asked or left unknown ("did not say when the agreement might be signed",
 * "it is unclear when and where it will be signed"): an open question, no plan.
 */
function openQuestionBefore(w: readonly string[], k: number): boolean {
  // (a participle is no verb of the question: "whether the document signed in Davos is included")
  const v = w[k - 1] === 'be' ? k - 2 : k - 1;
  if (!/^(?:will|would|can|could|should|shall|to|might|may)$/.test(w[v] ?? '')) return false;
  for (let j = v; j >= 0 && j >= k - 8; j--) {
    if (w[j] === 'whether') return true;
    if (w[j] === 'when') return askedWhen(w, j);
    if (/^(?:and|but|that|which|who|because|after|before)$/.test(w[j]!) && !(w[j] === 'and' && w[j - 1] === 'when')) return false;
  }
  return false;
}

/** words that take "when" as a question: saying, knowing, and what is not known ("did not say when", "it is unclear when") */
const ASK_WHEN = wordSet('say said says specify specified disclose disclosed reveal revealed indicate indicated know known knows clear unclear certain uncertain decided ask asked asking wonder');

/** "when" at word j opens a question: a verb of saying or knowing before it ("would not say exactly when"). */
function askedWhen(w: readonly string[], j: number): boolean {
  const i = w[j - 1] === 'exactly' ? j - 2 : j - 1;
  return ASK_WHEN.has(w[i] ?? '');
}

export const SIGNING_CUE_WORDS: readonly string[] = [...SIGN_PAST, ...SIGN_PRES3, ...SIGN_BASE, ...SIGN_GERUND, ...FOREIGN_SIGNED, ...FOREIGN_PLANNED, ...IDIOM_VERB_WORDS];

const FUTURE = /^(?:next|new|future|incoming|subsequent|successor)$/;
const OFFICE = /^(?:government|governments|cabinet|cabinets|parliament|president|prime|administration|coalition|leadership)$/;

/** "by the next (regular) government", "by a future cabinet": the passive's agent is an office yet to be filled. */
function futureSignerAfter(w: readonly string[], k: number): boolean {
  if (w[k + 1] !== 'by') return false;
  let j = k + 2;
  if (/^(?:the|a|an)$/.test(w[j] ?? '')) j++;
  if (!FUTURE.test(w[j] ?? '')) return false;
  return OFFICE.test(w[j + 1] ?? '') || OFFICE.test(w[j + 2] ?? '');
}

/** "should only be signed", "must be signed only by": "only" in the passive's verb group or right after it. */
function onlyRestricted(w: readonly string[], k: number): boolean {
  return w[k + 1] === 'only' || w.slice(Math.max(0, k - 3), k).includes('only');
}

const SCHEDULE_NOUNS = /^(?:schedule|agenda|cards|calendar)$/;

/**
 * "the signing (in Lisbon) is also on the schedule", "a signing with Oslo is planned": the noun's own copula
 * within a few words, then a plan that ends the clause (a day after it is the plan's, "planned for Friday").
 */
function onScheduleAfter(toks: readonly Token[], w: readonly string[], at: readonly number[], k: number): boolean {
  for (let j = k + 1; j < w.length && j <= k + 5; j++) {
    if (!/^(?:is|are)$/.test(w[j]!)) continue;
    let v = j + 1;
    while (/^(?:also|now|already|still)$/.test(w[v] ?? '')) v++;
    if (w[v] === 'on' && w[v + 1] === 'the' && SCHEDULE_NOUNS.test(w[v + 2] ?? '')) return true;
    if (/^(?:scheduled|planned|expected)$/.test(w[v] ?? '')) {
      const next = toks[at[v]! + 1];
      return next === undefined || /^[.,;]$/.test(next.text);
    }
    return false;
  }
  return false;
}

/** verbs of wanting an object done ("wants the text signed", "would like the deal concluded") */
const WANT = wordSet('wants want wanted hopes hope hoped expects expect expected like prefers prefer');

/**
 * "wants its agreement signed", "would like the document concluded": a verb of wanting, then the agreement (a
 * determiner and a few words) right before the participle at k.
 */
function wantedSigned(w: readonly string[], k: number): boolean {
  let j = k - 1;
  let noun = false;
  while (j >= 0 && k - j <= 7 && !WANT.has(w[j]!)) {
    // ("its agreement with Kyiv signed": the partner after "with")
    if (w[j - 1] === 'with') {
      j -= 2;
      continue;
    }
    if (isAgreementNoun(w[j]!) || w[j] === 'text' || w[j] === 'document') noun = true;
    else if (!/^(?:the|its|their|his|her|a|an|this|that|own|new|bilateral|security|final|ten-year)$/.test(w[j]!)) return false;
    j--;
  }
  return noun && j >= 0 && WANT.has(w[j]!);
}

/** what follows the noun of an attack ("strikes on", "a strike against", "strikes near") */
const ATTACK_AFTER = wordSet('on against at near across inside into targeting');

/** adverbs between a noun and its participle ("the deal recently struck") */
const PARTICIPLE_ADVERBS = wordSet('already recently just previously earlier jointly also');

/** Word k, a participle, right after an agreement noun (an adverb between): "a deal struck by Britain". */
function afterItsNoun(w: readonly string[], k: number): boolean {
  const j = PARTICIPLE_ADVERBS.has(w[k - 1] ?? '') ? k - 2 : k - 1;
  return j >= 0 && isAgreementNoun(w[j]!) && /^(?:by|with|in|on|last|earlier|at|between|during)$/.test(w[k + 1] ?? '');
}

const TALK_NOUNS = wordSet('talks negotiations negotiation consultations discussions');
/** words that show another clause or verb between the talks and "concluded" ("talks ended and Riga concluded") */
const CLAUSE_VERBS = /^(?:is|are|was|were|has|have|had|will|would|said|says|and|but|then|while|\w+ed)$/;

/**
 * The clause before word k opens with talks as its subject ("Talks on the text with Kyiv", "The negotiations"),
 * the words after them a modifier with no verb of its own (an auxiliary just before the verb is allowed).
 */
function talksSubjectBefore(toks: readonly Token[], w: readonly string[], at: readonly number[], k: number): boolean {
  let j = k - 1;
  if (/^(?:were|was|been|have|had|has|be)$/.test(w[j] ?? '')) j--;
  if (w[j] === 'been' || w[j] === 'have' || w[j] === 'had') j--;
  for (let n = 0; j >= 0 && n < 10; j--, n++) {
    if (TALK_NOUNS.has(w[j]!)) return true;
    if (CLAUSE_VERBS.test(w[j]!)) return false;
    // the clause opens at punctuation before word j
    if (toks.slice((at[j - 1] ?? -1) + 1, at[j]!).some((t) => !t.word && t.text !== '-' && t.text !== "'")) return false;
  }
  return false;
}

/**
 * A term of years right after the verb: "for 10 years", "for a period of ten years", "for a decade", "for a
 * ten-year term" (what the text says of itself, not when it is signed).
 */
function termAfter(w: readonly string[], i: number): boolean {
  if (w[i] !== 'for') return false;
  let j = i + 1;
  if (w[j] === 'a' || w[j] === 'the') j++;
  if (/^(?:period|term|duration)$/.test(w[j] ?? '') && w[j + 1] === 'of') j += 2;
  if (/^decades?$/.test(w[j] ?? '')) return true;
  if (!/^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|several|many|\d+-year|ten-year|five-year)$/.test(w[j] ?? '')) return false;
  return /^(?:years?|decades?|term|period)$/.test(w[j + 1] ?? '') || /-year$/.test(w[j] ?? '');
}

/** "was signed", "is to be signed": the verb is a passive, its object is no object */
function passiveBefore(w: readonly string[], k: number): boolean {
  return /^(?:was|were|been|be|is|are|being)$/.test(w[k - 1] ?? '');
}

/** "no agreement", "no such document" as the object at word j (not "no later than June", "no sooner"). */
function deniedObjectAt(w: readonly string[], j: number): boolean {
  return w[j] === 'no' && !/^(?:later|earlier|sooner|more|less|longer|fewer)$/.test(w[j + 1] ?? '');
}

/**
 * "the agreement Joe Biden put his name to in Apulia", "the pact that Tusk put his signature to": an idiom ending
 * in "to" with nothing after it is a relative clause's, its agreement the noun before it.
 */
function strandedTo(toks: readonly Token[], w: readonly string[], at: readonly number[], k: number, idiom: number): boolean {
  const to = w[k + idiom - 1] === 'to' ? k + idiom - 1 : w[k + idiom] === 'to' ? k + idiom : -1;
  return to > 0 && objectlessAfter(toks, w, at, to);
}
