import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const P = '2024-08-01';

describe('formal state names ("Kingdom of Denmark", "Federal Republic of Germany") name the state', () => {
  it('rows of an official list that start with the formal name', () => {
    const text = `Ukraine has concluded the following bilateral security agreements (date and place of signature):

1. Federal Republic of Germany – 16 February 2024, Berlin
2. Kingdom of Denmark – 23 February 2024, Lviv
3. Republic of Finland – 3 April 2024, Kyiv
4. Hellenic Republic – 17 October 2024, Brussels`;
    expect(summary(extract(text, '2024-11-01'))).toEqual(['DE signed 2024-02-16', 'DK signed 2024-02-23', 'FI signed 2024-04-03', 'GR signed 2024-10-17']);
  });

  it('in running text, with or without "the"', () => {
    expect(summary(extract('The Kingdom of the Netherlands and Ukraine signed an agreement on security cooperation on 1 March 2024.', P))).toEqual(['NL signed 2024-03-01']);
    expect(summary(extract('Ukraine and the Portuguese Republic signed a bilateral security agreement in Lisbon.', P))).toEqual(['PT signed null']);
    expect(summary(extract('The President of the Republic of Latvia signed the security agreement with Ukraine on 11 April.', P))).toEqual(['LV signed 2024-04-11']);
  });

  it('"Great Britain and Northern Ireland" is the United Kingdom, never Ireland', () => {
    expect(summary(extract('Volodymyr Zelenskyy and Rishi Sunak, Prime Minister of Great Britain and Northern Ireland, signed the Agreement on Security Cooperation.', '2024-01-12'))).toEqual(['GB signed null']);
    expect(summary(extract('The United Kingdom of Great Britain and Northern Ireland and Ukraine signed a security agreement on 12 January.', '2024-01-13'))).toEqual(['GB signed 2024-01-12']);
    // the Republic of Ireland is still Ireland
    expect(summary(extract('The Republic of Ireland signed a security agreement with Ukraine on 4 September.', '2024-09-05'))).toEqual(['IE signed 2024-09-04']);
  });

  it('distractor: a formal name in an unrelated clause is no party', () => {
    expect(summary(extract('The Kingdom of Spain hosted a conference on reconstruction, while Ukraine signed a security agreement with Belgium.', '2024-05-29'))).toEqual(['BE signed null']);
  });
});
