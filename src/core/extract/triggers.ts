import type { Status } from '../schemas/status.js';
import { isAgreementNoun } from './kind.js';
import type { Token } from './tokens.js';

/**
 * Status cues: where a sentence says an agreement was signed, will be, is being negotiated, was refused
 * or ratified — with tense and modality read from the few words before the verb. A cue whose status is
 * `null` is a blocked one ("will not be signed", "if signed", "was expected to sign"): it still claims
 * the parties near it, so they are not given another cue's status.
 */
export interface Trigger {
  /** token index */
  readonly at: number;
  readonly status: Status | null;
  readonly hedged: boolean;
  /** cue family: negotiation cues must sit next to an agreement reference */
  readonly family: 'sign' | 'negotiate' | 'refuse' | 'ratify' | 'terminate';
  /** ratify/negotiate/refuse/terminate and the vaguer signing verbs need the agreement close by */
  readonly refWindow: number;
  /** "sign"/"conclude" in the bare present: a headline's past, or a generic statement in body text */
  readonly barePresent?: boolean;
  /** the agreement must follow the cue ("sealed a ten-year accord", "now have security agreements") */
  readonly forward?: boolean;
  /**
   * a verb with no object of its own ("Copenhagen had signed in Lviv", "Berlin and Paris followed"): it may
   * point back at the agreement of the sentence before, and only a party named with it can take it
   */
  readonly objectless?: boolean;
  /** a passive negotiation cue ("the draft is being discussed"): its draft stands before it */
  readonly passive?: boolean;
  /** needs its party in the sentence: never resolved to the article's main partner */
  readonly direct?: boolean;
  /** the event has no date of its own ("will not sign"): the sentence's dates are not its date */
  readonly undated?: boolean;
  /** holds only with the hub in the sentence ("now have security agreements with Ukraine") */
  readonly needsHub?: boolean;
  /**
   * with no agreement of its own, the cue may take the article's topic agreement when one was named in
   * the sentences just before ("Hungary and Slovakia have also declined.", "Stockholm and Oslo have opened talks")
   */
  readonly topical?: boolean;
}


const S = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Words that may stand between "have" and the agreement it holds ("have their own ten-year security agreements"). */
const HELD_MODIFIERS = S('a an the its their his her our own bilateral security similar such comparable long term ten year 10 new separate respective individual signed');

/** "now have security agreements": the object of "have" is an agreement. */
function heldAgreementAfter(w: readonly string[], k: number): boolean {
  for (let j = k + 1; j < w.length && j <= k + 6; j++) {
    if (isAgreementNoun(w[j]!)) return true;
    if (!HELD_MODIFIERS.has(w[j]!)) return false;
  }
  return false;
}

const SIGN_PAST = S('signed inked concluded sealed forged clinched struck');
const SIGN_PRES3 = S('signs inks concludes seals clinches');
const SIGN_BASE = S('sign ink conclude seal clinch');
const SIGN_GERUND = S('signing inking concluding');
/** verbs that mean signing only with the agreement as their object ("struck a deal", not "a missile strike") */
const VAGUE_SIGN = S('sealed forged clinched struck seal clinch seals clinches');

const PLAN_BEFORE_TO = S(`
  expected set due scheduled planned planning plans plan intends intend intended going ready aims aim hopes hope
  wants want agreed poised supposed likely about is are heads head travel travels travelling traveling visit visits
  arrive arrives arriving preparing prepares prepare prepared seeking seeks decided decides promised promises
  determined will needs need invited expect expects able
`);
const PAST_PLAN_COPULA = S('was were had');
const ORDINAL_HEADS = S('country state nation one partner member countries states');
const ORDINAL = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|latest|last|\d+(?:st|nd|rd|th))$/;
const MODAL_PLANNED = S('will shall ll');
const MODAL_HEDGED = S('may might could can should must');
const NEG = S('not never no nicht nie pas non');
const NEG_CONTRACTED = S('didn don doesn won wouldn hasn haven hadn isn wasn weren aren couldn shouldn cannot');
const CONDITIONAL = S('if once unless whether when whenever until wenn si se');
const PAST_EXPECT = S('expected supposed due set scheduled planned meant hoped intended');

/** "put pen to paper", "put their names to", "added their signatures": signing idioms, with the form of their verb. */
const IDIOM_VERBS: ReadonlyMap<string, 'past' | 'base' | 'ambiguous' | 'pres3' | 'gerund'> = new Map([
  ['put', 'ambiguous'], ['puts', 'pres3'], ['putting', 'gerund'], ['add', 'base'], ['added', 'past'], ['adds', 'pres3'],
  ['adding', 'gerund'], ['affixed', 'past'], ['affix', 'base'], ['set', 'ambiguous'],
]);
const POSSESSIVE_PRONOUNS = S('his her their its our my your');
const SIGNATURE_NOUNS = S('signature signatures name names');
/** Words right after a signing verb that show it has no object of its own. */
const OBJECTLESS_NEXT = S(`
  in at on with during yesterday today earlier later too as last this suit theirs ours hers by after before alongside
  together separately also already first shortly hours days afterwards soon later there
`);
/** A negated plan qualified by an occasion or a time is a postponement, not a refusal ("will not sign at the summit"). */
const POSTPONE_WORDS = S('yet until before at this next today tomorrow during now soon when while in on without unless');
const PROVIDE = S('provide give offer grant extend');
/** "has decided not to sign": a decision against signing is a refusal */
const DECIDE = S('decided decides decide chose chosen opted resolved voted agreed');
/** verbs of travel before a purpose infinitive ("flew to Madrid to sign"): the signing takes their tense */
const MOTION_PAST = S('flew travelled traveled went came arrived headed');
const MOTION_ING = S('flying travelling traveling going coming arriving heading');
const PAST_MAIN = S('was were had flew travelled traveled went came arrived headed');
/** verbs of saying that make a following "would" a reported future ("told reporters that ... would be signed") */
const REPORTING_VERBS = S('said says told announced stated confirmed added noted expects expected predicted promised indicated');
/** "opened talks", "talks have started": talks begun */
const TALKS_OPENERS = S('open opened opens opening start started starts starting begin began begun launch launched launches resume resumed formal bilateral');
const TALKS_AFTER = S('started begun began opened resumed continue continues continuing under underway');
/** "did the same", "had done so", "followed suit": a repeated signing */
const DO_FORMS: ReadonlyMap<string, 'past' | 'base' | 'pres3'> = new Map([
  ['did', 'past'], ['done', 'past'], ['do', 'base'], ['does', 'pres3'],
]);
/** "become the seventh", "became the latest": an ordinal signatory without a verb of signing */
const BECOME = S('become becomes became becoming');
const FOLLOW = S('followed follow follows');

const NEGOTIATE = /^(?:negotiat\w*|prepar\w*|draft|drafting|drafted|finali[sz]\w*|verhandl\w*|négoci\w*|negozi\w*|negocia\w*|negocjacj\w*|pogajanj\w*|negocier\w*)$/;
const DISCUSS = S('discuss discussed discussing discussion discussions consultations consultation');
const TALKS = S('talks');
const TALK_PREPS = S('on about over regarding concerning for');
const REFUSE = /^(?:refus\w*|declin\w*|reject\w*|rifiut\w*|abgelehnt|lehnte|weigert\w*)$/;
const RATIFY = /^(?:ratified|ratifies|ratification|ratifiziert|ratifié\w*|ratificato|ratificat)$/;
const VOTE = S('voted votes vote decided agreed moved');
const LEGISLATURE = S('parliament lawmakers mps deputies legislature rada sejm bundestag congress senate storting riigikogu saeima seimas assembly parlament parlement');
const TERMINATE = S('terminated terminates annulled revoked suspended');

const FOREIGN_SIGNED = S(`
  unterzeichnet unterzeichneten unterzeichnete signé signée signés signées signent firmato firmata firmati
  sottoscritto sottoscritta sottoscritti hanno firmado firmaron firmó podpisali podpisał podpisała podpisały
  podpisala podpisal podpisalo podpisan semnat semnează aláírtak aláírta nënshkruan nënshkruam nënshkruar
  imzaladı imzalandı imzalanan підписали підписав подписали подписал geschlossen
`);
const FOREIGN_PLANNED = S('signera signeront firmerà firmeranno sottoscriverà firmará firmarán podpisze podpiszą semna unterzeichnen signer firmare');

function wordsOf(toks: readonly Token[]): { w: string[]; at: number[] } {
  const w: string[] = [];
  const at: number[] = [];
  toks.forEach((t, i) => {
    if (t.word) {
      w.push(t.lower);
      at.push(i);
    }
  });
  return { w, at };
}

function negatedBefore(w: readonly string[], k: number, span = 3): boolean {
  for (let j = k - 1; j >= 0 && j >= k - span; j--) {
    if (NEG.has(w[j]!)) return true;
    if (w[j] === 't' && NEG_CONTRACTED.has(w[j - 1] ?? '')) return true;
    if (w[j] === 'cannot') return true;
  }
  return false;
}

/** A verb of saying earlier in the sentence, with no conditional: "said the document would be signed soon". */
function reportedBefore(w: readonly string[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    if (CONDITIONAL.has(w[j]!)) return false;
    if (REPORTING_VERBS.has(w[j]!)) return true;
  }
  return false;
}

/** A negation further back in the same clause (no punctuation in between). */
function negatedInClause(toks: readonly Token[], w: readonly string[], at: readonly number[], k: number, span: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - span; j--) {
    if (toks.slice(at[j]! + 1, at[j + 1]!).some((t) => t.text === ',' || t.text === ';' || t.text === ':')) return false;
    if (NEG.has(w[j]!) || (w[j] === 't' && NEG_CONTRACTED.has(w[j - 1] ?? ''))) return true;
  }
  return false;
}

/** "flew to Madrid to sign" (past), "flying to Kharkiv to sign" after a past main verb (past), else null. */
function motionBefore(w: readonly string[], k: number): 'past' | null {
  for (let j = k - 1; j >= 0 && j >= k - 5; j--) {
    if (MOTION_PAST.has(w[j]!)) return 'past';
    if (MOTION_ING.has(w[j]!)) {
      for (let i = j - 1; i >= 0; i--) {
        if (w[i] === 'is' || w[i] === 'are' || w[i] === 'will' || MODAL_HEDGED.has(w[i]!)) return null;
        if (PAST_MAIN.has(w[i]!)) return 'past';
      }
      return null;
    }
  }
  return null;
}

function conditionalBefore(w: readonly string[], k: number, span = 4): boolean {
  for (let j = k - 1; j >= 0 && j >= k - span; j--) if (CONDITIONAL.has(w[j]!)) return true;
  return false;
}

/** "If adopted, the draft law would mandate the prime minister to sign": a plan inside a conditional sentence. */
function conditionalSentence(w: readonly string[]): boolean {
  return w[0] === 'if' || w[0] === 'unless';
}

/** After a negated plan: a refusal, unless an occasion or a time makes it a postponement. */
function negatedPlan(toks: readonly Token[], w: readonly string[], at: readonly number[], k: number): SignReading {
  for (let j = k + 1; j < w.length && j <= k + 12; j++) {
    // stop at the end of the clause (", while Hungary ..." is another clause)
    if (toks.slice(at[j - 1]! + 1, at[j]!).some((t) => t.text === ',' || t.text === ';' || t.text === '.')) break;
    if (POSTPONE_WORDS.has(w[j]!)) return { status: null, hedged: false };
  }
  return { status: 'refused', hedged: false, undated: true };
}

/** "was expected to sign", "had been initially expected ... to be signed": a plan in the past. */
function pastPlanBefore(w: readonly string[], k: number): boolean {
  for (let j = k - 1; j >= 1 && j >= k - 7; j--) {
    if (PAST_EXPECT.has(w[j]!)) {
      for (let i = j - 1; i >= 0 && i >= j - 3; i--) if (PAST_PLAN_COPULA.has(w[i]!)) return true;
    }
  }
  return false;
}

function ordinalCountryBefore(w: readonly string[], k: number): boolean {
  return ordinalHeadBefore(w, k);
}

function ordinalHeadBefore(w: readonly string[], k: number): boolean {
  // "became the 12th country to sign", "the first EU country to sign"
  for (let j = k - 2; j >= 0 && j >= k - 5; j--) {
    if (ORDINAL_HEADS.has(w[j]!)) {
      for (let i = j - 1; i >= 0 && i >= j - 3; i--) if (ORDINAL.test(w[i]!)) return true;
    }
  }
  return false;
}

function modalInClause(w: readonly string[], k: number, span: number): string | null {
  for (let j = k - 1; j >= 0 && j >= k - span; j--) {
    const x = w[j]!;
    if (MODAL_PLANNED.has(x) || x === 'to' || x === 'would' || MODAL_HEDGED.has(x)) return x;
  }
  return null;
}

type SignReading = { status: Status | null; hedged: boolean; barePresent?: boolean; undated?: boolean };
type VerbForm = 'past' | 'base' | 'pres3' | 'gerund';

function formOf(x: string): VerbForm | null {
  if (SIGN_PAST.has(x)) return 'past';
  if (SIGN_BASE.has(x)) return 'base';
  if (SIGN_PRES3.has(x)) return 'pres3';
  if (SIGN_GERUND.has(x)) return 'gerund';
  return null;
}

/** The length of a signing idiom starting at word k ("put pen to paper" → 4), or 0. */
function idiomAt(w: readonly string[], k: number): number {
  if (!IDIOM_VERBS.has(w[k]!)) return 0;
  if (w[k + 1] === 'pen' && w[k + 2] === 'to' && w[k + 3] === 'paper') return 4;
  let j = k + 1;
  if (w[j] === 'each' || w[j] === 'both' || w[j] === 'also') j++;
  if (!POSSESSIVE_PRONOUNS.has(w[j] ?? '')) return 0;
  const noun = w[j + 1] ?? '';
  if (!SIGNATURE_NOUNS.has(noun)) return 0;
  // "put their names to", "added their signatures (to)"; "set his name" / "add his name" only with "to"
  if (noun.startsWith('name') && w[j + 2] !== 'to') return 0;
  if ((w[k] === 'set' || w[k] === 'add' || w[k] === 'added' || w[k] === 'adds') && noun.startsWith('name') && w[j + 2] !== 'to') return 0;
  return j + 2 - k;
}

function classifySign(toks: readonly Token[], w: readonly string[], at: readonly number[], k: number): SignReading | null {
  const raw = w[k]!;
  const idiom = idiomAt(w, k);
  let form = formOf(raw);
  if (idiom > 0) {
    const f = IDIOM_VERBS.get(raw)!;
    const p = w[k - 1] ?? '';
    form = f === 'ambiguous' ? (p === 'to' || MODAL_PLANNED.has(p) || MODAL_HEDGED.has(p) || p === 'would' || p === 'did' || (p === 'not' && (w[k - 2] === 'will' || w[k - 2] === 'did')) ? 'base' : 'past') : f;
  }
  if (form === null) return null;
  // the reading of a signing idiom is that of its verb in the same form
  const x = idiom > 0 ? ({ past: 'signed', base: 'sign', pres3: 'signs', gerund: 'signing' } as const)[form] : raw;
  return classifySignForm(toks, w, at, k, x);
}

function classifySignForm(toks: readonly Token[], w: readonly string[], at: readonly number[], k: number, x: string): SignReading | null {
  const p1 = w[k - 1] ?? '';
  const p2 = w[k - 2] ?? '';
  const p3 = w[k - 3] ?? '';
  if (!SIGN_PAST.has(x) && !SIGN_BASE.has(x) && !SIGN_PRES3.has(x) && !SIGN_GERUND.has(x)) return null;
  if (conditionalBefore(w, k, 3)) return { status: null, hedged: false };
  if (pastPlanBefore(w, k)) return { status: null, hedged: false };

  if (SIGN_PAST.has(x)) {
    if (negatedBefore(w, k, 4)) return { status: null, hedged: false };
    // "that was to have been concluded": a plan that fell through
    if (p1 === 'been' && p2 === 'have' && p3 === 'to') return { status: null, hedged: false };
    if (p1 === 'be' || p1 === 'being') {
      const m = modalInClause(w, k - 1, 3);
      if (m === 'would') return reportedBefore(w, k - 2) ? { status: 'planned', hedged: false } : { status: null, hedged: false };
      if (m && MODAL_HEDGED.has(m)) return { status: 'planned', hedged: true };
      return { status: 'planned', hedged: false };
    }
    if (p1 === 'would' || (p1 === 'have' && (p2 === 'would' || p2 === 'to'))) return { status: null, hedged: false };
    return { status: 'signed', hedged: false };
  }
  if (SIGN_BASE.has(x)) {
    if (p1 === 'to') {
      if (REFUSE.test(p2)) return { status: 'refused', hedged: false };
      // "has decided not to sign": a refusal, dated by its announcement
      if (p2 === 'not' && DECIDE.has(p3)) return { status: 'refused', hedged: false };
      if (p2 === 'failed' || p2 === 'not') return { status: null, hedged: false };
      // "is not going to sign", "has no plans to sign", "does not intend to sign"
      if (negatedBefore(w, k - 1, 3)) return negatedPlan(toks, w, at, k);
      // "would not give the delegation a mandate to sign": negated further back in the clause
      if (negatedInClause(toks, w, at, k - 1, 8)) return { status: null, hedged: false };
      if (conditionalSentence(w)) return { status: null, hedged: false };
      // "became the 12th country to sign", "was the first to sign", "will be the next to sign"
      if (ordinalCountryBefore(w, k) || ((ORDINAL.test(p2) || p2 === 'next') && p3 === 'the')) {
        return { status: modalInClause(w, k - 2, 6) === 'will' || p2 === 'next' ? 'planned' : 'signed', hedged: false };
      }
      // "flew to Madrid to sign", "with Rutte flying to Kharkiv to put his name to": the tense of the travel
      const motion = motionBefore(w, k - 1);
      if (motion === 'past') return { status: 'signed', hedged: false };
      if (PAST_PLAN_COPULA.has(p3) && PLAN_BEFORE_TO.has(p2)) return { status: null, hedged: false };
      const hedged = MODAL_HEDGED.has(p3) || p2 === 'likely' || p2 === 'hopes' || p2 === 'hope';
      return { status: 'planned', hedged };
    }
    if (negatedBefore(w, k, 3)) {
      // "did not sign": a refusal on the day; "will not sign (at the summit)": only a plan withdrawn;
      // "will not sign a security agreement": a refusal
      const before = w.slice(Math.max(0, k - 3), k);
      if (before.some((y) => y === 'did' || y === 'didn')) return { status: 'refused', hedged: false };
      if (before.some((y) => y === 'yet')) return { status: null, hedged: false };
      if (before.some((y) => y === 'will' || y === 'won' || y === 'would' || y === 'wouldn' || y === 'shall')) return negatedPlan(toks, w, at, k);
      return { status: null, hedged: false };
    }
    if (p1 === 'would') return reportedBefore(w, k - 1) ? { status: 'planned', hedged: false } : { status: null, hedged: false };
    if (MODAL_PLANNED.has(p1) || (p1 === 'also' && MODAL_PLANNED.has(p2))) return { status: 'planned', hedged: false };
    if (MODAL_HEDGED.has(p1) || (p1 === 'also' && MODAL_HEDGED.has(p2))) return { status: 'planned', hedged: true };
    if (p1 === 'did') return { status: 'signed', hedged: false };
    if (p1 === 'and' || p1 === 'then') {
      const m = modalInClause(w, k - 1, 10);
      if (m === 'would') return { status: null, hedged: false };
      if (m) return { status: 'planned', hedged: MODAL_HEDGED.has(m) };
    }
    // headline present: "Ukraine and Romania sign security agreement"
    return { status: 'signed', hedged: false, barePresent: true };
  }
  if (SIGN_PRES3.has(x)) {
    if (negatedBefore(w, k, 3)) return { status: null, hedged: false };
    return { status: 'signed', hedged: false };
  }
  if (SIGN_GERUND.has(x)) {
    const before = p1 === 'the' ? p2 : p1;
    if (before === 'after' || before === 'following' || before === 'upon' || before === 'since') return { status: 'signed', hedged: false };
    if (/^(?:anticipated|upcoming|planned|expected|scheduled|forthcoming|imminent)$/.test(before)) return { status: 'planned', hedged: false };
    if (/^(?:possible|potential|future)$/.test(before)) return { status: 'planned', hedged: true };
    for (let j = k + 1; j < w.length && j <= k + 5; j++) {
      if (/^(?:set|scheduled|expected|due|planned|likely)$/.test(w[j]!) && w[j + 1] === 'to') return { status: 'planned', hedged: w[j] === 'likely' };
      if (w[j] === 'took' && w[j + 1] === 'place') return { status: 'signed', hedged: false };
    }
    return null;
  }
  return null;
}

function classifyForeign(w: readonly string[], k: number): SignReading | null {
  const x = w[k]!;
  const p1 = w[k - 1] ?? '';
  if (FOREIGN_SIGNED.has(x)) {
    if (x === 'hanno') return null;
    if (x === 'unterzeichnet' && (w[k + 1] === 'werden' || w.slice(Math.max(0, k - 8), k).some((y) => y === 'wird' || y === 'soll' || y === 'sollen' || y === 'werden'))) {
      return { status: 'planned', hedged: false };
    }
    if (/^sign/.test(x) && w.slice(Math.max(0, k - 4), k).some((y) => y === 'sera' || y === 'seront')) return { status: 'planned', hedged: false };
    if (/^sign/.test(x) && w.slice(Math.max(0, k - 3), k).includes('pas')) {
      // "n'ont pas signé" — French past negation is a refusal only when no "encore" (yet) softens it
      return { status: w.slice(Math.max(0, k - 3), k).includes('encore') ? null : 'refused', hedged: false };
    }
    return { status: 'signed', hedged: false };
  }
  if (FOREIGN_PLANNED.has(x)) {
    if (x === 'unterzeichnen') {
      const before = w.slice(Math.max(0, k - 10), k);
      if (p1 === 'zu' || before.some((y) => /^(?:wird|werden|wollen|will|soll|sollen|möchte)$/.test(y))) return { status: 'planned', hedged: false };
      return { status: 'signed', hedged: false };
    }
    if (x === 'signer' || x === 'firmare') {
      const before = w.slice(Math.max(0, k - 6), k);
      if (before.some((y) => REFUSE.test(y))) return { status: 'refused', hedged: false };
      if (before.some((y) => /^(?:va|vont|doit|doivent|devrait|pour|deve|devono|per|dovrebbe)$/.test(y))) return { status: 'planned', hedged: false };
      return null;
    }
    if (x === 'semna') return /^(?:va|vor|vom|voi|vei)$/.test(p1) || w.slice(Math.max(0, k - 3), k).some((y) => /^(?:va|vor|vom)$/.test(y)) ? { status: 'planned', hedged: false } : null;
    return { status: 'planned', hedged: false };
  }
  return null;
}

/** No object after the verb: punctuation, the end, or a preposition / adverb of time or place. */
function objectlessAfter(toks: readonly Token[], w: readonly string[], at: readonly number[], k: number): boolean {
  const next = toks[at[k]! + 1];
  if (!next || !next.word) return true;
  return OBJECTLESS_NEXT.has(w[k + 1] ?? '') || next.cap;
}

/** "to have a (near-)final text", "has a draft": words between "have" and the draft it holds. */
function heldTextAfter(w: readonly string[], k: number): boolean {
  for (let j = k + 1; j < w.length && j <= k + 5; j++) {
    if (w[j] === 'text' || w[j] === 'draft') return true;
    if (!/^(?:a|an|the|near|nearly|almost|final|agreed|ready|its|their|own|first|joint)$/.test(w[j]!)) return false;
  }
  return false;
}

/** "work on", "work with Albania on a text": the work is on something (within the clause). */
function workOn(toks: readonly Token[], w: readonly string[], at: readonly number[], k: number): boolean {
  for (let j = k + 1; j < w.length && j <= k + 5; j++) {
    if (toks.slice(at[j - 1]! + 1, at[j]!).some((t) => !t.word && t.text !== '-' && t.text !== "'")) return false;
    if (w[j] === 'on') return true;
    if (j === k + 1 && w[j] !== 'with') return false;
  }
  return false;
}

/** After a refusal verb: nothing, or a signing ("declined.", "pulled out of signing it", "ruled out signing at all"). */
function refusalOfSigning(toks: readonly Token[], w: readonly string[], at: readonly number[], j: number): boolean {
  if (j >= w.length || toks.slice(at[j - 1]! + 1, at[j]!).some((t) => t.text === '.' || t.text === ',' || t.text === ';')) return true;
  const n = w[j] === 'of' || w[j] === 'to' ? w[j + 1] ?? '' : w[j]!;
  return SIGN_BASE.has(n) || SIGN_GERUND.has(n) || n === 'signature';
}

/**
 * A signing told without a verb of signing: "London went first", "it was The Hague's turn", "Bulgaria did the
 * same", "had done so", "followed suit", "the Netherlands is expected to become the seventh". Returns the
 * status (null: negated or conditional), or undefined when the word opens no such cue.
 */
function toldSigning(w: readonly string[], k: number, clauseEndsBefore: (j: number) => boolean): Status | null | undefined {
  const x = w[k]!;
  const p1 = w[k - 1] ?? '';
  const future = (j: number): boolean => {
    const m = modalInClause(w, j, 4);
    return m === 'to' || (m !== null && MODAL_PLANNED.has(m));
  };
  const blocked = (j: number): boolean => negatedBefore(w, j, 3) || conditionalBefore(w, j, 3) || modalInClause(w, j, 2) === 'would';
  if ((x === 'went' || x === 'go' || x === 'goes') && w[k + 1] === 'first') {
    if (blocked(k)) return null;
    return x === 'went' ? 'signed' : future(k) ? 'planned' : x === 'goes' ? 'signed' : undefined;
  }
  if (x === 'turn' && p1 === 's' && w.slice(Math.max(0, k - 6), k).includes('was')) return blocked(k) ? null : 'signed';
  if (x === 'turn' && p1 === 's' && w.slice(Math.max(0, k - 6), k).some((y) => y === 'is' || y === 'will')) return 'planned';
  if (x === 'suit' && (p1 === 'followed' || p1 === 'follow' || p1 === 'follows')) {
    if (blocked(k - 1)) return null;
    return p1 === 'followed' ? 'signed' : future(k - 1) ? 'planned' : undefined;
  }
  const form = DO_FORMS.get(x);
  if (form && (w[k + 1] === 'so' || (w[k + 1] === 'the' && w[k + 2] === 'same' && !/^(?:day|thing|way|time|week|month|year)$/.test(w[k + 3] ?? '')))) {
    if (blocked(k)) return null;
    if (form === 'past') return p1 === 'would' || (p1 === 'have' && (w[k - 2] === 'would' || w[k - 2] === 'to')) ? null : 'signed';
    if (p1 === 'did' || p1 === 'also' && w[k - 2] === 'did') return 'signed';
    return future(k) ? 'planned' : undefined;
  }
  if (BECOME.has(x) && w[k + 1] === 'the' && (ORDINAL.test(w[k + 2] ?? '') || w[k + 2] === 'next')) {
    // "became the seventh country to join NATO", "the next NATO secretary-general": some other act or role
    const end = ORDINAL_HEADS.has(w[k + 3] ?? '') || w[k + 3] === 'signatory' ? k + 4 : k + 3;
    if (!clauseEndsBefore(end)) return undefined;
    if (blocked(k)) return null;
    if (x === 'became') return 'signed';
    return future(k) || w[k + 2] === 'next' ? 'planned' : x === 'becomes' ? 'signed' : undefined;
  }
  return undefined;
}

/** Every word that can open a cue, so most words are dismissed with one lookup. */
let CUE_WORDS: ReadonlySet<string> | null = null;
const CUE_STEMS = /^(?:negotiat|prepar|draft|finali|verhandl|négoci|negozi|negocia|negocjacj|pogajanj|negocier|refus|declin|reject|rifiut|weigert|abgelehnt|lehnte|ratif|rul)/;

function cueWords(): ReadonlySet<string> {
  if (CUE_WORDS) return CUE_WORDS;
  CUE_WORDS = new Set([
    ...SIGN_PAST, ...SIGN_PRES3, ...SIGN_BASE, ...SIGN_GERUND, ...FOREIGN_SIGNED, ...FOREIGN_PLANNED, ...IDIOM_VERBS.keys(),
    ...FOLLOW, ...PROVIDE, 'reach', ...DISCUSS, ...TALKS, ...TERMINATE, 'signature', 'signatures', 'have', 'has', 'pulled', 'backed',
    'work', 'working', 'works', 'worked', 'approved', 'endorsed', 'passed', 'withdrew', 'ratify',
    'went', 'go', 'goes', 'turn', 'no', 'suit', 'holds', 'hold', ...DO_FORMS.keys(), ...BECOME,
  ]);
  return CUE_WORDS;
}

/** Could this word open a cue? (A cheap prefilter; `findTriggers` decides.) */
export function mayBeCue(word: string): boolean {
  return cueWords().has(word) || CUE_STEMS.test(word);
}

export function findTriggers(toks: readonly Token[]): Trigger[] {
  if (!toks.some((t) => t.word && mayBeCue(t.lower))) return [];
  const { w, at } = wordsOf(toks);
  const out: Trigger[] = [];
  const cues = cueWords();
  for (let k = 0; k < w.length; k++) {
    const x = w[k]!;
    if (!cues.has(x) && !CUE_STEMS.test(x)) continue;
    const idiom = idiomAt(w, k);
    const sign = classifySign(toks, w, at, k) ?? classifyForeign(w, k);
    if (sign) {
      const vague = VAGUE_SIGN.has(x);
      // "sealed a ten-year accord" governs what follows; "the agreement was forged on ..." what precedes
      const passive = /^(?:was|were|been|be|is|are|being)$/.test(w[k - 1] ?? '');
      const objectless = idiom > 0 ? w.slice(k, k + idiom).some((y) => y.startsWith('signature')) : !vague && objectlessAfter(toks, w, at, k);
      out.push({
        at: at[k]!,
        status: sign.status,
        hedged: sign.hedged,
        family: 'sign',
        refWindow: vague ? 9 : idiom > 0 ? 14 : 40,
        ...((vague && !passive) || (idiom > 0 && !objectless) ? { forward: true } : {}),
        ...(sign.barePresent ? { barePresent: true } : {}),
        ...(objectless ? { objectless: true } : {}),
        ...(sign.undated ? { undated: true } : {}),
      });
      if (idiom > 0) k += idiom - 1;
      continue;
    }
    // "London went first", "it was The Hague's turn", "did the same", "followed suit", "became the seventh":
    // a signing told without its verb, of the agreement the article is about
    const told = toldSigning(w, k, (j) => j >= w.length || toks.slice(at[j - 1]! + 1, at[j]!).some((t) => !t.word && t.text !== '-'));
    if (told !== undefined) {
      out.push({ at: at[k]!, status: told, hedged: false, family: 'sign', refWindow: 0, objectless: true, direct: true, topical: true });
      continue;
    }
    // "Hungary was the first to say no"
    if (x === 'no' && /^(?:say|says|said|saying)$/.test(w[k - 1] ?? '') && objectlessAfter(toks, w, at, k)) {
      out.push({ at: at[k]!, status: 'refused', hedged: false, family: 'refuse', refWindow: 6, objectless: true, direct: true, topical: true });
      continue;
    }
    // "Berlin and Paris followed on February 16", "Romania is set to follow": the signing before, repeated
    if (FOLLOW.has(x) && objectlessAfter(toks, w, at, k)) {
      const p1 = w[k - 1] ?? '';
      const status: Status | null = x === 'followed' ? (negatedBefore(w, k, 3) || p1 === 'be' || p1 === 'have' ? null : 'signed') : p1 === 'to' || MODAL_PLANNED.has(p1) ? 'planned' : null;
      if (status !== null && !conditionalBefore(w, k, 3)) {
        out.push({ at: at[k]!, status, hedged: false, family: 'sign', refWindow: 0, objectless: true, direct: true });
      }
      continue;
    }
    // "With Luxembourg's signature at the NATO summit": a possessive signature is a signing
    if ((x === 'signature' || x === 'signatures') && (w[k - 1] === 's' || POSSESSIVE_PRONOUNS.has(w[k - 1] ?? '')) && !PLAN_BEFORE_TO.has(w[k - 2] ?? '') && !negatedBefore(w, k, 4)) {
      out.push({ at: at[k]!, status: 'signed', hedged: false, family: 'sign', refWindow: 24, direct: true, objectless: true });
      continue;
    }
    // "the first Nordic state to reach such a deal": an ordinal signatory
    if ((x === 'reach' || x === 'conclude') && w[k - 1] === 'to' && ordinalHeadBefore(w, k)) {
      out.push({ at: at[k]!, status: modalInClause(w, k - 2, 6) === 'will' ? 'planned' : 'signed', hedged: false, family: 'sign', refWindow: 6, forward: true, direct: true });
      continue;
    }
    // "the first country to provide security guarantees": an ordinal signatory
    if (PROVIDE.has(x) && w[k - 1] === 'to' && ordinalHeadBefore(w, k)) {
      out.push({ at: at[k]!, status: 'signed', hedged: false, family: 'sign', refWindow: 6, forward: true, direct: true });
      continue;
    }
    // "all three Benelux countries now have security agreements with Ukraine": holding one is having signed it
    const nx = w[k + 1] ?? '';
    // "Helsinki is said to have a near-final text": holding a draft is negotiating it
    if ((x === 'have' || x === 'has') && heldTextAfter(w, k) && !negatedBefore(w, k, 3)) {
      out.push({ at: at[k]!, status: 'negotiating', hedged: false, family: 'negotiate', refWindow: 6, forward: true });
      continue;
    }
    if ((x === 'have' || x === 'has' || x === 'holds' || x === 'hold') && w[k - 1] !== 'to' && !negatedBefore(w, k, 3) && !NEG.has(nx) && nx !== 'to' && !/(?:ed|en|un|ne)$/.test(nx) && !/^(?:signed|begun|made|held|set|put|sent|struck|got|gotten|had)$/.test(nx)) {
      const modal = MODAL_PLANNED.has(w[k - 1] ?? '') || MODAL_HEDGED.has(w[k - 1] ?? '') || w[k - 1] === 'would';
      if (!modal && !conditionalBefore(w, k, 3) && heldAgreementAfter(w, k)) {
        out.push({ at: at[k]!, status: 'signed', hedged: false, family: 'sign', refWindow: 7, forward: true, direct: true, needsHub: true });
      }
      continue;
    }
    if (NEGOTIATE.test(x)) {
      const prev = w[k - 1] ?? '';
      if (prev === 'accession' || prev === 'peace' || w[k + 1] === 'framework' || prev === 'ceasefire') continue;
      if (/^prepar/.test(x) && w[k + 1] === 'to') continue; // "preparing to sign" is the signing cue's business
      if (/^draft/.test(x) && /^(?:law|laws|bill|resolution|legislation|budget|decree)$/.test(w[k + 1] ?? '')) continue;
      // "negotiations with Ireland have begun", "has been negotiating with Kyiv since January"
      const topical = /^(?:negotiations|negotiating|negotiation)$/.test(x) && w[k + 1] === 'with' && !/^(?:held|hold|holds|holding|for)$/.test(w[k - 1] ?? '');
      out.push({ at: at[k]!, status: 'negotiating', hedged: false, family: 'negotiate', refWindow: 12, ...(topical ? { topical: true } : {}) });
      continue;
    }
    if (TALKS.has(x)) {
      const prev = w[k - 1] ?? '';
      if (prev === 'peace' || prev === 'ceasefire' || prev === 'accession' || prev === 'membership') continue;
      if (negatedBefore(w, k, 3)) continue;
      // "talks on a security agreement", "talks with Canada on ...", "in talks" — not "held talks with X"
      let ok = prev === 'in';
      for (let j = k + 1; j < w.length && j <= k + 8 && !ok; j++) if (TALK_PREPS.has(w[j]!)) ok = true;
      // "have opened talks", "talks have also started with Chisinau": talks begun, about the article's agreement
      const begun = TALKS_OPENERS.has(prev) || TALKS_OPENERS.has(w[k - 2] ?? '') || [1, 2, 3].some((d) => TALKS_AFTER.has(w[k + d] ?? '') && (d === 1 || /^(?:have|has|had|are|were|also|now|already|formally)$/.test(w[k + 1]!)));
      if (ok || begun) out.push({ at: at[k]!, status: 'negotiating', hedged: false, family: 'negotiate', refWindow: 10, ...(begun ? { topical: true } : {}) });
      continue;
    }
    if (DISCUSS.has(x) || ((x === 'work' || x === 'working' || x === 'works' || x === 'worked') && workOn(toks, w, at, k))) {
      // "the Estonian draft is being discussed": a passive takes its agreement before it
      const passive = /^(?:is|are|was|were|been|being|be)$/.test(w[k - 1] ?? '');
      const noun = (x === 'consultations' || x === 'consultation') && w[k + 1] === 'with' && !/^(?:held|hold|holds|holding|for)$/.test(w[k - 1] ?? '');
      out.push({ at: at[k]!, status: 'negotiating', hedged: false, family: 'negotiate', refWindow: 11, ...(passive ? { passive } : { forward: true }), ...(noun ? { topical: true } : {}) });
      continue;
    }
    if (REFUSE.test(x)) {
      const active = !negatedBefore(w, k, 3) && !/^(?:be|been|being|is|are|was|were)$/.test(w[k - 1] ?? '');
      out.push({ at: at[k]!, status: 'refused', hedged: false, family: 'refuse', refWindow: 10, ...(active && refusalOfSigning(toks, w, at, k + 1) ? { topical: true } : {}) });
      continue;
    }
    if ((x === 'pulled' || x === 'backed' || /^rul(?:e|es|ed|ing)$/.test(x)) && w[k + 1] === 'out') {
      const active = !negatedBefore(w, k, 3) && !/^(?:be|been|being|is|are|was|were)$/.test(w[k - 1] ?? '');
      out.push({ at: at[k]!, status: 'refused', hedged: false, family: 'refuse', refWindow: 8, ...(active && refusalOfSigning(toks, w, at, k + 2) ? { topical: true } : {}) });
      continue;
    }
    // "lawmakers voted on Tuesday to ratify the agreement"
    if (x === 'ratify' && w[k - 1] === 'to' && w.slice(Math.max(0, k - 6), k - 1).some((y) => VOTE.has(y)) && !negatedBefore(w, k - 1, 6)) {
      const planned = w.slice(Math.max(0, k - 6), k - 1).some((y) => y === 'will' || y === 'to' || y === 'expected');
      out.push({ at: at[k]!, status: planned ? null : 'ratified', hedged: false, family: 'ratify', refWindow: 10 });
      continue;
    }
    if (RATIFY.test(x)) {
      const before = w.slice(Math.max(0, k - 4), k);
      const future = before.some((y) => y === 'will' || y === 'to' || y === 'for' || y === 'needs' || y === 'must' || y === 'would') || negatedBefore(w, k, 3);
      if (x === 'ratification' && !w.slice(k + 1, k + 5).some((y) => /^(?:approved|passed|completed|adopted)$/.test(y))) continue;
      out.push({ at: at[k]!, status: future ? null : 'ratified', hedged: false, family: 'ratify', refWindow: 10 });
      continue;
    }
    if ((x === 'approved' || x === 'endorsed' || x === 'passed') && w.slice(Math.max(0, k - 6), k).some((y) => LEGISLATURE.has(y))) {
      const blocked = negatedBefore(w, k, 3) || w.slice(Math.max(0, k - 4), k).some((y) => y === 'be' || y === 'needs' || y === 'to');
      out.push({ at: at[k]!, status: blocked ? null : 'ratified', hedged: false, family: 'ratify', refWindow: 8 });
      continue;
    }
    if (TERMINATE.has(x) || (x === 'withdrew' && w[k + 1] === 'from')) {
      out.push({ at: at[k]!, status: 'terminated', hedged: false, family: 'terminate', refWindow: 6 });
    }
  }
  return out;
}
