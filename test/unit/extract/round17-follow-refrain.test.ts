import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

describe('"X follow(s) A and B in signing": both the followers and the followed signed', () => {
  it('present, past and future', () => {
    expect(summary(extract('Italy and Canada follow the UK, Germany, France and Denmark in concluding the bilateral security agreements with Ukraine.', '2024-02-24'))).toEqual([
      'CA signed null', 'DE signed null', 'DK signed null', 'FR signed null', 'GB signed null', 'IT signed null',
    ]);
    expect(summary(extract('Spain followed Britain, Germany and France in signing a security agreement with Ukraine on Monday.', '2024-05-28'))).toEqual([
      'DE signed 2024-05-27', 'ES signed 2024-05-27', 'FR signed 2024-05-27', 'GB signed 2024-05-27',
    ]);
    expect(summary(extract('Romania will follow Poland in signing a ten-year security pact with Kyiv.', '2024-07-09'))).toEqual(['PL planned null', 'RO planned null']);
  });

  it('distractors: following in another act', () => {
    expect(summary(extract('Spain followed Britain in sending tanks to Ukraine.', '2024-05-28'))).toEqual([]);
    expect(summary(extract('Spain followed Britain in signing the minerals deal with Ukraine.', '2024-05-28'))).toEqual([]);
  });
});

describe('"refrained from signing" is a refusal; "refrained from comment" is not', () => {
  it('refusals', () => {
    expect(summary(extract('On 19 December, the Bulgarian premier refrained from signing the security agreement with Ukraine in Brussels.', '2024-12-20'))).toEqual(['BG refused 2024-12-19']);
    expect(summary(extract('The security agreement with Ukraine was ready, but Sofia refrained from signing it at the last moment.', '2024-12-20'))).toEqual(['BG refused null']);
  });

  it('distractors', () => {
    expect(summary(extract('Bulgaria refrained from comment on the security agreement with Ukraine.', '2024-12-20'))).toEqual([]);
    expect(summary(extract('Poland signed a security agreement with Ukraine. Hungary refrained from criticism.', '2024-07-09'))).toEqual(['PL signed null']);
  });
});

describe('"will not sign either": a refusal that repeats the one before', () => {
  it('the second refusal has its own party', () => {
    expect(summary(extract('Hungary will not sign a security agreement with Ukraine. Bratislava will not sign either.', '2024-07-01'))).toEqual(['HU refused null', 'SK refused null']);
  });
});
