/**
 * Group names that stand for their members ("the Baltic states signed ..."). A group only expands when
 * written as a group of countries (head noun `countries|states|nations|members|...` or a plural form such
 * as "the Baltics"), never as an adjective ("a Nordic-Ukrainian summit", "the Nordic country").
 */
export interface GroupEntry {
  /** Lower-case lead words, e.g. `baltic`. */
  readonly lead: readonly string[];
  /** Standalone plural names that need no head noun ("the Baltics"). */
  readonly plurals: readonly string[];
  readonly members: readonly string[];
}

export const GROUP_HEAD_NOUNS: ReadonlySet<string> = new Set([
  'countries',
  'states',
  'nations',
  'members',
  'republics',
  'governments',
  'allies',
  'partners',
  'neighbours',
  'neighbors',
]);

export const GROUPS: readonly GroupEntry[] = [
  { lead: ['baltic'], plurals: ['baltics'], members: ['EE', 'LV', 'LT'] },
  { lead: ['nordic'], plurals: ['nordics'], members: ['DK', 'FI', 'IS', 'NO', 'SE'] },
  { lead: ['scandinavian'], plurals: [], members: ['DK', 'NO', 'SE'] },
  { lead: ['benelux'], plurals: [], members: ['BE', 'NL', 'LU'] },
  { lead: ['g7', 'g-7'], plurals: [], members: ['US', 'GB', 'DE', 'FR', 'IT', 'CA', 'JP'] },
];
