import { isAgreementNoun } from '../kind.js';
import type { CueSentence } from './cue-sentence.js';
import { negatedBefore } from './negation.js';
import { talksGoOn } from './talks-under-way.js';
import { wordSet, type Trigger } from './trigger.js';
import { agreementAtStage, workOn, workWithProgress } from './work-on.js';
import { approvedBefore } from './approval.js';
import { readiesSigning } from './signing-noun.js';

/**
 * Negotiation cues: "negotiating", "talks on", "opened talks", "is being discussed", "work on a text". They
 * sit right next to the agreement they are about (a small window); "peace talks" and "accession negotiations"
 * are about something else.
 */
const NEGOTIATE = /^(?:negotiat\w*|prepar\w*|draft|drafting|drafted|finali[sz]\w*|finalizuj\p{L}*|verhandl\w*|verhandel\w*|négoci\w*|negozi\w*|negocia\p{L}*|negocjacj\w*|pogajanj\w*|negocier\w*|negocj\p{L}*|onderhandel\w*|förhandl\p{L}*|forhandl\p{L}*|vyjedn\p{L}*|переговор\p{L}*|перемовин\p{L}*)$/u;
/** the noun of talks in the other languages, and their word for "with" (topical talks: "Verhandlungen mit Italien") */
const FOREIGN_NEGOTIATIONS = /^(?:verhandlungen|négociations|negoziati|negociaciones|negociações|negocjacje|onderhandelingen|förhandlingar|forhandlinger|forhandlingene|förhandlingarna|vyjednávání|переговори|перемовини|переговоры|negocierile|negocieri|negociatat|negociata|pogajanja)$/u;
const FOREIGN_WITH = wordSet('mit avec con com met med z ze з із зі с со cu me');
/**
 * Between the noun of talks and its "with": a verb of going on and an adverb ("переговори тривають також зі
 * Сполученими Штатами", "die Verhandlungen laufen auch mit Italien", "les négociations se poursuivent avec",
 * "negocjacje trwają również z Estonią"): the talks are still with whoever follows.
 */
const FOREIGN_GO_ON = wordSet(`
  тривають тривали продовжуються ведуться ідуть идут продолжаются ведутся laufen liefen dauern continuent
  poursuivent se proseguono continuano sono in corso trwają toczą się continúan prosiguen continuam prosseguem lopen
  pågår fortsätter fortsetter pokračují probíhají також также теж auch noch aussi encore anche ancora także
  również też también também ook nog också også stále ще ещё вже уже
`);

/** Is a "with" at j, or after up to three going-on words from j? */
function foreignWithAfter(w: readonly string[], j: number): boolean {
  for (let d = 0; d <= 3; d++) {
    if (FOREIGN_WITH.has(w[j + d] ?? '')) return d === 0 || w.slice(j, j + d).every((y) => FOREIGN_GO_ON.has(y));
  }
  return false;
}
const DISCUSS = wordSet('discuss discussed discussing discussion discussions consultations consultation');
const TALKS = wordSet('talks gespräche pourparlers colloqui conversaciones conversações gesprekken samtal samtaler rozmowy rozhovory jednání розмови');
const TALK_PREPS = wordSet('on about over regarding concerning for über sur sobre om o про щодо');
/** "opened talks", "talks have started": talks begun */
const TALKS_OPENERS = wordSet('open opened opens opening start started starts starting begin began begun launch launched launches resume resumed formal bilateral');

export const TALKS_CUE_WORDS: readonly string[] = [...DISCUSS, ...TALKS, 'work', 'working', 'works', 'worked', 'stage', 'phase', 'touches', 'tuning'];

/**
 * Idioms of the last stage of drafting: "putting the finishing touches on a bilateral agreement", "adding the
 * final touches to the deal", "fine-tuning the text". The agreement follows.
 */
function finishingTouchAt(w: readonly string[], k: number): boolean {
  if (w[k] === 'tuning') return w[k - 1] === 'fine';
  if (w[k] !== 'touches' || !/^(?:finishing|final|last)$/.test(w[k - 1] ?? '')) return false;
  return /^(?:on|to)$/.test(w[k + 1] ?? '');
}
export const TALKS_CUE_STEMS: readonly string[] = ['negotiat', 'prepar', 'draft', 'finali', 'verhandl', 'verhandel', 'négoci', 'negozi', 'negocia', 'negocjacj', 'pogajanj', 'negocier', 'negocj', 'onderhandel', 'förhandl', 'forhandl', 'vyjedn', 'переговор', 'перемовин'];

/** talks on something else: "peace talks", "accession negotiations", "membership negotiations" */
const OTHER_TALKS_BEFORE = new Set(['peace', 'ceasefire', 'accession', 'membership']);

export function talksCue(s: CueSentence, k: number): Trigger | null | undefined {
  const { toks, w, at } = s;
  const x = w[k]!;
  if (NEGOTIATE.test(x)) {
    const prev = w[k - 1] ?? '';
    if (OTHER_TALKS_BEFORE.has(prev) || w[k + 1] === 'framework') return null;
    if (/^prepar/.test(x) && w[k + 1] === 'to') return null; // "preparing to sign" is the signing cue's business
    // "is expected to finalise its agreement at the summit", "the two will finalise the text on Friday": finishing
    // the text on a set occasion is the plan of its signing ("hoped to finalise it soon" is still talks)
    if (/^finali[sz]e$/.test(x) && finishingPlanned(w, k)) return { at: at[k]!, status: 'planned', hedged: false, family: 'sign', refWindow: 12, forward: true };
    // "the signing is being prepared", "preparing the signing": the occasion readied, the signing cue's plan
    if (/^prepar/.test(x) && readiesSigning(w, k)) return null;
    // "are expected to negotiate similar agreements in the coming months": talks foreseen, not under way (a blocked
    // cue still holds its party)
    if (x === 'negotiate' && w[k - 1] === 'to' && /^(?:expected|set|due|likely|going|poised)$/.test(w[k - 2] ?? '')) return { at: at[k]!, status: null, hedged: false, family: 'negotiate', refWindow: 12 };
    // "Moldova is not among the countries negotiating": talks denied (a blocked cue still holds its party)
    // ("has yet to start negotiations", "is yet to begin negotiating": talks still to come, the same)
    if (negatedOver(s, k, 5) || yetToBegin(s, k)) return { at: at[k]!, status: null, hedged: false, family: 'negotiate', refWindow: 12 };
    if (/^draft/.test(x) && /^(?:law|laws|bill|resolution|legislation|budget|decree)$/.test(w[k + 1] ?? '')) return null;
    // "cleared the draft agreement": the draft approved for signing (approval.ts), no longer talks
    if (/^drafts?$/.test(x) && approvedBefore(w, k)) return null;
    // "Negotiations on the text were completed during the summer": talks that are over (blocked, they hold their party)
    if (/^negotiation/.test(x) && (talksEnded(w, k + 1) || talksNotUnderWay(s, k))) return { at: at[k]!, status: null, hedged: false, family: 'negotiate', refWindow: 12 };
    // "negotiations with Ireland have begun", "has been negotiating with Kyiv since January"
    // ("negotiations are under way with the United States", "negotiations have begun": talks under way, like "talks")
    // ("laufen Verhandlungen mit Italien", "тривають переговори з Албанією", "negocjacje z Estonią": the same in the
    // other languages, the noun of talks and the word for "with")
    const topical = (((/^(?:negotiations|negotiating|negotiation)$/.test(x) && w[k + 1] === 'with') || (FOREIGN_NEGOTIATIONS.test(x) && foreignWithAfter(w, k + 1))) && !/^(?:held|hold|holds|holding|for)$/.test(w[k - 1] ?? '')) || (x === 'negotiations' && (talksGoOn(w, k + 1) || TALKS_OPENERS.has(w[k - 1] ?? '')));
    // "whose government is still negotiating one": a pronoun object, the agreement of the sentences before
    // ("Sweden and Norway are still negotiating theirs", "Oslo is negotiating its own", "Athens is still negotiating.":
    // a possessive pronoun or nothing at all as object, the same)
    // ("Oslo is still drafting its own", "finalising theirs": other verbs of talks on a text, the same)
    const pronoun = TALK_VERB_FORMS.test(x) && (pronounObject(s, k + 1) || (/^negotiat/.test(x) && clauseEndsAfter(s, k)));
    // "the text is still being finalised": a passive takes its draft before it
    const passive = /^(?:is|are|was|were|been|being|be)$/.test(w[k - 1] ?? '');
    // "The text had been negotiated by the ministries": talks finished before the story, a stage reached
    // (not "had been negotiated since March", still going on then)
    // ("The text was negotiated last year by the caretaker cabinet": a simple past passive, the same)
    const done = x === 'negotiated' && ((w[k - 1] === 'been' && w[k - 2] === 'had') || w[k - 1] === 'was' || w[k - 1] === 'were') && !/^(?:since|for)$/.test(w[k + 1] ?? '');
    if (done) return { at: at[k]!, status: 'negotiating', hedged: false, family: 'negotiate', refWindow: 12, passive, background: true };
    return { at: at[k]!, status: 'negotiating', hedged: false, family: 'negotiate', refWindow: 12, ...(topical ? { topical: true } : {}), ...(pronoun ? { objectless: true } : {}), ...(passive ? { passive } : {}) };
  }
  if (TALKS.has(x)) {
    const prev = w[k - 1] ?? '';
    if (OTHER_TALKS_BEFORE.has(prev)) return null;
    if (negatedBefore(w, k, 3)) return null;
    // "Sofia has yet to open formal talks": talks still to come (blocked, they hold their party)
    if (yetToBegin(s, k)) return { at: at[k]!, status: null, hedged: false, family: 'negotiate', refWindow: 10 };
    // "talks on the pact with Sofia collapsed": talks over, like negotiations (blocked, they hold their party)
    if (talksNotUnderWay(s, k) || talksEnded(w, k + 1)) return { at: at[k]!, status: null, hedged: false, family: 'negotiate', refWindow: 10 };
    // "talks on a security agreement", "talks with Canada on ...", "in talks" — not "held talks with X"
    let ok = prev === 'in';
    for (let j = k + 1; j < w.length && j <= k + 8 && !ok; j++) if (TALK_PREPS.has(w[j]!)) ok = true;
    // "have opened talks", "talks have also started with Chisinau": talks begun, about the article's agreement
    // "Athens is also in talks.": talks on nothing named are talks on what the article is about
    // "was holding similar talks with Spain": talks like the ones the article is about
    // "held another round of talks": rounds are a negotiation's, not a meeting's
    const round = prev === 'of' && /^(?:round|rounds)$/.test(w[k - 2] ?? '') && /^(?:another|new|next|latest|second|third|fourth|fifth|final|further|several)$/.test(w[k - 3] ?? '');
    // "the most advanced talks are with Germany and France": talks said to be with their parties
    const beWith = /^(?:is|are|were|was)$/.test(w[k + 1] ?? '') && w[k + 2] === 'with' && !/^(?:held|hold|holds|holding)$/.test(prev);
    const begun = beWith || round || SIMILAR.has(prev) || TALKS_OPENERS.has(prev) || TALKS_OPENERS.has(w[k - 2] ?? '') || talksGoOn(w, k + 1) || talksWithListGoOn(s, k) || (prev === 'in' && bareTalks(s, k));
    if (ok || begun) return { at: at[k]!, status: 'negotiating', hedged: false, family: 'negotiate', refWindow: 10, ...(begun ? { topical: true } : {}) };
    return null;
  }
  if (finishingTouchAt(w, k)) {
    if (negatedBefore(w, k, 5)) return null;
    return { at: at[k]!, status: 'negotiating', hedged: false, family: 'negotiate', refWindow: 10, forward: true };
  }
  // "a similar document with Greece was at an advanced stage": the agreement still in the making
  if ((x === 'stage' || x === 'phase') && agreementAtStage(w, k) && !negatedBefore(w, k, 6)) {
    return { at: at[k]!, status: 'negotiating', hedged: false, family: 'negotiate', refWindow: 12, passive: true };
  }
  const work = x === 'work' || x === 'working' || x === 'works' || x === 'worked';
  // "work with Canada was at an earlier stage": the work's progress, on what the article is about
  if (work && workWithProgress(s, k)) return { at: at[k]!, status: 'negotiating', hedged: false, family: 'negotiate', refWindow: 11, forward: true, topical: true };
  if (DISCUSS.has(x) || (work && workOn(toks, w, at, k))) {
    // "the Estonian draft is being discussed", "its text is under discussion": a passive takes its agreement before it
    const passive = /^(?:is|are|was|were|been|being|be|under)$/.test(w[k - 1] ?? '');
    // "no such document is currently being discussed": the subject of the passive is negated
    if (passive && noneDiscussed(w, k)) return null;
    // "the intergovernmental consultations with Kyiv": a standing format of government meetings, not talks on a text
    if (FORMAT_BEFORE.has(w[k - 1] ?? '')) return null;
    // "after consultations with the parliamentary parties": talks at home, on whether to sign, not with the hub
    if (w[k + 1] === 'with' && domesticBodyAt(w, k + 2)) return null;
    if (talksNotUnderWay(s, k)) return { at: at[k]!, status: null, hedged: false, family: 'negotiate', refWindow: 11 };
    // ("held joint government consultations with Kyiv": a meeting held, whatever its modifiers, not talks on a text)
    // ("Consultations are also under way with Canada", "discussions have begun with Rome": talks said to go on, on
    // what the article is about, like "negotiations are under way")
    const noun = ((x === 'consultations' || x === 'consultation') && w[k + 1] === 'with' && !heldBefore(w, k)) || (PLURAL_TALK_NOUNS.has(x) && !passive && talksGoOn(w, k + 1) && !heldBefore(w, k));
    // "Norway is still working on its own": a pronoun for the agreement of the sentences before
    const pronoun = work && w[k + 1] === 'on' && pronounObject(s, k + 2);
    return { at: at[k]!, status: 'negotiating', hedged: false, family: 'negotiate', refWindow: 11, ...(passive ? { passive } : { forward: true }), ...(noun ? { topical: true } : {}), ...(pronoun ? { objectless: true } : {}) };
  }
  return undefined;
}

/** words of a plan before "to finalise" ("expected to", "set to", "plans to") */
const PLAN_TO = wordSet('expected set due scheduled slated poised planned plan plans planning');

/** "is expected to finalise", "plans to finalise", "will finalise": the finishing of word k is planned. */
function finishingPlanned(w: readonly string[], k: number): boolean {
  if (w[k - 1] === 'will') return !negatedBefore(w, k, 2);
  return w[k - 1] === 'to' && PLAN_TO.has(w[k - 2] ?? '') && !negatedBefore(w, k - 2, 3);
}

/** a state's own political bodies, as the other side of talks ("consultations with the parliamentary parties") */
const DOMESTIC_BODIES = wordSet('parties parliament lawmakers legislators factions mps deputies opposition coalition');
const DOMESTIC_MODIFIERS = wordSet('the its his her their parliamentary political ruling governing main all leading');

/** The words from j are a state's own political bodies ("the parliamentary parties", "lawmakers"). */
function domesticBodyAt(w: readonly string[], j: number): boolean {
  for (let i = j; i < w.length && i <= j + 3; i++) {
    if (DOMESTIC_BODIES.has(w[i]!)) return true;
    if (!DOMESTIC_MODIFIERS.has(w[i]!)) return false;
  }
  return false;
}

const SIMILAR = wordSet('similar parallel such comparable');
/** nouns of talks that may be said to go on ("consultations are under way") */
const PLURAL_TALK_NOUNS = wordSet('consultations discussions');
/** verbs of holding a meeting, and "for" ("a mandate for consultations with"): no talks under way */
const HOLD = wordSet('held hold holds holding for');
/** modifiers of a meeting's name between "held" and its noun ("held joint government consultations") */
const MEETING_MODIFIERS = wordSet('a an the their its joint government governmental intergovernmental inter-governmental bilateral annual regular first second fresh separate informal high-level');

/** "held consultations", "held joint government consultations": a verb of holding before the noun at word k, across its modifiers. */
function heldBefore(w: readonly string[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    if (HOLD.has(w[j]!)) return true;
    if (!MEETING_MODIFIERS.has(w[j]!)) return false;
  }
  return false;
}
/** verb forms of talks on a text that may take a pronoun for the agreement as object */
const TALK_VERB_FORMS = /^(?:negotiat(?:e|es|ed|ing)|draft(?:s|ed|ing)?|prepar(?:e|es|ed|ing)|finali[sz](?:e|es|ed|ing))$/;
/** possessive pronouns that stand for an agreement named before ("theirs", "its own") */
const POSSESSIVE = wordSet('theirs ours hers his yours mine');
const OWN_OWNERS = wordSet('its their his her our your');

/** "one", "theirs", "its own" as a whole object at word j: the agreement of the sentences before. */
function pronounObject(s: CueSentence, j: number): boolean {
  const { toks, w, at } = s;
  const n = w[j] === 'one' || POSSESSIVE.has(w[j] ?? '') ? j : OWN_OWNERS.has(w[j] ?? '') && w[j + 1] === 'own' ? j + 1 : -1;
  return n >= 0 && !(toks[at[n]! + 1]?.word ?? false);
}

/** The verb at word k (after an optional "still") ends its clause: "Athens is still negotiating." */
function clauseEndsAfter(s: CueSentence, k: number): boolean {
  const { toks, at } = s;
  const next = toks[at[k]! + 1];
  return next === undefined || next.text === '.' || next.text === ';';
}
/** words that may stand between the verb that opens talks and their noun ("open formal talks", "start any negotiations") */
const TALKS_MODIFIERS = wordSet('formal official bilateral any such the its their substantive detailed');

/**
 * "has yet to open formal talks", "is yet to begin negotiating", "have still to start negotiations": the verb that
 * would open the talks at word k is itself still to come, so no talks are under way.
 */
function yetToBegin(s: CueSentence, k: number): boolean {
  const { toks, w, at } = s;
  let j = k - 1;
  while (j >= 0 && j >= k - 3 && TALKS_MODIFIERS.has(w[j]!)) j--;
  // (in one clause: "talks with Greece have yet to begin; negotiations with Ireland go on" is two)
  if (j < 0 || toks.slice(at[j]! + 1, at[k]!).some((t) => !t.word)) return false;
  return (BEGIN.has(w[j] ?? '') || w[j] === 'launch') && w[j - 1] === 'to' && /^(?:yet|still)$/.test(w[j - 2] ?? '');
}

const ENDED = wordSet('completed concluded finished ended over');
const FORMAT_BEFORE = wordSet('intergovernmental inter-governmental annual regular');
const BEGIN = wordSet('start started starting begin begun began commence commenced open opened resume resumed');
const MAYBE = wordSet('possible conceivable');
const HELD = wordSet('conducted held ongoing underway happening continuing');

/**
 * Talks said not to be under way, later in their clause: "negotiations with Poland, by contrast, have not
 * started", "talks have yet to begin", "talks on a text are possible, but no timetable exists".
 */
function talksNotUnderWay(s: CueSentence, k: number): boolean {
  const { toks, w, at } = s;
  for (let j = k + 1; j < w.length && j <= k + 12; j++) {
    const x = w[j]!;
    if (x === 'but' || x === 'while' || x === 'whereas') return false;
    if (BEGIN.has(x) && (negatedBefore(w, j, 2) || (w[j - 1] === 'to' && w[j - 2] === 'yet'))) return true;
    if (MAYBE.has(x) && /^(?:is|are|were|was|be|remain|remains)$/.test(w[j - 1] ?? '')) return true;
    // "discussions on a text were a matter for the government": a deflection, no report that talks go on
    if (x === 'matter' && w[j + 1] === 'for' && w[j - 1] === 'a' && /^(?:is|are|were|was|remain|remains)$/.test(w[j - 2] ?? '')) return true;
    // "the negotiations with it are currently not conducted", "talks are no longer held"
    if (HELD.has(x) && (negatedBefore(w, j, 2) || (w[j - 1] === 'longer' && w[j - 2] === 'no'))) return true;
    // stop at the end of the clause (an aside between commas is skipped: ", by contrast,")
    if (toks.slice(at[j]! + 1, at[j + 1] ?? toks.length).some((t) => t.text === ';' || t.text === '.')) return false;
  }
  return false;
}

/** verbs of talks that came to nothing, active: "collapsed", "broke down", "fell through" */
const FAILED = wordSet('collapsed foundered failed');
const FELL = wordSet('broke broken fell fallen');

/**
 * "were completed", "have been concluded" within a few words after the talks (word j on); or talks that failed:
 * "negotiations with Sofia collapsed", "had broken down", "fell through" (not "failed to produce a text": a
 * setback of talks still going on).
 */
function talksEnded(w: readonly string[], j: number): boolean {
  for (let i = j; i < w.length && i <= j + 8; i++) {
    if (ENDED.has(w[i]!) && /^(?:was|were|been|are|is)$/.test(w[i - 1] ?? '')) return true;
    if (FAILED.has(w[i]!) && w[i + 1] !== 'to') return true;
    if (FELL.has(w[i]!) && /^(?:down|through|apart)$/.test(w[i + 1] ?? '')) return true;
  }
  return false;
}

/**
 * A negation within `span` words before word k with no "but" / "and" in between ("has not signed but is
 * negotiating"). Across a comma only a negation right before an aside counts ("is not, for now, negotiating"):
 * in "Iceland, which has no armed forces, is also preparing" the relative clause's negation is not the verb's.
 */
function negatedOver(s: CueSentence, k: number, span: number): boolean {
  const { toks, w, at } = s;
  const commaAfter = (j: number): boolean => toks.slice(at[j]! + 1, at[j + 1]!).some((t) => t.text === ',');
  let crossed = false;
  for (let j = k - 1; j >= 0 && j >= k - span; j--) {
    if (w[j] === 'but' || w[j] === 'and') return false;
    if (negatedBefore(w, j + 1, 1)) return !crossed || commaAfter(j);
    crossed ||= commaAfter(j);
  }
  return false;
}

/**
 * "Talks with Greece and Ireland continue": the talks' parties, then a verb of talks under way. The list is
 * read as capitalised names joined by "and" / commas; "held talks with" is a meeting, not negotiation.
 */
function talksWithListGoOn(s: CueSentence, k: number): boolean {
  const { toks, w, at } = s;
  if (w[k + 1] !== 'with' || /^(?:held|hold|holds|holding)$/.test(w[k - 1] ?? '')) return false;
  let j = k + 2;
  while (j < w.length && j <= k + 10 && (toks[at[j]!]!.cap || w[j] === 'and' || w[j] === 'the')) j++;
  return j > k + 2 && talksGoOn(w, j);
}

/** "in talks.", "in talks with Canada, officials say": no topic of the talks before the clause ends. */
function bareTalks(s: CueSentence, k: number): boolean {
  const { toks, at } = s;
  for (let i = at[k]! + 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.word) return t.text !== '-' && t.text !== "'";
    if (TALK_PREPS.has(t.lower)) return false;
  }
  return true;
}

/** "no such document is (currently) being discussed", "No agreement with Austria is under discussion": "no" opens the passive's subject. */
function noneDiscussed(w: readonly string[], k: number): boolean {
  for (let n = k - 2; n >= 0 && n >= k - 10; n--) {
    if (w[n] !== 'no') continue;
    for (let j = n + 1; j < k && j <= n + 4; j++) if (isAgreementNoun(w[j]!)) return true;
    return false;
  }
  return false;
}
