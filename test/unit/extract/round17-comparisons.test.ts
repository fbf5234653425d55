import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

describe('an agreement compared with "those (that) X have / signed"', () => {
  it('the states that hold the agreements compared with signed them; the refusal stays with its subject', () => {
    expect(summary(extract('Slovakia is not going to sign a long-term security deal with Ukraine like those that the United Kingdom, Germany, France and others already have with Kyiv, the premier said.', '2024-03-06'))).toEqual([
      'DE signed null', 'FR signed null', 'GB signed null', 'SK refused null',
    ]);
    expect(summary(extract('Hungary will not conclude a security agreement with Kyiv such as those which Poland and Lithuania already hold.', '2024-07-01'))).toEqual(['HU refused null', 'LT signed null', 'PL signed null']);
    expect(summary(extract('Vienna is not ready for a security pact with Ukraine like those that Finland and Sweden have.', '2024-07-01'))).toEqual(['FI signed null', 'SE signed null']);
  });

  it('the subject of the clause that makes the comparison does not take the verb of the comparison', () => {
    expect(summary(extract('Fico said Slovakia wants no security deal with Kyiv like the ones Britain and France signed.', '2024-07-01'))).toEqual(['FR signed null', 'GB signed null']);
    expect(summary(extract('Orban said Budapest wants no security pact with Ukraine like those that Britain and France signed.', '2024-07-01'))).toEqual(['FR signed null', 'GB signed null']);
    // a party that signs in the main clause keeps its own signing
    expect(summary(extract('Poland signed a security agreement with Ukraine similar to those that Britain and France signed.', '2024-07-09'))).toEqual(['FR signed null', 'GB signed null', 'PL signed null']);
  });

  it('distractors: a possession that is wished for, or no agreement compared', () => {
    expect(summary(extract('Fico wants a security deal with Ukraine like those that Poland would like to have.', '2024-07-01'))).toEqual([]);
    expect(summary(extract('Hungary rejects sanctions like those that Poland and Finland have adopted.', '2024-07-01'))).toEqual([]);
  });
});

describe('"security and support agreement": the qualifier coordinated with "security" still names the type', () => {
  it('with "support", "cooperation" or "assistance"', () => {
    expect(summary(extract('The committee adopted its report on the bill approving the ten-year security and support agreement between Luxembourg and Ukraine, which was signed in Washington on 10 July 2024.', '2024-11-14'))).toEqual(['LU signed 2024-07-10']);
    expect(summary(extract('Ukraine and Greece signed a security and cooperation agreement in Brussels on Thursday.', '2024-10-18'))).toEqual(['GR signed 2024-10-17']);
  });

  it('distractor: a trade and investment agreement, or "security" coordinated with another kind', () => {
    expect(summary(extract('Ukraine and Greece signed a trade and investment agreement in Athens on Thursday.', '2024-10-18'))).toEqual([]);
    expect(summary(extract('Ukraine and Greece signed an energy and grain agreement in Athens on Thursday.', '2024-10-18'))).toEqual([]);
  });
});

describe('"other agreements" are more of the same kind', () => {
  it('after a signing, "other agreements were signed with X" are signings of the type', () => {
    expect(summary(extract('Ukraine signed a security agreement with Britain in January. Other agreements were signed with France and Italy in February.', '2024-03-01'))).toEqual([
      'FR signed null', 'GB signed null', 'IT signed null',
    ]);
  });
});

describe('a speech tag with the speaker\'s party label in brackets', () => {
  it('"Premier Robert Fico (Smer-SD) told reporters" takes no cue of the sentence', () => {
    expect(summary(extract('Slovakia is not going to sign a long-term security deal with Ukraine like those that Britain and France already have with Kyiv, Premier Robert Fico (Smer-SD) told reporters.', '2024-03-06'))).toEqual([
      'FR signed null', 'GB signed null', 'SK refused null',
    ]);
  });
});
