import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// "From Madrid, Zelensky will travel to Brussels and Lisbon ...": a place the sentence's journey starts from, in
// an opening "from" phrase, is no party, so it does not make the signers a list of three that hides its date.
describe('an opening "From <place>," is where a journey starts, not a party', () => {
  const before = 'Ukrainian President Volodymyr Zelensky will be in Berlin on Friday, 16 February, to sign a bilateral security agreement with Chancellor Olaf Scholz.';

  it('"From Berlin, he will fly to Paris and Copenhagen the next day to sign similar agreements"', () => {
    const text = `${before} From Berlin, Zelensky will fly to Paris and Copenhagen the next day to sign similar agreements with President Emmanuel Macron and Prime Minister Mette Frederiksen.`;
    expect(summary(extract(text, '2024-02-14'))).toEqual(['DE planned 2024-02-16', 'DK planned 2024-02-17', 'FR planned 2024-02-17']);
  });

  it('"From Warsaw, Zelensky travels on to Vilnius and Riga a day later"', () => {
    const text = 'Zelensky will sign a bilateral security agreement with Poland in Warsaw on Monday, 8 July. From Warsaw, Zelensky is due to travel to Vilnius and Riga a day later to sign similar agreements with Lithuanian President Gitanas Nausėda and Latvian President Edgars Rinkēvičs.';
    expect(summary(extract(text, '2024-07-05'))).toEqual(['LT planned 2024-07-09', 'LV planned 2024-07-09', 'PL planned 2024-07-08']);
  });

  it('a country as the starting point too: "From Spain, he heads to Belgium and Portugal the following day"', () => {
    const text = 'Zelensky will sign a bilateral security agreement in Madrid on Monday, 27 May. From Spain, he will head to Belgium and Portugal the following day to sign similar agreements with Prime Ministers Alexander De Croo and Luís Montenegro.';
    expect(summary(extract(text, '2024-05-25'))).toEqual(['BE planned 2024-05-28', 'ES planned 2024-05-27', 'PT planned 2024-05-28']);
  });

  it('distractor: a capital in a list of signers ("Kyiv, Dublin sign") keeps its role', () => {
    const text = 'Kyiv, Dublin sign bilateral security agreement on Wednesday.';
    expect(summary(extract(text, '2024-09-05'))).toEqual(['IE signed 2024-09-04']);
  });

  it('distractor: "signatures from London" still names the signer', () => {
    const text = 'The bilateral security agreement with Ukraine now bears signatures from London and Kyiv, officials said on Friday.';
    expect(summary(extract(text, '2024-01-13'))).toEqual(['GB signed 2024-01-12']);
  });
});
