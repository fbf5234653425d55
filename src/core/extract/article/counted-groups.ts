import type { Mention } from '../mentions.js';
import type { Unit } from './units.js';

/** How far after a counted group ("three Nordic countries") its members may be named. */
const GROUP_LOOKAHEAD = 2;

/**
 * "three Nordic countries" (fewer than the group): the members named in the same sentence or the next
 * ones, when exactly that many are; otherwise the count names nobody.
 */
export function resolveCountedGroups(all: Unit[]): void {
  all.forEach((u, i) => {
    if (!u.mentions.some((m) => m.count !== undefined || m.others)) return;
    u.mentions = u.mentions.flatMap((m): Mention[] => {
      if (m.others) return otherMembers(all, i, m);
      if (m.count === undefined) return [m];
      const found = new Set<string>();
      for (let j = i; j < all.length && j <= i + GROUP_LOOKAHEAD && found.size < m.count; j++) {
        if (all[j]!.title !== u.title) break;
        for (const o of all[j]!.mentions) {
          if (o === m || o.kind === 'group' || o.role !== 'partner') continue;
          for (const c of o.codes) if (m.codes.includes(c)) found.add(c);
        }
      }
      return found.size === m.count ? [{ ...m, codes: [...found] }] : [];
    });
  });
}

/**
 * "Latvia signed ...; the other Baltic states are still negotiating": the group less the members named before it
 * (in the title, the sentences before or earlier in its own), in any role ("the Latvian premier"). With none named
 * before, "other" than what is unknown: the group names nobody.
 */
function otherMembers(all: readonly Unit[], i: number, m: Mention): Mention[] {
  const named = new Set<string>();
  for (let j = 0; j <= i; j++) {
    for (const o of all[j]!.mentions) {
      if (o === m || o.kind === 'group' || (j === i && o.from >= m.from)) continue;
      for (const c of o.codes) if (m.codes.includes(c)) named.add(c);
    }
  }
  const rest = m.codes.filter((c) => !named.has(c));
  return named.size > 0 && rest.length > 0 ? [{ ...m, codes: rest, others: false }] : [];
}
