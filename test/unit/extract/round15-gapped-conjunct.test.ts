import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// "The Dutch pact was signed on March 1, and Finnish and Latvian agreements in April": a last conjunct with
// no verb of its own repeats the signing for its parties with its own date (or none); the parties before
// it keep the date of the part before.

const P = '2024-06-13';
const LEAD = 'Ukraine has signed security agreements with many allies. ';

describe('round 15: a gapped last conjunct has its own date', () => {
  it('each part of the sentence dates its own parties', () => {
    expect(summary(extract(LEAD + 'The Dutch pact was signed in Kharkiv on March 1, and Finnish and Latvian agreements in April.', P))).toEqual(['FI signed null', 'LV signed null', 'NL signed 2024-03-01']);
    expect(summary(extract(LEAD + 'Spanish and Belgian documents were concluded in late May, and Swedish, Icelandic and Norwegian ones in Stockholm on May 31.', P))).toEqual(['BE signed null', 'ES signed null', 'IS signed 2024-05-31', 'NO signed 2024-05-31', 'SE signed 2024-05-31']);
    expect(summary(extract(LEAD + 'Kyiv signed with Germany and France on February 16, and with Denmark, Italy and Canada a week later in Lviv and Kyiv on February 23.', P))).toEqual(['CA signed 2024-02-23', 'DE signed 2024-02-16', 'DK signed 2024-02-23', 'FR signed 2024-02-16', 'IT signed 2024-02-23']);
    expect(summary(extract(LEAD + 'Zelensky will sign agreements with Spain and Belgium on Monday, and with Portugal, Sweden and Norway later in the week.', '2024-05-24'))).toEqual(['BE planned 2024-05-27', 'ES planned 2024-05-27', 'NO planned null', 'PT planned null', 'SE planned null']);
  });

  it('distractors: a last conjunct with a verb of its own, and no conjunct at all', () => {
    // the last part has its own verb: it is not a gapped repeat of the signing
    expect(summary(extract(LEAD + 'Zelensky signed agreements with Spain and Belgium on May 27, and Portugal and Sweden said talks would end in June.', P))).not.toContain('PT signed 2024-05-27');
    // a plain list shares the sentence's date
    expect(summary(extract(LEAD + 'Zelensky signed agreements with Spain, Belgium and Portugal on May 28.', P))).toEqual(['BE signed 2024-05-28', 'ES signed 2024-05-28', 'PT signed 2024-05-28']);
  });
});
