import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const P = '2024-05-15';
const LEAD = 'Ukraine and Finland signed a bilateral security agreement in Kyiv on Monday. ';
const FI = 'FI signed 2024-05-13';

describe('round 15: a signing with signers of its own, and a person named like a state', () => {
  describe('"similar to those concluded by X": the agents after the participle signed, not the subject who compares', () => {
    it('a partner agent after "by", with or without "the", after "those" or "the ones"', () => {
      expect(summary(extract(LEAD + 'Austria said its document would be similar to those already concluded by Germany and Italy.', P))).toEqual(['DE signed null', FI, 'IT signed null']);
      expect(summary(extract(LEAD + 'Poland hopes its text will look like the ones concluded by Germany.', P))).toEqual(['DE signed null', FI]);
      expect(summary(extract(LEAD + 'Austria said its document would be similar to those already concluded by the Netherlands.', P))).toEqual([FI, 'NL signed null']);
    });

    it('distractor: the subject that signed an agreement like those keeps its signing', () => {
      expect(summary(extract(LEAD + 'Austria signed an agreement like those concluded by Germany and Italy.', P))).toEqual(['AT signed null', 'DE signed null', FI, 'IT signed null']);
    });
  });

  describe('a surname that is a country\'s name speaks past an aside ("Montenegro, whose party won, said ...")', () => {
    it('"who" and "whose" asides before a verb of speech', () => {
      const intro = "Portugal's prime minister Luís Montenegro met Zelensky on Monday. ";
      expect(summary(extract(intro + 'Montenegro, whose party won the March election, said Portugal would sign its security agreement with Ukraine in the coming weeks.', P))).toEqual(['PT planned null']);
      expect(summary(extract(intro + 'Montenegro, who took office in April, said the document would be similar to those signed by other EU states.', P))).toEqual([]);
    });

    it('distractors: the state after "which", and a verb that is not of speech', () => {
      const intro = "Portugal's prime minister Luís Montenegro met Zelensky on Monday. ";
      expect(summary(extract(intro + 'Montenegro, which joined NATO in 2017, said it would sign a security agreement with Ukraine next month.', P))).toEqual(['ME planned null']);
      expect(summary(extract(intro + 'Montenegro, whose leader visited Kyiv in April, signed a security agreement with Ukraine.', P))).toEqual(['ME signed null']);
    });
  });
});
