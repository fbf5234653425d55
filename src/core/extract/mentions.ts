import { FOREIGN_GROUP_HEADS, FOREIGN_GROUP_WORDS, GROUPS, GROUP_HEAD_NOUNS, peopleCode, type GroupEntry } from '../gazetteer/index.js';
import { TEAM_NOUNS } from './team-nouns.js';
import { matchLexicon, type EntryKind } from './lexicon.js';
import { spaceBefore, type Token } from './tokens.js';
import {
  HOST_VERBS,
  LEADER_NOUNS,
  LOCATIVES,
  MEMBERSHIP_WORDS,
  NAME_MODIFIER_NOUNS,
  NUMBER_WORDS,
  SUBJECT_ADVERBS,
  SUBJECT_VERBS,
  TITLE_MODIFIERS,
  VISIT_WORDS,
} from './words.js';
import { MONTHS } from './dates/calendar-words.js';
import { isAgreementNoun } from './kind.js';
import { afterFirstName } from './article/person-names.js';
import { personNameAt } from './person-after.js';
import { frameGroups } from './group-frames.js';

/**
 * What a country mention does in its sentence. Only `partner` mentions can become claims; `visit`
 * ("a visit to Madrid") is a weak fallback; `place` ("signed in Washington"), `modifier`
 * ("Russia's aggression", "EU summit") never are. The hub is recognised so it is never a party.
 */
/** verbs of motion that take their destination after a preposition ("came to Kyiv"), never as an object */
const INTRANSITIVE_MOTION = new Set(['went', 'goes', 'going', 'came', 'comes', 'arrive', 'arrives', 'arrived', 'travel', 'travels', 'travelled', 'traveled']);

export type Role = 'hub' | 'partner' | 'visit' | 'place' | 'modifier';

export interface Mention {
  readonly codes: readonly string[];
  readonly kind: EntryKind | 'group';
  /** token range [from, to) */
  readonly from: number;
  readonly to: number;
  readonly role: Role;
  /** "three Nordic countries": a count smaller than the group; the members are resolved from nearby mentions */
  readonly count?: number;
  /** "the other Baltic states": the group less the members the article has named before (article/counted-groups.ts) */
  readonly others?: boolean;
}

const POSSESSIVE_S = new Set(['s']);
const DIRECTION_ADJECTIVES = new Set(['southern', 'northern', 'eastern', 'western', 'central', 'neighbouring', 'neighboring', 'rural', 'coastal', 'southwestern', 'southeastern', 'northwestern', 'northeastern']);

/** the parts of a country a place is said to lie in ("in the south of France") */
const GEO_PARTS = new Set(['south', 'north', 'east', 'west', 'centre', 'center', 'heart', 'heel', 'toe', 'coast', 'border', 'outskirts', 'interior', 'mountains', 'countryside', 'far']);

function lowerAt(toks: readonly Token[], i: number): string {
  return i >= 0 && i < toks.length ? toks[i]!.lower : '';
}

/** what the agreement is called before its noun: "Canada's ten-year security agreement", "Italy's landmark pact" */
const AGREEMENT_ADJECTIVES = new Set(['ten', '10', 'year', 'decade', 'landmark', 'historic', 'comprehensive', 'first', 'latest', 'recent']);

/** After a possessive or adjective: does a leader noun or the agreement follow (skipping title words)? */
function actorFollows(toks: readonly Token[], i: number): boolean {
  for (let k = i, seen = 0; k < toks.length && seen < 5; k++, seen++) {
    const w = toks[k]!.lower;
    if (LEADER_NOUNS.has(w) || TEAM_NOUNS.has(w) || isAgreementNoun(w) || w === 'security' || w === 'bilateral' || w === 'signature' || w === 'signatures' || w === 'turn' || w === 'draft' || w === 'text') return true;
    // "as did Danish, Canadian and Italian ones", "the Finnish one": the pro-form stands for the head noun
    // named before, which a claim still needs a cue and an agreement for
    if (w === 'ones' || w === 'one') return true;
    if (TITLE_MODIFIERS.has(w) || w === '-' || w === 'long' || w === 'term' || w === 'new' || w === 'own' || AGREEMENT_ADJECTIVES.has(w)) continue;
    // "British and Ukrainian officials": a coordinated adjective shares the head noun
    if ((w === 'and' || w === ',') && toks[k + 1]?.cap) continue;
    if (k > i && toks[k]!.cap && (toks[k - 1]!.lower === 'and' || toks[k - 1]!.lower === ',')) continue;
    // "Sweden's and Iceland's agreements": the next possessor's mark, within the coordination (not counted)
    if (k > i && toks[k - 1]!.cap && possessiveEnd(toks, k) > 0) {
      k = possessiveEnd(toks, k) - 1;
      seen--;
      continue;
    }
    return false;
  }
  return false;
}

/** Tokens that may open a clause's subject. */
// ("a source said Tokyo was expected to sign": the subject of a reported clause with no "that")
const SUBJECT_OPENERS = new Set([',', ';', ':', 'and', 'while', 'but', 'whereas', '"', '(', 'as', 'then', 'that', 'said', 'says']);

const COPULAS = new Set(['is', 'was', 'were', 'are']);

/** Does a verb (after optional adverbs) follow token `j`? "Berlin and Paris followed", "Prague now hopes". */
function verbAt(toks: readonly Token[], j: number): boolean {
  // "Helsinki, which signed in April, ...": the relative clause's verb is the capital's too
  if (toks[j]?.text === ',' && (toks[j + 1]?.lower === 'which' || toks[j + 1]?.lower === 'who')) return verbAt(toks, j + 2);
  j = afterAside(toks, j);
  // 'Bern "does not intend to ..."': a quotation may open right on the verb
  if (/^["“„«]$/.test(toks[j]?.text ?? '')) j++;
  for (let k = j, seen = 0; k < toks.length && seen < 3; k++, seen++) {
    const t = toks[k]!;
    if (SUBJECT_ADVERBS.has(t.lower)) continue;
    if (!t.word || t.cap) return false;
    return SUBJECT_VERBS.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ed'));
  }
  return false;
}

/** ", by contrast, have refused": the token after a short lower-case aside between commas at j, else j. */
function afterAside(toks: readonly Token[], j: number): number {
  if (toks[j]?.text !== ',') return j;
  for (let k = j + 1; k < toks.length && k <= j + 4; k++) {
    const t = toks[k]!;
    if (t.text === ',') return k > j + 1 ? k + 1 : j;
    if (!t.word || t.cap) return j;
  }
  return j;
}

/**
 * "BORGO EGNAZIA, Italy (Example Wire) -": the token index of the dash that ends a dateline, or -1. A place in
 * capitals opens one; a place in title case only with the wire's full form, a date and the agency in parentheses
 * right before the dash ("Fasano, Italy, June 14 (Example Press)--", "Kyiv, Jan. 12 (Wire) —"), which no sentence has.
 */
export function datelineEnd(toks: readonly Token[]): number {
  const first = toks[0];
  if (!first || !first.word || first.text.length < 2 || /\d/.test(first.text)) return -1;
  const capitals = first.text === first.text.toUpperCase();
  if (!capitals && !first.cap) return -1;
  let paren = false;
  let month = false;
  for (let j = 1; j < toks.length && j < 16; j++) {
    const t = toks[j]!;
    if (paren) {
      if (t.text === ')') paren = false;
      continue;
    }
    if (t.lower === '-' && (spaceBefore(toks, j) || toks[j - 1]!.text === ')')) return capitals || (month && toks[j - 1]!.text === ')') ? j : -1;
    if (/^[—–]$/.test(t.text) && (capitals || month) && toks[j - 1]!.text === ')') return j;
    if (t.text === '(') paren = true;
    else if (t.word && (t.cap || /^\d/.test(t.text))) month ||= MONTHS.has(t.lower) && /^\d/.test(toks[toks[j + 1]?.text === '.' ? j + 2 : j + 1]?.text ?? '');
    else if (t.text === ',' || t.text === '/' || t.text === '.') continue;
    else return -1;
  }
  return -1;
}

const JOIN_VERBS = new Set(['join', 'joins', 'joined', 'joining']);

/** the bodies that govern a state: "the government in Warsaw" is Poland */
const GOVERNMENT_NOUNS = new Set(['government', 'governments', 'authorities']);
/** the members of a bloc, named after it ("EU governments", "EU member states") */
const MEMBER_NOUNS = new Set(['governments', 'countries', 'states', 'member', 'members', 'nations', 'capitals', 'partners', 'allies', 'neighbours', 'neighbors']);

function roleOf(
  toks: readonly Token[],
  from: number,
  to: number,
  kind: EntryKind,
  isHub: (i: number) => boolean,
  code = '',
): Role {
  const p1 = lowerAt(toks, from - 1);
  const p2 = lowerAt(toks, from - 2);
  const n1 = lowerAt(toks, to);
  const n2 = lowerAt(toks, to + 1);

  // "Dutch-Ukrainian", "Ukraine-Denmark": a compound with the hub names the two sides
  const glued = (i: number): boolean => i >= 1 && i < toks.length && toks[i]!.lower === '-' && !(toks[i]!.start > toks[i - 1]!.end);
  if (glued(to) && isHub(to + 1)) {
    let k = to + 1;
    while (k < toks.length && isHub(k)) k++;
    return actorFollows(toks, k) ? 'partner' : 'modifier';
  }
  if (glued(from - 1) && isHub(from - 2)) return actorFollows(toks, to) ? 'partner' : 'modifier';

  if (kind === 'adjective') {
    // French/Italian put the adjective after the title: "le président français", "il primo ministro bulgaro"
    if (LEADER_NOUNS.has(p1) || p1 === 'homologue' || p1 === 'omologo') return 'partner';
    if (p1 === 'latin' || p1 === 'north' || p1 === 'south' || p1 === 'central') return 'modifier';
    return actorFollows(toks, to) ? 'partner' : 'modifier';
  }

  // "two EU governments, Hungary and Slovakia", "NATO and EU member states": the bloc names its members' kind
  // ("angered fellow EU leaders", "his fellow EU members": "fellow" makes them the subject's peers, the same)
  if (code === 'EU' && (MEMBER_NOUNS.has(n1) || p1 === 'fellow')) return 'modifier';
  // "a long border with Russia", "at war with Russia": a neighbour or an enemy, not a party to an agreement
  if (p1 === 'with' && /^(?:border|borders|frontier|war|conflict|tensions)$/.test(p2)) return 'modifier';
  // possessive: "Spain's prime minister" acts, "Russia's aggression" does not
  if ((n1 === "'" && POSSESSIVE_S.has(n2)) || (n1 === "'" && toks[to - 1]!.lower.endsWith('s'))) {
    const after = POSSESSIVE_S.has(n2) ? to + 2 : to + 1;
    return actorFollows(toks, after) || personNameAt(toks, after) || ownerAlone(toks, after) ? 'partner' : 'modifier';
  }

  // "the summit hosted by Keir Starmer", "talks brokered by Turkey": the host of the occasion, not a signer
  if (p1 === 'by' && HOST_VERBS.has(p2)) return 'place';
  // "the government in Budapest", "two governments, in Budapest and Bratislava,": a government placed in its
  // capital is the state (its seat, not the place of an event)
  if (kind === 'capital' && seatOfGovernment(toks, from)) return 'partner';
  if (LOCATIVES.has(p1)) return 'place';
  // "in southern Italy", "in neighbouring Poland"
  if (DIRECTION_ADJECTIVES.has(p1) && (LOCATIVES.has(p2) || p2 === 'the' || p2 === 'of')) return 'place';
  // "in the Netherlands", "at the White House"
  if (p1 === 'the' && LOCATIVES.has(p2)) return 'place';
  if (kind === 'leader') return p1 === 'against' ? 'modifier' : 'partner';
  // "in Oxford, UK": a country in apposition to a place (not "In March, Finland ...")
  // (not "at the summit in Washington, Luxembourg and Romania joined": a list that opens the clause's subject;
  // nor "last week in Dubrovnik, Croatia signed": a country right before its verb is the subject, unless the verb
  // is a copula, "the summit in Vilnius, Lithuania was …")
  if (p1 === ',' && from >= 2 && toks[from - 2]!.cap && !MONTHS.has(lowerAt(toks, from - 2)) && LOCATIVES.has(lowerAt(toks, from - 3)) && !(n1 === 'and' && toks[to + 1]?.cap) && !(verbAt(toks, to) && !COPULAS.has(n1))) return 'place';
  if (p1 === 'the' && (p2 === 'of' || p2 === 'in') && LOCATIVES.has(lowerAt(toks, from - 4))) return 'place';
  // "in the heel of Italy", "in the south of France", "near the border of Poland": a part of the country, a place
  if (p1 === 'of' && GEO_PARTS.has(p2) && lowerAt(toks, from - 3) === 'the' && LOCATIVES.has(lowerAt(toks, from - 4))) return 'place';
  if ((p1 === 'to' || p1 === 'from') && VISIT_WORDS.has(p2)) return 'visit';
  // ("visited Madrid", but "then came Denmark": an intransitive verb of motion takes its destination after "to",
  // the name right after it is its inverted subject)
  if (VISIT_WORDS.has(p1) && !INTRANSITIVE_MOTION.has(p1)) return 'visit';
  if (p1 === 'against') return 'modifier';
  // "From Madrid, Zelensky will travel to Brussels", "From Berlin, the chancellor flew on": an opening "from"
  // phrase set off by a comma is the leg of a journey the sentence starts at, a place, not the first item
  // of a list of parties ("Kyiv, Dublin sign")
  if (p1 === 'from' && n1 === ',' && (from === 1 || /^[,;:–—-]$/.test(p2))) return 'place';
  // "stockpiles facing Turkey", "the states bordering Russia": an adversary or a neighbour, like "against"
  if (/^(?:facing|confronting|bordering|deterring|threatening|threatened|opposing)$/.test(p1)) return 'modifier';
  // membership talk: "accession to the EU", "join the EU and NATO"
  // ("Germany and France join the United Kingdom, which signed last month": a state is joined as company, not as
  // a member; only the Union has members)
  const joinsState = code !== 'EU' && JOIN_VERBS.has(p1 === 'the' ? p2 : p1);
  if (!joinsState && (MEMBERSHIP_WORDS.has(p1) || (p1 === 'the' && (MEMBERSHIP_WORDS.has(p2) || ((p2 === 'to' || p2 === 'in' || p2 === 'into') && MEMBERSHIP_WORDS.has(lowerAt(toks, from - 3))))))) {
    return 'modifier';
  }
  if (n1 === 'and' && n2 === 'nato') return 'modifier';
  // "on the sidelines of the EU leaders' summit": the leaders' gathering, not the leaders acting
  if (LEADER_NOUNS.has(n1) && n2 === "'" && !actorFollows(toks, to + 2)) return 'modifier';
  if (NAME_MODIFIER_NOUNS.has(n1) || (n1 === '-' && NAME_MODIFIER_NOUNS.has(n2))) return 'modifier';
  // "EU-Gipfel", "EU-brokered": glued to a word that is not the hub
  if (glued(to) && toks[to + 1]?.word && !isHub(to + 1)) return 'modifier';
  // "Luís Montenegro": a capitalised non-function word right before a country name is a first name
  // (not "Neighbouring Denmark" opening a sentence: an adjective, not a first name)
  if (afterFirstName(toks, from) && !DIRECTION_ADJECTIVES.has(p1)) return 'modifier';
  if (kind === 'capital') {
    // a capital is the state only where a party stands: "with London", "Kyiv and Dublin", "Kyiv, Dublin sign"
    if (p1 === 'with' || p1 === 'between' || p1 === 'by') return 'partner';
    // "signatures from London": the signer, not a place of departure
    if (p1 === 'from' && (p2 === 'signature' || p2 === 'signatures')) return 'partner';
    if ((p1 === 'and' || p1 === ',' || p1 === '/') && isHub(from - 2)) return 'partner';
    if ((n1 === 'and' || n1 === ',' || n1 === '/') && isHub(to + 1)) return 'partner';
    // "Berlin and Paris followed", "Copenhagen had signed": the subject of a clause (decided in findMentions)
    return 'modifier';
  }
  return 'partner';
}

/**
 * "the government in Budapest", "two governments, in Budapest and Bratislava,", "officials in The Hague say": a
 * government or its officials placed in the capital at token `from` are its state. Officials need no nationality
 * before them ("Ukrainian officials in Berlin" are visitors there). ("The Hague": the article is the name's own.)
 */
function seatOfGovernment(toks: readonly Token[], from: number): boolean {
  const at = toks[from - 1]?.text === 'The' && from >= 2 ? from - 1 : from;
  if (lowerAt(toks, at - 1) !== 'in') return false;
  const noun = lowerAt(toks, at - 2);
  if (GOVERNMENT_NOUNS.has(noun) || (noun === ',' && GOVERNMENT_NOUNS.has(lowerAt(toks, at - 3)))) return true;
  return noun === 'officials' && !(at >= 3 && toks[at - 3]!.cap);
}

/** What may follow a possessive that has no noun of its own: a verb, or the next phrase's opener. */
const AFTER_BARE_POSSESSIVE = new Set([...SUBJECT_VERBS, 'followed', 'signed', 'came', 'the', 'too', 'also', 'then']);

/**
 * "Germany's followed in mid-February, and France's the same day", "France's, signed in Paris": a possessive with
 * no noun after it stands for the possessor's own one of what the text is telling of, so the possessor acts.
 */
function ownerAlone(toks: readonly Token[], after: number): boolean {
  const t = toks[after];
  if (!t) return false;
  // "Hungary's and Slovakia's, refused": the next possessor in the coordination decides for both
  if ((t.lower === 'and' || t.text === ',') && toks[after + 1]?.cap) {
    const next = possessiveEnd(toks, after + 2);
    if (next > 0) return ownerAlone(toks, next);
  }
  return t.word ? !t.cap && AFTER_BARE_POSSESSIVE.has(t.lower) : /^[,;)]$/.test(t.text);
}

/** The token after a possessive "'s" / "'" at token `to`, else -1. */
function possessiveEnd(toks: readonly Token[], to: number): number {
  if (lowerAt(toks, to) !== "'") return -1;
  return POSSESSIVE_S.has(lowerAt(toks, to + 1)) ? to + 2 : to + 1;
}

/** Party mentions in a sentence's tokens, with their roles. Groups ("the Baltic states") expand. */
export function findMentions(toks: readonly Token[], hub: string): Mention[] {
  const raw = matchLexicon(toks);
  const hubAt = new Set<number>();
  for (const m of raw) if (m.entries.some((e) => e.code === hub)) for (let i = m.from; i < m.to; i++) hubAt.add(i);
  const isHub = (i: number): boolean => hubAt.has(i);

  const dateline = datelineEnd(toks);
  const out: Mention[] = [];
  for (const m of raw) {
    const hubEntry = m.entries.find((e) => e.code === hub);
    if (hubEntry) {
      out.push({ codes: [hub], kind: hubEntry.kind, from: m.from, to: m.to, role: 'hub' });
      continue;
    }
    const e = m.entries[0]!;
    // a dateline names where the story was filed, never a party
    let role = m.from < dateline ? 'place' : roleOf(toks, m.from, m.to, e.kind, isHub, e.code);
    // "Romania's Klaus Iohannis": a leader the gazetteer knows speaks for the state himself
    if (role === 'partner' && e.kind !== 'leader') {
      const owner = possessiveEnd(toks, m.to);
      if (raw.some((x) => x.from === owner && x.entries[0]!.kind === 'leader' && x.entries[0]!.code === e.code)) role = 'modifier';
    }
    out.push({ codes: [e.code], kind: e.kind, from: m.from, to: m.to, role });
  }
  markSubjects(toks, out, dateline);
  peopleMentions(toks, out, hub);
  visitsToSign(toks, out);
  capitalsInOrder(toks, out);
  for (let i = 0; i < toks.length; i++) {
    const groups = GROUP_WORDS.get(toks[i]!.lower);
    if (!groups) continue;
    for (const g of groups) {
      if (g.plurals.includes(toks[i]!.lower) && lowerAt(toks, i - 1) === 'the') {
        out.push({ codes: g.members, kind: 'group', from: i, to: i + 1, role: 'partner' });
      } else if (g.lead.includes(toks[i]!.lower) && groupHeadLength(toks, i + 1) > 0) {
        const head = groupHeadLength(toks, i + 1);
        // "the Baltic states" (a named set), not "14 other countries" or "the Nordic country";
        // "three Nordic countries" (fewer than the group) is resolved against the members named nearby
        const p = lowerAt(toks, i - 1);
        const n = NUMBER_WORDS.get(p) ?? (/^\d+$/.test(p) ? Number(p) : undefined);
        // "the other Baltic states", "the remaining Nordic countries": the members not yet named
        const others = /^(?:other|remaining)$/.test(p) && /^(?:the|its|their|our)$/.test(lowerAt(toks, i - 2));
        if (others) {
          out.push({ codes: g.members, kind: 'group', from: i - 1, to: i + 1 + head, role: 'partner', others: true });
        } else if (n !== undefined && n < g.members.length) {
          out.push({ codes: g.members, kind: 'group', from: i - 1, to: i + 1 + head, role: 'partner', count: n });
        } else if (p === 'the' || p === 'all' || p === 'both' || n !== undefined || wholeGroupAfter(toks, i - 1, i + 1 + head, g.members.length) || sharedHead(toks, i)) {
          out.push({ codes: g.members, kind: 'group', from: i, to: i + 1 + head, role: 'partner' });
        }
      } else if (g.lead.includes(toks[i]!.lower) && /^(?:every|each)$/.test(lowerAt(toks, i - 1)) && SINGULAR_HEADS.test(lowerAt(toks, i + 1)) && !/^(?:not|nearly|almost)$/.test(lowerAt(toks, i - 2))) {
        // "every G7 member", "each Nordic country": one at a time, but all of them ("not every" is some of them)
        const head = lowerAt(toks, i + 1) === 'member' && /^(?:state|country|nation)$/.test(lowerAt(toks, i + 2)) ? 2 : 1;
        out.push({ codes: g.members, kind: 'group', from: i, to: i + 1 + head, role: 'partner' });
      } else if (g.lead.includes(toks[i]!.lower) && sharedHead(toks, i)) {
        out.push({ codes: g.members, kind: 'group', from: i, to: i + 1, role: 'partner' });
      } else if (g.lead.includes(toks[i]!.lower) && bareGroupInList(toks, i, out)) {
        out.push({ codes: g.members, kind: 'group', from: i, to: i + 1, role: 'partner' });
      }
    }
  }
  foreignGroups(toks, out);
  out.sort((a, b) => a.from - b.from);
  frameGroups(toks, out);
  return out;
}

/**
 * "cu statele nordice", "z państwami bałtyckimi", "з балтійськими країнами", "mit den baltischen Staaten": a group
 * in the other languages, a plural head noun with the group's plural adjective on either side. Not after a number
 * ("двома балтійськими країнами" is some of them).
 */
function foreignGroups(toks: readonly Token[], out: Mention[]): void {
  for (let i = 0; i < toks.length; i++) {
    const lead = FOREIGN_GROUP_WORDS.get(toks[i]!.lower);
    if (lead === undefined) continue;
    const g = GROUPS.find((x) => x.lead.includes(lead));
    if (!g) continue;
    const from = FOREIGN_GROUP_HEADS.has(lowerAt(toks, i - 1)) ? i - 1 : FOREIGN_GROUP_HEADS.has(lowerAt(toks, i + 1)) ? i : -1;
    if (from < 0) continue;
    if (someOf(toks, from) || out.some((m) => m.from < from + 2 && m.to > from)) continue;
    out.push({ codes: g.members, kind: 'group', from, to: from + 2, role: 'partner' });
  }
}

/** numbers and quantifiers of the other languages, and their words of a part ("to av de", "dwa z", "două dintre") */
const FOREIGN_SOME = /^(?:\d+|two|to|två|dwa|dwie|dwoma|trzy|trzema|два|двома|дві|двумя|три|трьома|тремя|due|tre|deux|trois|zwei|drei|dos|tres|doi|două|trei|dva|dvě|dvije|tri|twee|drie|kaksi|kilka|kilkoma|kilku|некілька|несколько|деякі|деякими|некоторые|alcuni|alcune|quelques|certains|einige|einigen|mehrere|unele|unii|několik|noen|några|nogle|enkele|algunos|algunas|vários|várias)$/;
const FOREIGN_PART = /^(?:av|af|of|z|ze|з|із|из|от|від|di|dei|degli|delle|de|des|du|dintre|din|von|unter|van|od|iš|közül|prej|dari|entre)$/;
const FOREIGN_ARTICLE = /^(?:de|den|der|die|the|i|les|la|le|los|las|os|as|gli|het)$/;

/** Does a number stand before token `from`, alone or before a part word ("dwoma państwami", "to av de nordiske landene")? */
function someOf(toks: readonly Token[], from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - 3; k--) {
    const x = lowerAt(toks, k);
    if (FOREIGN_SOME.test(x) || NUMBER_WORDS.has(x)) return k === from - 1 || toks.slice(k + 1, from).some((t) => FOREIGN_PART.test(t.lower));
    if (!FOREIGN_PART.test(x) && !FOREIGN_ARTICLE.test(x)) return false;
  }
  return false;
}

/**
 * "The Americans began negotiating", "the Czechs and the Poles have signed", "the French signed theirs": a
 * people with "the" stands for its state. A plural in "-s" is a people wherever it stands; a demonym without
 * one ("the French", "the Dutch") only when a verb or the list goes on after it ("the French president" is a
 * person's title, read elsewhere).
 */
function peopleMentions(toks: readonly Token[], out: Mention[], hub: string): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.cap) continue;
    const people = peopleCode(t.lower);
    if (people === undefined) continue;
    // "the Czechs"; without "the" only a plural coordinated with another ("Danes and Finns had concluded theirs")
    if (lowerAt(toks, i - 1) !== 'the' && !(people.adjective === false && coordinatedPeople(toks, i))) continue;
    const { code } = people;
    const n1 = lowerAt(toks, i + 1);
    if (people.adjective && !(verbAt(toks, i + 1) || n1 === 'and' || n1 === ',' || n1 === '.' || n1 === ';')) continue;
    const role: Role = code === hub ? 'hub' : 'partner';
    const at = out.findIndex((m) => m.from === i && m.to === i + 1);
    const mention: Mention = { codes: [code], kind: 'name', from: i, to: i + 1, role };
    if (at >= 0) out[at] = mention;
    else if (!out.some((m) => m.from <= i && m.to > i)) out.push(mention);
  }
}

/** a plural people joined by "and" to another ("Danes and Finns", "Poles and Czechs") */
function coordinatedPeople(toks: readonly Token[], i: number): boolean {
  const plural = (k: number): boolean => toks[k]?.cap === true && peopleCode(toks[k]!.lower)?.adjective === false;
  return (lowerAt(toks, i + 1) === 'and' && plural(i + 2)) || (lowerAt(toks, i - 1) === 'and' && plural(i - 2));
}

const GROUP_WORDS: ReadonlyMap<string, readonly GroupEntry[]> = (() => {
  const m = new Map<string, GroupEntry[]>();
  for (const g of GROUPS) for (const w of [...g.lead, ...g.plurals]) m.set(w, [...(m.get(w) ?? []), g]);
  return m;
})();

/**
 * "the Baltic and Nordic states", "all Baltic, Nordic and Benelux countries": group names coordinated before one
 * head noun share it and the determiner of the first (the lead at token i is one of them). Not "the Baltic and
 * the Nordic states" (the first is then a bare name, bareGroupInList's) nor "Baltic and Nordic states" (some of them).
 */
function sharedHead(toks: readonly Token[], i: number): boolean {
  const joiner = (k: number): boolean => /^(?:and|,|&)$/.test(lowerAt(toks, k));
  let after = i + 1;
  while (joiner(after) && GROUP_WORDS.has(lowerAt(toks, after + 1))) after += 2;
  let before = i - 1;
  while (joiner(before) && GROUP_WORDS.has(lowerAt(toks, before - 1))) before -= 2;
  // (one coordination at least, ending on the head noun and opened by a determiner of the whole set)
  return (after > i + 1 || before < i - 1) && groupHeadLength(toks, after) > 0 && /^(?:the|all|both)$/.test(lowerAt(toks, before));
}

/**
 * "with the G7, the Nordic countries and the Baltic states": a bare group name ("the G7", no head noun) is the
 * group's members only as an item of a list of parties, coordinated with a partner named right after it
 * ("the G7 summit", "the G7 declaration", "at the G7" are not).
 */
function bareGroupInList(toks: readonly Token[], i: number, found: readonly Mention[]): boolean {
  if (lowerAt(toks, i - 1) !== 'the' || !/^(?:,|and|&)$/.test(lowerAt(toks, i + 1))) return false;
  if (LOCATIVES.has(lowerAt(toks, i - 2))) return false;
  const next = lowerAt(toks, i + 2) === 'the' ? i + 3 : i + 2;
  // the next item: a country or a group with its head noun ("the Nordic countries")
  return found.some((m) => m.role === 'partner' && m.from === next) || (GROUP_WORDS.has(lowerAt(toks, next)) && GROUP_HEAD_NOUNS.has(lowerAt(toks, next + 1)));
}

/**
 * Capitals and seats of government that open a clause and are followed by its verb are its subject:
 * "Berlin and Paris followed on February 16", "Copenhagen had signed in Lviv". A coordination of names
 * ("Rome and Ottawa") is read as one subject.
 */
/** Base forms of signing after the "to" of a purpose: "to visit Belgium and Portugal to sign similar documents". */
const PURPOSE_SIGN = new Set(['sign', 'conclude', 'ink', 'seal']);

/**
 * "is expected to visit Belgium and Portugal to sign similar documents", "travels to Vilnius to ink a pact": the
 * hosts of a visit whose purpose is the signing are its parties, every item of the destination list.
 */
function visitsToSign(toks: readonly Token[], out: Mention[]): void {
  for (let k = 0; k < out.length; k++) {
    if (out[k]!.role !== 'visit') continue;
    const chain = [k];
    let end = out[k]!.to;
    for (;;) {
      if (toks[end]?.lower !== 'and' && toks[end]?.text !== ',') break;
      const start = toks[end + 1]?.lower === 'the' ? end + 2 : end + 1;
      const next = out.findIndex((m) => m.from === start);
      if (next < 0) break;
      chain.push(next);
      end = out[next]!.to;
    }
    if (lowerAt(toks, end) !== 'to' || !PURPOSE_SIGN.has(lowerAt(toks, end + 1))) continue;
    // (a capital in the list, "Vilnius and Riga", stands for its state as the first destination does)
    for (const i of chain) if (out[i]!.role === 'visit' || out[i]!.role === 'partner' || out[i]!.kind === 'capital') out[i] = { ...out[i]!, role: 'partner' };
  }
}

/** the words that open a list of those who came before: "following London, Berlin and Paris", "after Rome and Ottawa" */
const ORDER_WORDS = new Set(['following', 'after']);

/**
 * "Romania signed on Thursday, following London, Berlin, Paris, Copenhagen, Rome and Ottawa": a list of two or
 * more capitals after "following" / "after" names states in a sequence, not places (a single "after Berlin" may
 * be a stop on a trip, so it stays a place).
 */
function capitalsInOrder(toks: readonly Token[], out: Mention[]): void {
  for (let k = 0; k < out.length; k++) {
    if (out[k]!.kind !== 'capital' || !ORDER_WORDS.has(lowerAt(toks, out[k]!.from - 1))) continue;
    const chain = [k];
    let end = out[k]!.to;
    while (toks[end]?.lower === 'and' || toks[end]?.text === ',') {
      const start = toks[end + 1]?.lower === 'and' ? end + 2 : end + 1;
      const next = out.findIndex((m) => m.from === start && (m.kind === 'capital' || m.role === 'partner'));
      if (next < 0) break;
      chain.push(next);
      end = out[next]!.to;
    }
    if (chain.length < 2) continue;
    for (const i of chain) out[i] = { ...out[i]!, role: 'partner' };
    k = chain[chain.length - 1]!;
  }
}

/** adverbs that may stand before a clause's subject, focusing it ("only London", "even Berlin") */
const FOCUS_ADVERBS = new Set(['only', 'even', 'just']);

function markSubjects(toks: readonly Token[], out: Mention[], dateline: number): void {
  let i = 0;
  while (i < out.length) {
    // one coordination: mentions joined by "and" / ","
    let j = i;
    // ("Rome, The Hague and Riga": an article may open the next name)
    const nextItem = (k: number): boolean => out[k + 1]!.from === out[k]!.to + 1 || (out[k + 1]!.from === out[k]!.to + 2 && lowerAt(toks, out[k]!.to + 1) === 'the');
    // ("Inside the EU, Budapest and Bratislava have said no": a place after a preposition ends at its comma, and the
    // names after it open the clause)
    const placeEnds = (k: number): boolean => out[k]!.role === 'place' && lowerAt(toks, out[k]!.to) === ',';
    while (j + 1 < out.length && nextItem(j) && /^(?:and|,|&)$/.test(lowerAt(toks, out[j]!.to)) && !placeEnds(j)) j++;
    const from = out[i]!.from;
    const p1 = lowerAt(toks, from - 1);
    // ("the agreements London, Berlin and Paris have signed": the subject of a relative clause with no "that")
    // ("Only London, Berlin and Paris got there before Copenhagen": a focusing adverb before the subject)
    const det = p1 === 'the' || FOCUS_ADVERBS.has(p1);
    const opens = from === 0 || from === dateline + 1 || SUBJECT_OPENERS.has(p1) || isAgreementNoun(p1) || (det && (from === 1 || SUBJECT_OPENERS.has(lowerAt(toks, from - 2))));
    // "with London, Berlin, Paris and Rome": the list shares the role of its head
    const listOfParties = out[i]!.role === 'partner' && j > i;
    // "Rome thus follows London, Berlin and Paris", "Oslo joined Copenhagen and Stockholm": the states one follows
    // in a series (a list of two or more, not "joined Paris talks"); also the participle of a clause added to the
    // signing ("Riga signed on Thursday, joining Ottawa, Berlin and London")
    // ("Then came Rome and Ottawa", "After London came Berlin and Paris": the inverted subject of a series' "came")
    const followed = j > i && /^(?:follows|followed|follow|joins|joined|join|joining|came)$/.test(p1);
    // "will travel to Berlin and Paris to sign": the destinations of one journey, each the host of a visit
    if (out[i]!.role === 'visit' && j > i) {
      for (let k = i + 1; k <= j; k++) if (out[k]!.role === 'modifier') out[k] = { ...out[k]!, role: 'visit' };
    }
    if (listOfParties || followed || (opens && from > dateline && verbAt(toks, out[j]!.to))) {
      for (let k = i; k <= j; k++) {
        const m = out[k]!;
        if (m.kind === 'capital' && m.role === 'modifier') out[k] = { ...m, role: 'partner' };
      }
    }
    i = j + 1;
  }
}

/**
 * "its Baltic allies, all three of which had signed": a possessive group ("its", "their") is the whole set when an
 * apposition after it counts all its members. Token `det` is the determiner, `end` the token after the head.
 */
function wholeGroupAfter(toks: readonly Token[], det: number, end: number, size: number): boolean {
  if (!/^(?:its|their|our)$/.test(lowerAt(toks, det)) || lowerAt(toks, end) !== ',' || lowerAt(toks, end + 1) !== 'all') return false;
  const c = lowerAt(toks, end + 2);
  // ("its Baltic neighbours, all of which had signed": "all of" counts every member too)
  if (c === 'of') return true;
  return (NUMBER_WORDS.get(c) ?? (/^\d+$/.test(c) ? Number(c) : undefined)) === size;
}

/** singular heads of a group name after "every" / "each" ("every G7 member", "each Baltic state") */
const SINGULAR_HEADS = /^(?:country|state|nation|member|government|capital|ally)$/;

/** The head of a group name at token i: "countries" (1), "member states" (2), else 0. */
function groupHeadLength(toks: readonly Token[], i: number): number {
  if (GROUP_HEAD_NOUNS.has(lowerAt(toks, i))) return 1;
  return lowerAt(toks, i) === 'member' && /^(?:states|countries|nations)$/.test(lowerAt(toks, i + 1)) ? 2 : 0;
}
