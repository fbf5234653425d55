import { vocabulary as V } from '../gazetteer/index.js';
import { MONTHS, RELATIVE, WEEKDAYS } from './dates/calendar-words.js';
import { markAmended } from './amended.js';
import { markContentClause } from './content-clause.js';
import { startsEntry } from './lexicon.js';
import { supportTitleBefore } from './support-title.js';
import { FOREIGN_FRAMES } from './claims/framework-act.js';
import { formOf, VAGUE_SIGN } from './cues/sign-verbs.js';
import { FOREIGN_PLANNED, FOREIGN_SIGNED } from './cues/foreign.js';
import { ORDINAL } from './cues/ordinals.js';
import type { Token } from './tokens.js';
import { wordView } from './word-view.js';

/**
 * Agreement references in a sentence and what kind of agreement each one is:
 * - `strong`: named as the tracked type ("bilateral security agreement", "agreement on long-term
 *   cooperation and support");
 * - `weak`: "security guarantees" — the tracked type only in an article that names it unambiguously;
 * - `anaphoric`: "the agreement", "similar deals" — whatever the article is about;
 * - `other`: an agreement qualified as something else ("cooperation agreement");
 * - `excluded`: another act altogether (minerals deal, memorandum, declaration, peace plan, …).
 */
export type RefKind = 'strong' | 'weak' | 'anaphoric' | 'other' | 'excluded';

export interface AgreementRef {
  readonly kind: RefKind;
  /** token index of the head */
  readonly at: number;
  readonly plural: boolean;
  /** "similar deals", "such an agreement": points back at agreements already named */
  readonly similar: boolean;
  /** "the text", "the final wording": the agreement's draft, an object only for negotiation cues */
  readonly textual?: boolean;
  /** names another act ("a defence cooperation agreement", "a memorandum"): the topic moves to it */
  readonly act?: boolean;
  /** "similar bilateral documents": said to be bilateral, so not a multilateral act named before it */
  readonly bilateral?: boolean;
  /** "a ten-year deal": named the type by its term alone (neither "security" nor "bilateral") */
  readonly termOnly?: boolean;
  /** "declared ... in the summit communiqué": a statement named as where something was said (see `mediumAt`) */
  readonly medium?: boolean;
}

/** Nouns for an agreement's draft ("work on the final wording is continuing", "drafts are being worked on"). */
export const TEXT_NOUNS: ReadonlySet<string> = new Set([
  'text', 'wording', 'draft', 'texts', 'drafts',
  // "leurs propres textes", "sus textos", "i testi", "teksty": the word "text" in the other languages
  'textes', 'texte', 'textos', 'texto', 'testo', 'testi', 'teksty', 'tekst', 'teksten', 'тексти', 'текст', 'тексту',
]);
const PLURAL_TEXTS: ReadonlySet<string> = new Set(['texts', 'drafts', 'textes', 'textos', 'testi', 'teksty', 'teksten', 'тексти']);
/** "the text of the law", "draft resolution": drafts of something else. */
const TEXT_NOT_AGREEMENT_AFTER = new Set(['law', 'laws', 'bill', 'resolution', 'budget', 'declaration', 'statement', 'communique', 'constitution', 'legislation']);

export function isAgreementNoun(w: string): boolean {
  return V.AGREEMENT_NOUNS.has(w) || V.STRONG_COMPOUNDS.has(w) || V.NOUN_PREFIXES.some((p) => w.startsWith(p) && w.length > p.length + 1);
}

function isSecurityWord(w: string): boolean {
  return V.SECURITY_WORDS.has(w) || V.SECURITY_PREFIXES.some((p) => w.startsWith(p));
}

/** Plural agreement nouns of the other languages (those in "-s" are read as plural already). */
const FOREIGN_PLURALS = new Set(
  `accordi intese vereinbarungen umowy umów porozumienia dohody dohod smlouvy akkoorden overeenkomsten avtalen avtaler
   avtalene угоди угод угодами угодах документи документів документами sikkerhetsavtaler sikkerhetsavtalene säkerhetsavtalen
   veiligheidsakkoorden veiligheidsovereenkomsten sicherheitsvereinbarungen`.split(/\s+/),
);

const ENGLISH_DAY_WORD = /^(?:[a-z]+day|today|tonight|tomorrow|yesterday)$/;

/** Dutch agreement nouns, after which "de" is the article. */
const DUTCH_HEADS = new Set(['overeenkomst', 'overeenkomsten', 'akkoord', 'akkoorden', 'veiligheidsakkoord', 'veiligheidsakkoorden', 'veiligheidsovereenkomst', 'veiligheidsovereenkomsten']);

/** Prepositions of place in the Slavic languages ("у Львові", "w Brukseli", "v Praze"). */
const SLAVIC_LOCATIVES = new Set(['у', 'в', 'w', 'we', 'v', 've']);

/** Modifiers that leave an agreement noun free to point back at the article's agreement. */
const NEUTRAL_MODIFIERS = new Set(
  `the a an this that these those its their our his her your bilateral new long term year 10 ten historic landmark
   important relevant separate respective own whose first second third another final full political comprehensive
   ambitious strong such similar same like signed relevant two both 10-year decade 100 - latest corresponding next remaining upcoming forthcoming further last
   recent most earlier previous prior newest earliest other
   bilaterales bilateralen bilaterale bilatéral bilatérale bilaterale jeweils un une le la les il lo l ein eine einen
   der die das des den dem di del della bilateral bilaterais bilaterale bilaterala bilaterale bilaterala bilateralt
   bilateralne bilateralną dvoustranná dvoustrannou dvoustranné двостороння двосторонню двосторонні двосторонньої
   el los las o os um uma het een det den ett en ten tien 10 letnią desetiletou десятирічна десятирічну
   nuevo nueva novo nova nieuwe nya nye nową novou нову нова нові bilaterala bilaterale sina sitt sine egna egne egen
   eget swoje swoją svou svoji свою свої своєю seine seinen ihre ihren son sa ses leur leurs suo sua loro su sus seu suas
   seus hun zijn haar einer einem eines dieses diese dieser diesem neues neue neuen cet cette ces nouvel nouvelle questo
   questa quest nuovo nuova este esta estos estas esse essa deze dit dessa detta denna dette denne disse ten tę tą tej
   taką takiej tuto tu takovou takové цю цієї ця цей ці цих такі таку такої першу перша першої нову нової відповідну
   свого своєї`.split(/\s+/),
);

/** a cardinal number in words: "fifteen", "twenty" (and its parts, "twenty-eight"), "dozen" */
const CARDINAL_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|dozen|dozens)$/;

/**
 * Verbs that take an agreement as object: "holds agreements", "signed deals" — not qualifiers of the kind.
 * Verbs that set a new agreement beside earlier ones ("the document follows agreements Kyiv signed with Ireland",
 * "mirrors deals ...") likewise.
 */
const VERBS_BEFORE = new Set(
  `holds hold held has have had signed sign signs signing concluded conclude concludes concluding reached reach reaches
   reaching negotiate negotiates negotiating negotiated inked ink sealed seal finalised finalized finalising finalizing
   prepare prepares preparing prepared drafting drafted discuss discusses discussing discussed
   agreed approved ratified want wants need needs seek seeks sought secured secure
   follows follow followed precedes precede preceded mirrors mirror mirrored resembles resemble resembled
   echoes echo echoed complements complement complemented joins join joined replaces replace replaced`.split(/\s+/),
);

/**
 * Prepositions and subordinating words that may stand right before a bare agreement noun ("on agreements",
 * "towards deals", "where agreements", "once agreements", "comes after agreements", "among deals"): they open
 * its noun phrase.
 */
const PHRASE_OPENERS = new Set(
  `on about over towards toward into regarding concerning where when whereas while once because although though
   unless until whether after before like unlike besides beyond among including alongside than of`.split(/\s+/),
);

/**
 * Sentence adverbs that may stand right before a bare agreement noun ("So far documents have been signed",
 * "Until now agreements …", "Since then deals …"): they qualify the clause, never the noun, so they open its
 * noun phrase too.
 */
/** nouns of a collection of agreements ("the network of documents") */
const COLLECTIONS = new Set(`network series set web string list raft tally family`.split(/\s+/));

const ADVERB_OPENERS = new Set(`far now then since meanwhile already also yet still today yesterday thus hence however instead`.split(/\s+/));

const COMPLEMENT_PREPS = new Set([
  'on', 'of', 'for', 'about', 'concerning', 'regarding', 'in', 'with', 'de', 'sur', 'sulla', 'sul', 'di', 'zur', 'über', 'o', 'pentru',
  // it / es / pt / nl / sv / no / pl / cs / uk
  'per', 'sobre', 'en', 'em', 'para', 'inzake', 'op', 'om', 'w', 'про', 'щодо', 'у', 'в',
  // ro / sq / ru / lt: "acord privind securitatea", "marrëveshja për bashkëpunim", "соглашение о
  // безопасности", "susitarimą dėl saugumo"
  'privind', 'për', 'о', 'об', 'dėl',
]);

/** The EU's own name for its agreement, "joint security commitments". */
const SECURITY_COMMITMENTS: readonly (readonly string[])[] = [['security', 'commitments']];

/** Each phrase list by its first word, so a word is compared only with the phrases that start with it. */
const BY_FIRST_WORD = new WeakMap<readonly (readonly string[])[], Map<string, (readonly string[])[]>>();

function byFirstWord(phrases: readonly (readonly string[])[]): Map<string, (readonly string[])[]> {
  let m = BY_FIRST_WORD.get(phrases);
  if (m === undefined) {
    m = new Map();
    for (const p of phrases) {
      const list = m.get(p[0]!) ?? [];
      list.push(p);
      m.set(p[0]!, list);
    }
    BY_FIRST_WORD.set(phrases, m);
  }
  return m;
}

function phraseAt(w: readonly string[], k: number, phrases: readonly (readonly string[])[]): number {
  let best = 0;
  const first = w[k];
  if (first === undefined) return 0;
  for (const p of byFirstWord(phrases).get(first) ?? []) {
    if (p.length <= best || k + p.length > w.length) continue;
    let ok = true;
    for (let j = 0; j < p.length; j++) {
      if (w[k + j] !== p[j]) {
        ok = false;
        break;
      }
    }
    if (ok) best = p.length;
  }
  return best;
}

function securityAt(w: readonly string[], k: number): boolean {
  if (!isSecurityWord(w[k]!)) return false;
  if (k > 0 && V.SECURITY_NOT_AGREEMENT_BEFORE.has(w[k - 1]!)) return false;
  return true;
}

/** Punctuation that ends a noun phrase: a word before it qualifies nothing after it. */
const CLAUSE_PUNCT = new Set([',', ';', ':', '.', '(', ')']);

function clauseMarkBetween(toks: readonly Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (CLAUSE_PUNCT.has(toks[i]!.text)) return true;
  return false;
}

/** The qualifier at word q has nothing of its own before it but a determiner ("a support document"). */
/** Qualifiers that, coordinated with "security", still name the type ("security and support agreement"). */
const COORDINATED_WITH_SECURITY = new Set(['support', 'cooperation', 'assistance']);

function bareQualifier(w: readonly string[], q: number): boolean {
  const before = w[q - 1];
  return before === undefined || /^(?:a|an|the|this|that|its|their|our|his|her|new|bilateral|similar|such)$/.test(before);
}

/** "this kind", "that type", "the same sort" at `j`. */
function likenessAfter(w: readonly string[], j: number): boolean {
  const det = w[j] === 'the' && w[j + 1] === 'same' ? 2 : w[j] === 'this' || w[j] === 'that' || w[j] === 'such' ? 1 : 0;
  return det > 0 && /^(?:kind|type|sort|format)$/.test(w[j + det] ?? '');
}

/**
 * "ten-year bilateral agreements", "Støre seals ten-year deal with Zelensky", "a decade-long support accord": an
 * agreement for ten years is how news English names the tracked type without the word "security" (the 2024
 * compacts all run for ten years). Another qualifier ("ten-year trade deal", "10-year gas transit agreement")
 * still names another kind; the check runs only when there is none.
 */
function tenYearTerm(w: readonly string[], from: number, k: number): 'bilateral' | 'term' | null {
  const mods = w.slice(from, k);
  const ten = mods.findIndex((y, i) => ((y === 'ten' || y === '10') && mods[i + 1] === 'year') || (y === 'decade' && mods[i + 1] === 'long'));
  return ten < 0 ? null : mods.includes('bilateral') ? 'bilateral' : 'term';
}

export function findRefs(toks: readonly Token[]): AgreementRef[] {
  const { w, at } = wordView(toks);
  const refs: AgreementRef[] = [];
  const covered = new Uint8Array(w.length);

  for (let k = 0; k < w.length; k++) {
    const word = w[k]!;
    if (!isAgreementNoun(word)) continue;
    const plural = /s$/.test(word) || word === 'treaties' || FOREIGN_PLURALS.has(word);
    let kind: RefKind | null = V.STRONG_COMPOUNDS.has(word) ? 'strong' : null;
    let similar = false;
    // look left over the pre-modifiers
    let left = k - 1;
    let qualifier: string | null = null;
    let guarantee = false;
    for (let seen = 0; left >= 0 && seen < 5; left--, seen++) {
      const p = w[left]!;
      // "Earlier, agreements …", "According to officials, agreements with …": a comma or colon ends the noun
      // phrase; the word before it qualifies nothing
      if (clauseMarkBetween(toks, at[left]!, at[left + 1]!)) break;
      if (securityAt(w, left) && !V.SECURITY_NOT_AGREEMENT_AFTER.has(w[left + 1] ?? '')) {
        kind = kind ?? 'strong';
        continue;
      }
      // "the same kind of document", "this type of agreement": a kind named by likeness
      if (p === 'of' && /^(?:kind|type|sort)$/.test(w[left - 1] ?? '')) {
        similar = true;
        left--;
        seen++;
        continue;
      }
      if (V.SIMILAR_WORDS.has(p)) {
        similar = true;
        continue;
      }
      // Romanian "astfel de acorduri" (such agreements): the likeness word before its "de"
      if (p === 'de' && w[left - 1] === 'astfel') {
        similar = true;
        left--;
        seen++;
        continue;
      }
      // "Spain's agreement": the possessor is a party, not a qualifier of the kind
      if (p === 's' && toks[at[left]! - 1]?.text !== undefined && /^['’]$/.test(toks[at[left]! - 1]!.text)) break;
      // "their countries' agreements", "the two states' deal": a plural possessor, likewise
      if (p.endsWith('s') && /^['’]$/.test(toks[at[left]! + 1]?.text ?? '')) break;
      if (phraseAt(w, left, V.EXCLUDED_PHRASES) > 0) {
        kind = 'excluded';
        break;
      }
      if (p === 'guarantees' || p === 'guarantee' || p === 'assurances') {
        guarantee = true;
        continue;
      }
      // ("Ukraine's seventh agreement of this kind": a place in the series qualifies no kind)
      // ("fifteen agreements", "twenty-eight documents": a count in words qualifies no kind, as digits do not)
      // ("de overeenkomst": the Dutch article; the Romance "de" before a noun is a preposition, "tipo de documento")
      if (p === 'de' && DUTCH_HEADS.has(word)) continue;
      if (NEUTRAL_MODIFIERS.has(p) || /^\d+$/.test(p) || CARDINAL_WORD.test(p) || ORDINAL.test(p) || (p === 'cooperation' && isSecurityWord(w[left - 1] ?? ''))) continue;
      // "a similar non-military document", "a non-binding pact": what the text is not names no other kind (a
      // "non-aggression pact" is one: a noun after the prefix)
      if (w[left - 1] === 'non-' && !/(?:ion|ions|ment|ance|ence)$/.test(p)) {
        left--;
        seen++;
        continue;
      }
      // ("підписав угоди", "podepsali dohodu", "unterzeichnen Abkommen": a verb of signing in the other languages too)
      if (VERBS_BEFORE.has(p) || FOREIGN_SIGNED.has(p) || FOREIGN_PLANNED.has(p)) break;
      // "у Харкові угоду", "w Brukseli umowę": a place after a preposition qualifies nothing; nor does a date ("3 квітня угоду")
      if (SLAVIC_LOCATIVES.has(w[left - 1] ?? '') || (MONTHS.has(p) && /^\d{1,2}$/.test(w[left - 1] ?? ''))) break;
      // "firme el martes acuerdos", "heute Abkommen": a day word of the other languages is an adverb of time
      if ((WEEKDAYS.has(p) || RELATIVE.has(p)) && !ENGLISH_DAY_WORD.test(p)) break;
      // "work on agreements with Poland", "talks about deals", ", where agreements could be signed": a preposition or
      // a subordinating word opens the noun phrase, it qualifies nothing
      if (PHRASE_OPENERS.has(p) || ADVERB_OPENERS.has(p)) break;
      // "the network of documents", "a series of security pacts": the "of" of a collection opens the noun phrase
      // of its members; the collection qualifies no kind
      if (p === 'of' && COLLECTIONS.has(w[left - 1] ?? '')) break;
      // "the Dutch agreement", "the EU-Ukraine agreement": a party's name does not qualify the kind
      if (toks[at[left]!]!.cap && startsEntry(p)) continue;
      if (seen === 0) qualifier = p;
      break;
    }
    // look right into the complement: "agreement on security cooperation", "Treaty on Friendship"
    // Romance post-modifiers first: "accordo bilaterale sulla sicurezza"
    let c = k + 1;
    while (c < w.length && c <= k + 2 && NEUTRAL_MODIFIERS.has(w[c]!) && !COMPLEMENT_PREPS.has(w[c]!)) c++;
    if (kind !== 'excluded' && c < w.length && (COMPLEMENT_PREPS.has(w[c]!) || participleComplementAt(w, c))) {
      for (let j = c; j < w.length && j <= c + 8; j++) {
        // ("a document with real substance, not just declarations": what it is set against is no complement of it)
        if (contrastAt(w, j)) break;
        if (isAgreementNoun(w[j]!)) break;
        // ("безпекових угод у межах Спільної декларації", "accordi nel quadro della dichiarazione": the act the
        // agreements are made within is their frame, not what they are on)
        if (FOREIGN_FRAMES.has(w[j]!)) break;
        if (j <= c + 5 && phraseAt(w, j, V.EXCLUDED_PHRASES) > 0) {
          kind = kind === 'strong' && j > c + 3 ? kind : 'excluded';
          break;
        }
        // "support for Ukraine and cooperation", "cooperation and long-term support": the support-and-cooperation titles
        const pair = (w[j] === 'support' && w.slice(j + 1, j + 5).includes('cooperation')) || (w[j] === 'cooperation' && w.slice(j + 1, j + 5).includes('support'));
        // "Agreement on Support for Ukraine", the title of several of the type, right after its preposition
        // (not "agreement on €50 billion in support for Ukraine", nor "support for Ukraine's budget")
        const title = j === c + 1 && w[j] === 'support' && w[j + 1] === 'for' && w[j + 2] === 'ukraine' && w[j + 3] !== 's';
        if (securityAt(w, j) || pair || title || phraseAt(w, j, V.SUPPORT_PHRASES) > 0) {
          kind = 'strong';
          break;
        }
      }
    }
    // "agreements of this kind", "documents of the same type": the likeness named after the noun, no subject of its own
    const likeness = w[k + 1] === 'of' && likenessAfter(w, k + 2);
    if (likeness) similar = true;
    // "an agreement on joint border control", "a deal about grain": a subject of its own names another kind
    // ("signed the agreement, on his first trip to Kyiv": a comma closes the noun phrase, no complement after it)
    if (kind === null && !likeness && !clauseMarkBetween(toks, at[k]!, at[k + 1] ?? toks.length) && otherSubjectAfter(w, k + 1)) kind = 'other';
    if (kind === null && supportTitleBefore(w, k)) kind = 'strong';
    const term = kind === null && qualifier === null ? tenYearTerm(w, Math.max(0, left), k) : null;
    if (term) kind = 'strong';
    // "a support document", "the support agreement": the type's own title word ("Agreement on Support for
    // Ukraine", "Accord on Support …"), as weak as "guarantees"; "budget support", "military support" are other kinds
    if (kind === null && qualifier === 'support' && bareQualifier(w, left)) kind = 'weak';
    // "a ten-year support accord", "Harris signs 10-year support agreement": the title word with the type's term is
    // the type named, as "ten-year agreement" is ("ten-year military support deal" still names another kind)
    const supportTerm = kind === null && qualifier === 'support' && tenYearTerm(w, Math.max(0, left - 2), left) !== null;
    if (supportTerm) kind = 'strong';
    // "the ten-year security and support agreement", "a security and cooperation pact": the security word is
    // coordinated with the qualifier, so the compound still names the type
    if (kind === null && qualifier !== null && COORDINATED_WITH_SECURITY.has(qualifier) && w[left - 1] === 'and' && left >= 2 && securityAt(w, left - 2)) kind = 'strong';
    if (kind === null && qualifier !== null && !isSecurityWord(qualifier)) {
      // "cooperation agreement", "trade deal": a noun qualifier names another kind
      kind = phraseAt(w, k - 1, V.EXCLUDED_PHRASES) > 0 ? 'excluded' : 'other';
    }
    // "security guarantees agreement" is a name of the type; a "security guarantees document" may be the peace-deal one
    if (kind === 'strong' && guarantee && !/^(?:agreement|accord|treat|pact|deal)/.test(word)) kind = 'weak';
    if (kind === null) kind = 'anaphoric';
    // "agreements like this"
    if (w[k + 1] === 'like' && (w[k + 2] === 'this' || w[k + 2] === 'these')) similar = true;
    // "acuerdos similares", "un accord similaire", "un'intesa analoga": the Romance likeness after its noun
    if (V.SIMILAR_WORDS.has(w[k + 1] ?? '') && !V.ENGLISH_SIMILAR_WORDS.has(w[k + 1]!)) similar = true;
    const bilateral = kind === 'anaphoric' && w.slice(Math.max(0, left), k).includes('bilateral');
    refs.push({ kind, at: at[k]!, plural, similar, ...(kind === 'excluded' && !contrastedBefore(w, Math.max(0, left)) ? { act: true } : {}), ...(bilateral ? { bilateral } : {}), ...(term === 'term' || supportTerm ? { termOnly: true } : {}) });
    for (let j = Math.max(0, left); j <= Math.min(w.length - 1, k + 1); j++) covered[j] = 1;
  }

  for (let k = 0; k < w.length; k++) {
    if (covered[k]) continue;
    if (TEXT_NOUNS.has(w[k]!)) {
      const next = w[k + 1] ?? '';
      const after = next === 'of' ? (w[k + 2] === 'the' || w[k + 2] === 'a' ? w[k + 3] : w[k + 2]) ?? '' : next;
      // "the text of a bilateral trade agreement": the text of another kind of agreement
      const ofOther = next === 'of' && refs.some((r) => (r.kind === 'other' || r.kind === 'excluded') && r.at > at[k]! && r.at <= (at[k + 6] ?? Infinity));
      // "a Finnish-Ukrainian text covering security cooperation and long-term support": a text whose subject is the
      // type's own is the agreement itself, named
      // ("a text pledging Croatia's long-term cooperation with, and support for, Ukraine": the support-and-cooperation
      // title's two words, as after an agreement noun)
      if (!ofOther && (SUBJECT_PREPS.has(next) || participleComplementAt(w, k + 1)) && (typeSubjectAt(w, k + 2) || supportPairIn(w, k + 2))) {
        refs.push({ kind: 'strong', at: at[k]!, plural: PLURAL_TEXTS.has(w[k]!), similar: false });
        continue;
      }
      const notAgreement = TEXT_NOT_AGREEMENT_AFTER.has(after) || TEXT_NOT_AGREEMENT_AFTER.has(next) || phraseAt(w, k + 2, V.EXCLUDED_PHRASES) > 0 || phraseAt(w, k + 3, V.EXCLUDED_PHRASES) > 0;
      // "the American–Ukrainian security text", "the Polish security draft": a text named by the type's own
      // qualifier is the agreement named, as "security document" is
      if (!ofOther && !notAgreement && k > 0 && securityAt(w, k - 1) && !clauseMarkBetween(toks, at[k - 1]!, at[k]!)) {
        refs.push({ kind: 'strong', at: at[k]!, plural: PLURAL_TEXTS.has(w[k]!), similar: false });
        continue;
      }
      if (!ofOther && !notAgreement) {
        // "signed a similar text", "such a text": a text likened to the agreements named is one of them, not a draft
        // ("un texte similaire", "un testo analogo": the Romance likeness after its noun)
        const romance = V.SIMILAR_WORDS.has(w[k + 1] ?? '') && !V.ENGLISH_SIMILAR_WORDS.has(w[k + 1]!);
        const similar = romance || [w[k - 1], w[k - 2]].some((p) => p !== undefined && V.SIMILAR_WORDS.has(p) && p !== 'these' && p !== 'those');
        refs.push({ kind: 'anaphoric', at: at[k]!, plural: PLURAL_TEXTS.has(w[k]!), similar, textual: true });
      }
      continue;
    }
    // "It will be signed once it is agreed with the Ukrainian side": a sentence opened by "it" as the subject of a
    // passive signing speaks of the agreement the sentences before named
    if (k === 0 && w[0] === 'it' && passiveSigningAfter(w, 1)) {
      refs.push({ kind: 'anaphoric', at: at[k]!, plural: false, similar: false });
      continue;
    }
    // "Kallas is expected to sign it on the same day", "Prague hopes to conclude it next week": "it" as the
    // object of a verb of signing is the agreement the sentences before named ("sign it into law" is a bill's)
    if (w[k] === 'it' && k > 0 && itSignedAt(w, k)) {
      // ("ended with a final communiqué backed by 80 countries, though India declined to sign it": the text the
      // sentence named last, a statement of another kind, is what "it" stands for)
      if (otherTextBefore(w, k)) refs.push({ kind: 'excluded', at: at[k]!, plural: false, similar: false, act: true });
      else refs.push({ kind: 'anaphoric', at: at[k]!, plural: false, similar: false });
      continue;
    }
    // "Ukraine concluded the first of them with the UK", "signed one of these with Rome": a part of the agreements
    // the sentences before named, as the object of a verb of signing, is one of them
    if (partitiveSignedAt(w, k)) {
      refs.push({ kind: 'anaphoric', at: at[k]!, plural: false, similar: false });
      continue;
    }
    // "those concluded by Britain", "the ones already signed with France": a pronoun for agreements like the one
    // told of, named by the signing participle after it
    if (pronounOfSignedAt(w, k)) {
      refs.push({ kind: 'anaphoric', at: at[k]!, plural: true, similar: true });
      continue;
    }
    const ex = phraseAt(w, k, V.EXCLUDED_PHRASES);
    if (ex > 0) {
      const act = phraseAt(w, k, V.OTHER_ACT_PHRASES) > 0 && !contrastedBefore(w, k);
      const medium = act && mediumAt(toks, w, at, k);
      refs.push({ kind: 'excluded', at: at[k]!, plural: false, similar: false, ...(act ? { act } : {}), ...(medium ? { medium } : {}) });
      k += ex - 1;
      continue;
    }
    const weak = phraseAt(w, k, V.WEAK_PHRASES);
    if (weak > 0) {
      refs.push({ kind: 'weak', at: at[k]!, plural: true, similar: false });
      k += weak - 1;
      continue;
    }
    if (phraseAt(w, k, SECURITY_COMMITMENTS) > 0) {
      refs.push({ kind: 'strong', at: at[k]!, plural: true, similar: false });
      k += 1;
    }
  }
  refs.sort((a, b) => a.at - b.at);
  return markContentClause({ w, at }, markAmended(toks, { w, at }, refs));
}

/** statements, as opposed to acts that bind: what is said "in" them is said, not agreed */
const STATEMENT_HEADS = new Set(['communique', 'communiqué', 'statement']);
/** what may stand between "in" and a statement's head: "in the final summit communiqué", "in their joint statement" */
const MEDIUM_MODIFIERS = new Set(['the', 'a', 'an', 'its', 'their', 'this', 'that', 'his', 'her', 'summit', 'final', 'closing', 'joint', 'leaders', 's']);

/**
 * "Allies declared Ukraine's path irreversible in the summit communiqué", "said so in a joint statement": a
 * statement named as the place where something was said is the medium of the sentence, not its subject matter,
 * so the story's agreements stay the topic (the act does not take over "the agreements" after it).
 */
function mediumAt(toks: readonly Token[], w: readonly string[], at: readonly number[], k: number): boolean {
  let end = k;
  while (end < w.length && end < k + 2 && !STATEMENT_HEADS.has(w[end]!)) end++;
  if (!STATEMENT_HEADS.has(w[end] ?? '')) return false;
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    if (w[j] === 'in') return true;
    if (!MEDIUM_MODIFIERS.has(w[j]!) && toks[at[j]!]!.cap !== true) return false;
  }
  return false;
}

/** participles of signing that name a signed agreement after its noun or pronoun ("those concluded by") */
export const SIGNED_PARTICIPLES: ReadonlySet<string> = new Set(['signed', 'inked', 'concluded', 'sealed', 'forged', 'clinched', 'struck']);

/** "will be signed", "is to be concluded", "could be signed", "was signed", "has been inked" from word j on. */
function passiveSigningAfter(w: readonly string[], j: number): boolean {
  let v = j;
  while (v < j + 4 && /^(?:will|would|could|can|may|might|should|must|shall|is|was|has|had|to|be|been|also|now|then|soon|finally)$/.test(w[v] ?? '')) v++;
  return v > j && /^(?:be|been|is|was)$/.test(w[v - 1] ?? '') && SIGNED_PARTICIPLES.has(w[v] ?? '');
}

/** "it" at word k is the object of a verb of signing (not of a vague one: "struck it", "sealed it"). */
function itSignedAt(w: readonly string[], k: number): boolean {
  const v = w[k - 1]!;
  if (formOf(v) === null || VAGUE_SIGN.has(v)) return false;
  return w[k + 1] !== 'into' && w[k + 1] !== 'off';
}

/** the head of a part of a plural: "the first (of them)", "one (of these)", "the last", "each" */
const PARTITIVE_HEADS = /^(?:one|each|both|two|three)$/;

/**
 * "them" / "these" / "those" at word k after "of" and a partitive head ("the first of them", "one of these"), the
 * whole phrase the object of a verb of signing ("concluded the first of them"): not "the first of them to sign".
 */
function partitiveSignedAt(w: readonly string[], k: number): boolean {
  if ((w[k] !== 'them' && w[k] !== 'these' && w[k] !== 'those') || w[k - 1] !== 'of') return false;
  const head = w[k - 2] ?? '';
  if (!ORDINAL.test(head) && !PARTITIVE_HEADS.test(head)) return false;
  const v = w[k - 3] === 'the' ? k - 4 : k - 3;
  return v >= 0 && formOf(w[v]!) !== null && !VAGUE_SIGN.has(w[v]!) && w[k + 1] !== 'to';
}

const OTHER_TEXT_NOUNS = /^(?:communiqu[eé]|declaration|statement|resolution|charter|petition|letter|appeal|manifesto)$/;
const AGREEMENT_WORDS = /^(?:agreements?|accords?|pacts?|deals?|documents?|texts?|commitments|guarantees|treaty)$/;

/** Is the last text the sentence named before word k one of another kind (a communiqué, a declaration)? */
function otherTextBefore(w: readonly string[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    if (OTHER_TEXT_NOUNS.test(w[j]!)) return true;
    if (AGREEMENT_WORDS.test(w[j]!)) return false;
  }
  return false;
}

/** "those" / "the ones" at word k, then (after an adverb) a signing participle with its agent or partner. */
function pronounOfSignedAt(w: readonly string[], k: number): boolean {
  if (w[k] !== 'those' && !(w[k] === 'ones' && w[k - 1] === 'the')) return false;
  const v = /^(?:already|recently|previously|earlier|just)$/.test(w[k + 1] ?? '') ? k + 2 : k + 1;
  return SIGNED_PARTICIPLES.has(w[v] ?? '') && /^(?:by|with)$/.test(w[v + 1] ?? '');
}

/**
 * "an agreement setting out Ireland's long-term support for Ukraine", "a pact that lays out ...", "a deal
 * providing for security cooperation": a participle or relative verb of content introduces the agreement's
 * subject as a preposition does.
 */
const CONTENT_VERBS = /^(?:setting|sets|set|laying|lays|laid|spelling|spells|spelled|spelt|outlining|outlines|outlined|providing|provides|provided|covering|covers|enshrining|enshrines|formalising|formalizing|formalises|formalizes|guaranteeing|guarantees|promising|promises|pledging|pledges)$/;
/** "security cooperation and long-term support", "security guarantees" right at word j (after "the"/"a"). */
function typeSubjectAt(w: readonly string[], j: number): boolean {
  if (w[j] === 'the' || w[j] === 'a') j++;
  if (!securityAt(w, j)) return false;
  const pair = w[j + 1] === 'cooperation' && w.slice(j + 2, j + 6).includes('support');
  return pair || /^(?:guarantees|assurances|commitments)$/.test(w[j + 1] ?? '');
}

/** "long-term cooperation with, and support for, Ukraine": "cooperation" and "support" both within a few words from j. */
function supportPairIn(w: readonly string[], j: number): boolean {
  const span = w.slice(j, j + 8);
  return span.includes('cooperation') && span.includes('support');
}

function participleComplementAt(w: readonly string[], c: number): boolean {
  const v = (w[c] === 'that' || w[c] === 'which') ? c + 1 : c;
  return CONTENT_VERBS.test(w[v] ?? '');
}

/** Prepositions that introduce an agreement's subject ("agreement on border control", "a deal about grain"). */
const SUBJECT_PREPS = new Set(['on', 'about', 'concerning', 'regarding']);
/** Words before a subject's head that do not name it ("on the joint", "on a new"). */
const SUBJECT_MODIFIERS = new Set(['the', 'a', 'an', 'its', 'their', 'joint', 'mutual', 'bilateral', 'new', 'further', 'closer', 'long', 'term', '-']);
/** Subjects that stand for the tracked type's content: the phrase keeps pointing at the article's agreement. */
const SECURITY_SUBJECTS = new Set([
  'security', 'support', 'cooperation', 'guarantees', 'guarantee', 'assurances', 'assistance', 'defence', 'defense', 'military',
  'aid', 'protection', 'commitments',
]);
/** Heads after "on" that are adjuncts of the signing, not subjects ("on the sidelines", "on behalf of", "on Friday"). */
const ADJUNCT_HEADS = new Set([
  'sidelines', 'margins', 'margin', 'behalf', 'occasion', 'eve', 'day', 'days', 'way', 'basis', 'paper', 'website', 'site', 'page',
  'record', 'condition', 'conditions', 'time', 'top', 'part', 'anniversary', 'visit', 'trip', 'ceremony', 'today',
]);

/**
 * Does the agreement noun ending before word p have a subject of its own that is not the tracked type's
 * ("on joint border control", "about electricity exports")? Adjuncts of time and place are skipped ("an
 * agreement on Friday on joint control"); security, support and cooperation leave the phrase to the topic.
 */
function otherSubjectAfter(w: readonly string[], p: number): boolean {
  for (let phrases = 0; phrases < 2 && p < w.length && SUBJECT_PREPS.has(w[p]!); phrases++) {
    let h = p + 1;
    while (h < w.length && h <= p + 4 && SUBJECT_MODIFIERS.has(w[h]!)) h++;
    const head = w[h] ?? '';
    if (head === '' || SECURITY_SUBJECTS.has(head) || isAgreementNoun(head)) return false;
    const adjunct = ADJUNCT_HEADS.has(head) || MONTHS.has(head) || WEEKDAYS.has(head) || /^\d/.test(head);
    if (!adjunct) return true;
    // the next phrase, when it follows the adjunct directly ("on Friday on joint control", "on 13 June about grain")
    p = h + 1;
    while (p < w.length && p <= h + 3 && !SUBJECT_PREPS.has(w[p]!) && (MONTHS.has(w[p]!) || /^\d/.test(w[p]!))) p++;
  }
  return false;
}

/** words that may stand between a contrast and the act it sets aside ("not just a declaration") */
const CONTRAST_FILLERS = new Set(['a', 'an', 'the', 'mere', 'just', 'only', 'simply', 'merely', 'empty', 'another']);

/**
 * "a document with real substance, not just declarations", "a binding text rather than a declaration", "instead
 * of a memorandum": an act named only to be set aside is not what the text goes on about, so the topic stays
 * (word j opens the act's noun phrase).
 */
function contrastedBefore(w: readonly string[], j: number): boolean {
  let i = j - 1;
  while (i >= 0 && i >= j - 3 && CONTRAST_FILLERS.has(w[i]!)) i--;
  const x = w[i] ?? '';
  if (x === 'not') return true;
  if (x === 'than') return w[i - 1] === 'rather';
  return x === 'of' && w[i - 1] === 'instead';
}

/** A contrast opening at word j: "not", "rather than", "instead of". */
function contrastAt(w: readonly string[], j: number): boolean {
  return w[j] === 'not' || (w[j] === 'rather' && w[j + 1] === 'than') || (w[j] === 'instead' && w[j + 1] === 'of');
}

/** Words of a whole text that matter at article level. */
export function hasPhrase(toks: readonly Token[], phrases: readonly (readonly string[])[]): boolean {
  const { w } = wordView(toks);
  for (let k = 0; k < w.length; k++) if (phraseAt(w, k, phrases) > 0) return true;
  return false;
}

let ACT_HEADS: ReadonlySet<string> | null = null;

/** Cheap test: could this sentence name the agreement type (so the article is about it), or another act? */
export function mayNameType(toks: readonly Token[]): boolean {
  ACT_HEADS ??= new Set(V.OTHER_ACT_PHRASES.map((p) => p[0]!));
  for (const t of toks) if (t.word && (isAgreementNoun(t.lower) || t.lower === 'commitments' || ACT_HEADS.has(t.lower))) return true;
  // ("the American–Ukrainian security text": a text noun after the type's qualifier names it too)
  for (let i = 1; i < toks.length; i++) if (TEXT_NOUNS.has(toks[i]!.lower) && isSecurityWord(toks[i - 1]!.lower)) return true;
  return false;
}
