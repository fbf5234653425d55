import { COUNTRIES, type CountryEntry } from './countries.js';

export { COUNTRIES, type CountryEntry } from './countries.js';
export { FOREIGN_GROUP_HEADS, FOREIGN_GROUP_WORDS, GROUPS, GROUP_HEAD_NOUNS, type GroupEntry } from './groups.js';
export { LEADERS, SEATS } from './leaders.js';
export { peopleCode } from './peoples.js';
export * as vocabulary from './vocabulary.js';

const BY_CODE: ReadonlyMap<string, CountryEntry> = new Map(COUNTRIES.map((c) => [c.code, c]));

export function countryByCode(code: string): CountryEntry | undefined {
  return BY_CODE.get(code);
}

/** English display name of a party: `GB` → "the United Kingdom", `EU` → "the European Union". Unknown codes come back as given. */
export function partyName(code: string): string {
  return BY_CODE.get(code)?.display ?? code;
}

/** All codes the gazetteer knows (ISO alpha-2 plus `EU`). */
export function knownParties(): string[] {
  return COUNTRIES.map((c) => c.code);
}
