import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// "will travel to Berlin and Paris to sign security agreements": one journey with several destinations, an
// agreement (in the plural) to be signed at each; each host is a party.
describe('a journey to several capitals to sign agreements names each host', () => {
  it('reads "will travel to Berlin and Paris tomorrow to sign security agreements"', () => {
    expect(summary(extract('Zelensky will travel to Berlin and Paris tomorrow to sign security agreements, his office said.', '2024-02-15'))).toEqual(['DE planned 2024-02-16', 'FR planned 2024-02-16']);
  });

  it('reads three destinations', () => {
    expect(summary(extract('Zelensky is to fly to Madrid, Vilnius and Lisbon next week to sign bilateral security agreements.', '2024-05-20'))).toEqual(['ES planned null', 'LT planned null', 'PT planned null']);
  });

  it('reads a visit made to sign them', () => {
    expect(summary(extract('Last week Zelensky went to Stockholm and Oslo to sign long-term security agreements.', '2024-06-07'))).toEqual(['NO signed null', 'SE signed null']);
  });

  it('distractor: a journey to discuss the agreements is no plan to sign', () => {
    expect(summary(extract('Zelensky will travel to Berlin and Paris to discuss security agreements.', '2024-02-15'))).toEqual([]);
  });

  it('distractor: agreements with other partners after visits name no host', () => {
    expect(summary(extract('After visits to Berlin and Paris, Zelensky said more security agreements would be signed with other partners.', '2024-02-20'))).toEqual([]);
  });
});
