import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

describe('a present perfect under "now" is the outcome of the occasion the sentences just before dated', () => {
  it('a weekday named in the sentence before', () => {
    expect(summary(extract('Zelensky was in Vilnius on Thursday for talks with Gitanas Nausėda. Lithuania has now signed its bilateral security agreement with Ukraine.', '2024-06-29'))).toEqual(['LT signed 2024-06-27']);
  });

  it('a date written out, and "now" opening the clause', () => {
    expect(summary(extract('On 11 July the NATO leaders gathered in Washington. Now Luxembourg and Romania have signed bilateral security agreements with Ukraine.', '2024-07-13'))).toEqual(['LU signed 2024-07-11', 'RO signed 2024-07-11']);
  });

  it('"last Friday", and another verb of signing', () => {
    expect(summary(extract('The Nordic leaders hosted Zelensky in Stockholm last Friday. Sweden, Norway and Iceland have now concluded security agreements with Ukraine.', '2024-06-04'))).toEqual([
      'IS signed 2024-05-31', 'NO signed 2024-05-31', 'SE signed 2024-05-31',
    ]);
  });

  it('distractors: no "now", or a clause with a time of its own', () => {
    expect(summary(extract('Zelensky met Dick Schoof in Kyiv on Monday. The Netherlands has signed a security agreement with Ukraine.', '2024-07-31'))).not.toContain('NL signed 2024-07-29');
    expect(summary(extract('Zelensky met Petr Fiala in Prague on Monday. The Czech Republic has now signed a security agreement with Ukraine, in July.', '2024-09-04'))).toEqual(['CZ signed null']);
  });
});
