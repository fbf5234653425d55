/**
 * English names of parties for use inside a sentence ("with the United Kingdom"): ICU's region names
 * plus the definite article where English requires one. A sentence that starts with a party name
 * capitalises it itself (see `capitalise`).
 */

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

// ICU gives "Congo - Kinshasa", "Myanmar (Burma)" and the like: fine in a picker, odd in prose.
const OVERRIDES: Readonly<Record<string, string>> = {
  EU: 'the European Union',
  CD: 'the Democratic Republic of the Congo',
  CG: 'the Republic of the Congo',
  MM: 'Myanmar',
  HK: 'Hong Kong',
  MO: 'Macao',
  PS: 'Palestine',
  VA: 'the Holy See',
};

// Names English uses with "the" (plural or descriptive names); ICU's own wording is kept.
const WITH_ARTICLE = new Set([
  'US', 'GB', 'NL', 'AE', 'PH', 'BS', 'GM', 'CF', 'DO', 'MH', 'SB', 'KM', 'MV', 'KY', 'VG', 'VI',
  'FO', 'FK', 'TC', 'CK', 'MP', 'UM', 'CC', 'CX',
]);

export function partyName(code: string): string {
  const upper = code.trim().toUpperCase();
  const override = OVERRIDES[upper];
  if (override !== undefined) return override;
  let name: string | undefined;
  try {
    name = regionNames.of(upper);
  } catch {
    // Not even well-formed (e.g. "X1"): the code itself is the most honest name.
    return upper;
  }
  if (name === undefined || name === 'Unknown Region') return upper;
  return WITH_ARTICLE.has(upper) ? `the ${name}` : name;
}

/** The hub as named mid-sentence ("an agreement with Ukraine"); the hub comes from config. */
export function hubName(code: string): string {
  return partyName(code);
}

/** "the United States" → "The United States", for the start of a sentence or a subject. */
export function capitalise(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}
