import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// A signing idiom ("put their names to", "put his name to") with a day inside it or before its verb.

const P = '2024-06-12';

describe('round 15: a day inside a signing idiom or between its modal and its verb', () => {
  it('"put their names on Thursday, April 11, to", "will on Thursday put his name to"', () => {
    expect(summary(extract('Latvian President Edgars Rinkēvičs and Ukraine’s Volodymyr Zelensky put their names on Thursday, April 11, to a document on security commitments.', '2024-04-12'))).toEqual(['LV signed 2024-04-11']);
    expect(summary(extract('Joe Biden will on Thursday put his name to a bilateral security pact with Ukraine.', P))).toEqual(['US planned 2024-06-13']);
    expect(summary(extract('Fumio Kishida and Zelensky are to put their names today to a ten-year security accord.', P))).toEqual(['JP planned 2024-06-12']);
    expect(summary(extract('Rutte and Zelensky put their names on Friday to a security agreement in Kharkiv.', '2024-03-02'))).toEqual(['NL signed 2024-03-01']);
  });

  it('distractors: names put on a list, a day before another verb', () => {
    expect(summary(extract('Joe Biden and Zelensky put their names on Tuesday on a list of speakers for the security summit.', P))).toEqual([]);
    expect(summary(extract('Biden will on Thursday put his name to a letter on weapons for Ukraine.', P))).toEqual([]);
  });
});
