import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

describe('round 11c: explainers, retrospectives, datelines and status', () => {
  it('a dateline line at the top dates "yesterday" and "on Friday" when the feed gives no publication date', () => {
    const a = summary(extract('Kristersson signs pact in Gothenburg\n\n12.03.2024 | 08:10\n\nSweden and Ukraine signed yesterday a bilateral agreement on security cooperation.', null));
    expect(a).toEqual(['SE signed 2024-03-11']);
    const b = summary(extract('Store signs in Oslo\n\nSunday 14 April 2024 | NRK (English)\n\nNorway and Ukraine signed a bilateral security agreement in Oslo on Friday.', null));
    expect(b).toEqual(['NO signed 2024-04-12']);
    // distractor: a sentence that opens with a date is news, not a dateline; "yesterday" stays unresolved
    const c = summary(extract('Latvia signs\n\n12 March 2024 was when Riga first proposed the text, officials recall. Latvia and Ukraine signed yesterday a bilateral security agreement.', null));
    expect(c).toEqual(['LV signed null']);
  });

  it('"both" / "all three" as the subject of a signing counts the partners named before it', () => {
    const s = summary(extract('On 3 April Petteri Orpo welcomed Zelensky in Helsinki, and Ulf Kristersson met him in Stockholm that evening; both prime ministers signed their own security agreements with Ukraine.'));
    expect(s).toContain('FI signed 2024-04-03');
    expect(s).toContain('SE signed 2024-04-03');
    const t = summary(extract('Norway, Denmark and Iceland hosted Zelensky in turn, and all three signed security agreements with Ukraine.'));
    expect(t).toEqual(['DK signed null', 'IS signed null', 'NO signed null']);
    // distractor: the count does not match the partners named (three named, "both" signed)
    const u = summary(extract('Leaders of Spain, Belgium and Portugal met Zelensky in Brussels, and both signed security agreements with Ukraine.'));
    expect(u.some((x) => x.includes('signed'))).toBe(false);
  });
});
