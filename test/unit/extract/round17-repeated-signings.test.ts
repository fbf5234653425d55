import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// A signing told once and repeated for other partners without its verb: "..., as has the EU" (the perfect's
// "as did"), "as did X" after a signing idiom, and "the deal follows similar accords with X, Y and Z".

const P = '2024-06-13';
const LEAD = 'Ukraine has signed security agreements with many allies. ';

describe('round 17: "as has X" repeats a perfect signing', () => {
  it('the names after "as has" / "as have" signed too', () => {
    expect(summary(extract(LEAD + 'Berlin has already concluded a bilateral security agreement with Kyiv, as has France.', P))).toEqual(['DE signed null', 'FR signed null']);
    expect(summary(extract(LEAD + 'Most Nordic governments have signed such pacts with Ukraine, as have the Netherlands and Belgium.', P))).toEqual(['BE signed null', 'NL signed null']);
    expect(summary(extract(LEAD + 'Two dozen countries have signed these security agreements with Kyiv, as has the European Union itself.', P))).toEqual(['EU signed null']);
  });

  it('"as did X" after a signing idiom', () => {
    expect(summary(extract(LEAD + "Denmark's prime minister put her name to a similar pact with Zelensky, as did Sweden's Ulf Kristersson.", P))).toEqual(['DK signed null', 'SE signed null']);
    expect(summary(extract(LEAD + 'The Dutch premier put pen to paper on a security agreement in Kharkiv, as did the Finnish president.', P))).toContain('FI signed null');
  });

  it('distractors: a negated signing, no name after, another kind of deal', () => {
    expect(summary(extract(LEAD + 'Hungary has not signed a security agreement with Ukraine, as has Slovakia.', P))).not.toContain('SK signed null');
    expect(summary(extract(LEAD + 'Germany has signed a security agreement with Ukraine, as has been widely reported.', P))).toEqual(['DE signed null']);
    expect(summary(extract(LEAD + 'Britain has signed a trade deal with Ukraine, as has Canada.', P))).toEqual([]);
  });
});

describe('round 17: a document that "follows similar accords with" named partners', () => {
  it('the partners of the earlier accords signed, undated', () => {
    expect(summary(extract('Belgium signed a ten-year security agreement with Ukraine on May 28. The deal follows similar accords with Spain, Portugal and Denmark.', P))).toEqual(['BE signed 2024-05-28', 'DK signed null', 'ES signed null', 'PT signed null']);
    expect(summary(extract(LEAD + 'The Latvian pact followed earlier agreements with Finland and Italy.', P))).toEqual(['FI signed null', 'IT signed null']);
    expect(summary(extract(LEAD + 'It follows comparable deals with Canada and Japan.', P))).toEqual(['CA signed null', 'JP signed null']);
  });

  it('distractors: what follows is no agreement, or the documents are of another kind', () => {
    expect(summary(extract(LEAD + 'The visit follows talks with Britain and Germany.', P))).toEqual([]);
    expect(summary(extract(LEAD + 'The minerals deal follows similar accords with Britain and Japan.', P))).toEqual([]);
    expect(summary(extract(LEAD + 'The announcement follows a meeting with Poland.', P))).toEqual([]);
  });
});

describe('round 17: a statement named as where something was said moves no topic', () => {
  const J = '2024-07-12';
  const BODY = 'On 10 July Zelensky and the Luxembourg prime minister signed a ten-year security cooperation agreement. ';
  it('the agreements after "in the summit communiqué" / "in a joint statement" are still the story\'s', () => {
    expect(summary(extract(BODY + 'Leaders restated their support for Ukraine in the final summit communiqué. Kyiv expects to sign agreements with Slovakia and Malta next month.', J))).toEqual(['LU signed 2024-07-10', 'MT planned null', 'SK planned null']);
    expect(summary(extract(BODY + 'The G7 leaders condemned the strikes in a joint statement. Agreements with Greece and Croatia are being prepared.', J))).toEqual(['GR negotiating null', 'HR negotiating null', 'LU signed 2024-07-10']);
    expect(summary(extract(BODY + 'The alliance repeated its pledge in the Washington summit communiqué. Agreements with Austria and Cyprus are being drafted.', J))).toEqual(['AT negotiating null', 'CY negotiating null', 'LU signed 2024-07-10']);
  });

  it('distractors: the statement as the subject matter still moves the topic', () => {
    expect(summary(extract(BODY + 'NATO adopted its communiqué. Agreements with Greece and Croatia are being prepared.', J))).toEqual(['LU signed 2024-07-10']);
    expect(summary(extract(BODY + 'The text of the communiqué was agreed in Washington. Agreements with Greece and Croatia are being prepared.', J))).toEqual(['LU signed 2024-07-10']);
    expect(summary(extract(BODY + 'Ukraine and more than 20 partners adopted a joint statement. The document was also signed by Austria and Cyprus.', J))).toEqual(['LU signed 2024-07-10']);
  });
});
