import type { Mention } from '../mentions.js';
import type { Unit } from './units.js';

/**
 * "Denmark's Mette Frederiksen and Finland's Alexander Stubb are also in Stockholm. Their countries already have
 * agreements with Kyiv": a plural possessive before a noun of states points back at the states (or their leaders)
 * named in the sentence before. Only when that sentence names two or more partners, and this one names none
 * before the pronoun (then "their" is theirs: "Oslo and Reykjavik said their governments would sign").
 */
const STATE_NOUNS = new Set(['countries', 'governments', 'states', 'nations']);

export function resolveTheirCountries(all: Unit[]): void {
  for (let i = 1; i < all.length; i++) {
    const u = all[i]!;
    if (u.title) continue;
    const at = u.toks.findIndex((t, k) => t.lower === 'their' && STATE_NOUNS.has(u.toks[k + 1]?.lower ?? ''));
    if (at < 0) continue;
    // "the Danish and Finnish prime ministers joined the summit; their countries concluded ...": a clause of its
    // own after a semicolon points back at the leaders of the clause before, like a sentence of its own
    const semi = u.toks.findLastIndex((t, k) => t.text === ';' && k < at);
    const inClause = u.mentions.filter((m) => m.role === 'partner' && m.kind !== 'group' && m.to <= semi);
    if (semi >= 0 && !u.mentions.some((m) => m.role === 'partner' && m.from > semi && m.from < at)) {
      const codes = [...new Set(inClause.flatMap((m) => m.codes))];
      if (codes.length >= 2) {
        const group: Mention = { codes, kind: 'group', from: at, to: at + 2, role: 'partner' };
        u.mentions = [...u.mentions, group].sort((a, b) => a.from - b.from);
        continue;
      }
    }
    if (u.mentions.some((m) => m.role === 'partner' && m.from < at)) continue;
    const before = all[i - 1]!;
    if (before.title) continue;
    const codes = [...new Set(before.mentions.filter((m) => m.role === 'partner' && m.kind !== 'group').flatMap((m) => m.codes))];
    if (codes.length < 2) continue;
    const group: Mention = { codes, kind: 'group', from: at, to: at + 2, role: 'partner' };
    u.mentions = [...u.mentions, group].sort((a, b) => a.from - b.from);
  }
}
