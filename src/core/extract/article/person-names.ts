import type { Mention } from '../mentions.js';
import type { Token } from '../tokens.js';
import { FUNCTION_WORDS, LEADER_NOUNS } from '../words.js';
import type { Unit } from './units.js';

/**
 * "Luís Montenegro": a capitalised non-function word right before a country name is a first name, and the
 * name a person's (token `from` opens the country name).
 */
export function afterFirstName(toks: readonly Token[], from: number): boolean {
  if (from < 1) return false;
  const prev = toks[from - 1]!;
  const adjacent = prev.end + 1 >= toks[from]!.start;
  return prev.word && prev.cap && adjacent && !FUNCTION_WORDS.has(prev.lower) && !LEADER_NOUNS.has(prev.lower) && !/^\p{N}/u.test(prev.text) && prev.text !== prev.text.toUpperCase();
}

/** verbs of speech that a person, rather than a state, is the subject of in news English */
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'stressed', 'insisted', 'argued', 'recalled', 'replied', 'explained', 'noted', 'defended']);

/** "with Zelensky", "with President Zelensky": "with" opens the leader's name, a title perhaps between */
function withBefore(toks: readonly Token[], from: number): boolean {
  let b = from - 1;
  while (b >= 0 && b >= from - 3 && toks[b]!.cap && LEADER_NOUNS.has(toks[b]!.lower)) b--;
  return toks[b]?.lower === 'with';
}

/** how far after the name "with" the hub's leader may stand ("Montenegro signs security agreement with Zelensky") */
const WITH_LEADER_SPAN = 8;

/**
 * A country name that the article gives a first name ("Prime Minister Luís Montenegro", a leader's full name or
 * an unknown first name) is that person wherever it stands beside a leader of the hub ("Montenegro and
 * Zelensky sign ..."): two people, not a state.
 */
export function demotePersonNames(all: readonly Unit[], hub: string): void {
  const surnames = new Set<string>();
  /** surnames of leaders the article names in full ("Luís Montenegro", Portugal's): the leader's state */
  const leaderOf = new Map<string, string>();
  const text = (u: Unit, m: Mention): string => u.toks.slice(m.from, m.to).map((t) => t.lower).join(' ');
  for (const u of all) {
    for (const m of u.mentions) {
      if (m.kind === 'name' && m.role === 'modifier' && afterFirstName(u.toks, m.from)) surnames.add(text(u, m));
      if (m.kind === 'leader' && m.to - m.from >= 2) {
        surnames.add(u.toks[m.to - 1]!.lower);
        if (m.codes.length === 1 && m.codes[0] !== hub) leaderOf.set(u.toks[m.to - 1]!.lower, m.codes[0]!);
      }
    }
  }
  if (surnames.size === 0) return;
  // "Prime Minister Luís Montenegro ... Montenegro has ruled out ...": once the article has named a leader in full,
  // the surname alone, where a state would act, is that leader (of the leader's state), not the state it spells
  // ("in Montenegro", a place, stays the state)
  if (leaderOf.size > 0) {
    for (const u of all) {
      u.mentions = u.mentions.map((m): Mention => {
        const code = m.kind === 'name' && (m.role === 'partner' || m.role === 'modifier') && m.to - m.from === 1 && !stateAsideAfter(u.toks, m.to) ? leaderOf.get(text(u, m)) : undefined;
        return code !== undefined && !m.codes.includes(code) ? { ...m, codes: [code], kind: 'leader', role: 'partner' } : m;
      });
    }
  }
  const byLeader = (x: Mention | undefined, m: Mention): boolean => x !== undefined && x.kind === 'leader' && x.codes.includes(hub) && Math.abs(x.from - m.from) <= 3;
  // "Montenegro said the agreement ...": once the name is a person's, a verb of speech after it is that person's
  // (also past an aside between commas: "Montenegro, whose government took office in April, said ...")
  const speaks = (u: Unit, m: Mention): boolean => SPEECH_VERBS.has(u.toks[asideEnd(u.toks, m.to)]?.lower ?? '');
  // "Montenegro signs security agreement with Zelensky": a state signs with Ukraine; with the hub's leader, a person
  const withHubLeader = (u: Unit, m: Mention): boolean =>
    u.mentions.some((x) => x.kind === 'leader' && x.codes.includes(hub) && x.from > m.to && x.from - m.to <= WITH_LEADER_SPAN && withBefore(u.toks, x.from));
  for (const u of all) {
    const ms = u.mentions;
    u.mentions = ms.map((m, i): Mention => {
      if (m.kind !== 'name' || m.role !== 'partner' || !surnames.has(text(u, m))) return m;
      return byLeader(ms[i + 1], m) || byLeader(ms[i - 1], m) || speaks(u, m) || withHubLeader(u, m) ? { ...m, role: 'modifier' } : m;
    });
  }
}

const STATE_NOUNS = new Set(['state', 'country', 'nation', 'republic', 'kingdom', 'member']);

/**
 * ", which joined NATO", ", the Balkan state,", ", whose leader visited Kyiv": an aside after the name (at token
 * `i`) that makes it the state, not the person.
 */
function stateAsideAfter(toks: readonly Token[], i: number): boolean {
  if (toks[i]?.text !== ',') return false;
  const next = toks[i + 1]?.lower ?? '';
  if (next === 'which') return true;
  if (next === 'whose') return LEADER_NOUNS.has(toks[i + 2]?.lower ?? '');
  if (next !== 'the' && next !== 'a') return false;
  for (let j = i + 2; j <= i + 4 && toks[j]?.word; j++) if (STATE_NOUNS.has(toks[j]!.lower)) return true;
  return false;
}

/** How far an aside after a name takes the sentence: ", who / whose / then ... ," is skipped (its end + 1); else `i`. */
const ASIDE_OPENERS = new Set(['who', 'whose', 'whom']);
function asideEnd(toks: readonly Token[], i: number): number {
  if (toks[i]?.text !== ',' || !ASIDE_OPENERS.has(toks[i + 1]?.lower ?? '')) return i;
  for (let j = i + 2; j < toks.length && j <= i + 25; j++) if (toks[j]!.text === ',') return j + 1;
  return i;
}
