import { COUNTRIES } from './countries.js';

/**
 * A people named for its state: "the Americans began negotiating", "the Czechs and the Poles have signed".
 * News writes a government as its people, in the plural, with "the". English demonyms in "-an" make their
 * plural with "-s" ("Canadian" → "Canadians"); the rest are listed.
 */
const IRREGULAR: Readonly<Record<string, string>> = {
  britons: 'GB', czechs: 'CZ', poles: 'PL', danes: 'DK', swedes: 'SE', finns: 'FI', spaniards: 'ES', icelanders: 'IS',
  croats: 'HR', greeks: 'GR', slovaks: 'SK', luxembourgers: 'LU', turks: 'TR', montenegrins: 'ME', kosovars: 'XK',
};
/** Demonyms that are their own plural ("the French", "the Swiss"), also adjectives ("the Swiss resort"). */
const INVARIANT: Readonly<Record<string, string>> = {
  dutch: 'NL', french: 'FR', british: 'GB', irish: 'IE', portuguese: 'PT', japanese: 'JP', swiss: 'CH', maltese: 'MT',
};

const PEOPLES: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const c of COUNTRIES) {
    for (const a of c.adjectives) if (/^[A-Z][a-z]+an$/.test(a)) m.set(a.toLowerCase() + 's', c.code);
  }
  const known = new Set(COUNTRIES.map((c) => c.code));
  for (const [w, code] of Object.entries(IRREGULAR)) if (known.has(code)) m.set(w, code);
  return m;
})();

/**
 * The state whose people a lower-cased word names in the plural, and whether the word is also an adjective
 * ("the French" signed, "the French president").
 */
export function peopleCode(lower: string): { code: string; adjective: boolean } | undefined {
  const plural = PEOPLES.get(lower);
  if (plural !== undefined) return { code: plural, adjective: false };
  const invariant = INVARIANT[lower];
  return invariant !== undefined ? { code: invariant, adjective: true } : undefined;
}
