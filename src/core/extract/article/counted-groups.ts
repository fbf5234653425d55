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
    if (!u.mentions.some((m) => m.count !== undefined)) return;
    u.mentions = u.mentions.flatMap((m): Mention[] => {
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
