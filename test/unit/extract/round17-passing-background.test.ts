import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

describe('a sentence adverb before a bare agreement noun qualifies the clause, not the kind', () => {
  it('"So far documents", "Until now agreements", "Since then deals" keep the noun free for the type', () => {
    expect(summary(extract('Kyiv wants more bilateral security agreements. So far documents have been signed with Italy, Canada and Finland.', '2024-05-02'))).toEqual([
      'CA signed null', 'FI signed null', 'IT signed null',
    ]);
    expect(summary(extract('Ukraine is widening its web of bilateral security agreements. Until now agreements have been concluded with Britain and Latvia.', '2024-05-02'))).toEqual([
      'GB signed null', 'LV signed null',
    ]);
    expect(summary(extract('Ukraine signed its first bilateral security agreement with Britain in January. Since then deals have been signed with Denmark and the Netherlands.', '2024-05-02'))).toEqual([
      'DK signed null', 'GB signed null', 'NL signed null',
    ]);
  });

  it('distractors: a noun qualifier still names another kind', () => {
    expect(summary(extract('Kyiv wants more bilateral security agreements. So far trade agreements have been signed with Italy and Canada.', '2024-05-02'))).toEqual([]);
    expect(summary(extract('Kyiv wants more bilateral security agreements. Until now grain deals have been concluded with Poland and Hungary.', '2024-05-02'))).toEqual([]);
  });
});

describe('the day of an occasion told in passing carries to the signing on its margins', () => {
  it('an irregular past ("spoke", "met") dates the occasion; "On the margins of the gathering he ..." takes its day', () => {
    expect(summary(extract('Fiala spoke on Thursday at a castle near Oxford, where European leaders met. On the margins of the gathering he and Zelensky signed a bilateral security agreement.', '2024-07-19', 'Czech premier signs security agreement with Ukraine'))).toEqual([
      'CZ signed 2024-07-18',
    ]);
    expect(summary(extract('Nordic leaders met in Stockholm on Friday. On the sidelines of the summit they and Zelensky signed bilateral security agreements for Sweden and Norway.', '2024-06-03'))).toEqual([
      'NO signed 2024-05-31', 'SE signed 2024-05-31',
    ]);
  });

  it('"The same gathering also saw X signed" and "on the margins of the same meeting": the occasion told before', () => {
    expect(summary(extract('Norway signed its security agreement with Ukraine in Stockholm last Friday. The same gathering also saw Sweden\'s and Iceland\'s agreements signed.', '2024-06-05'))).toEqual([
      'IS signed 2024-05-31', 'NO signed 2024-05-31', 'SE signed 2024-05-31',
    ]);
    expect(summary(extract('EU leaders will meet in Brussels on Thursday. Officials said that on the margins of the same meeting Zelensky would sign bilateral security agreements with Estonia and Lithuania.', '2024-06-24'))).toEqual([
      'EE planned 2024-06-27', 'LT planned 2024-06-27',
    ]);
  });

  it('distractors: a statement\'s own day, or the same occasion as something other than its setting', () => {
    // ("said on Monday that": the statement's day, not the plan's)
    expect(summary(extract('Officials said on Monday that Zelensky would sign a bilateral security agreement with Estonia soon.', '2024-06-24'))).toEqual(['EE planned null']);
    // ("the agenda of the same meeting" is no setting of the signing)
    expect(summary(extract('EU leaders meet in Brussels on Thursday. Zelensky will sign a bilateral security agreement with Estonia, which shaped the agenda of the same meeting.', '2024-06-24'))).toEqual(['EE planned null']);
  });
});

describe('coordinated possessives share the head noun: "Sweden\'s and Iceland\'s agreements"', () => {
  it('every possessor of the coordination owns an agreement', () => {
    expect(summary(extract("Sweden's and Iceland's security agreements with Ukraine were signed in Stockholm on Friday.", '2024-06-05'))).toEqual([
      'IS signed 2024-05-31', 'SE signed 2024-05-31',
    ]);
    expect(summary(extract("Spain's, Belgium's and Portugal's bilateral security pacts with Kyiv were all signed in late May.", '2024-06-05'))).toEqual([
      'BE signed null', 'ES signed null', 'PT signed null',
    ]);
    expect(summary(extract("Ukraine will sign Poland's and Luxembourg's security agreements before the NATO summit.", '2024-07-02'))).toEqual([
      'LU planned null', 'PL planned null',
    ]);
  });

  it('distractor: possessors of something else', () => {
    expect(summary(extract("Sweden's and Iceland's fishing fleets were inspected in Stockholm on Friday, a day after a security agreement was discussed.", '2024-06-05'))).toEqual([]);
  });
});
