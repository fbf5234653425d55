import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const LEAD = "Ukraine's army said it was holding new positions in the east.\n\n";

// "signed security agreements in Berlin and Paris on Friday": one time after all the places, with none among
// them, is the one occasion of every place
describe('a time closing a list of venues dates each venue', () => {
  it('dates each capital by the one time after them', () => {
    expect(summary(extract(`${LEAD}The president signed long-term security agreements in Rome and Ottawa on Saturday.`, '2024-02-26'))).toEqual(['CA signed 2024-02-24', 'IT signed 2024-02-24']);
    expect(summary(extract(`${LEAD}On his tour Zelensky signed bilateral security agreements in Madrid and Lisbon on 28 May.`, '2024-05-30'))).toEqual(['ES signed 2024-05-28', 'PT signed 2024-05-28']);
    expect(summary(extract(`${LEAD}He signed ten-year security agreements in Stockholm, Oslo and Reykjavik on Friday, aides said.`, '2024-06-02'))).toEqual(['IS signed 2024-05-31', 'NO signed 2024-05-31', 'SE signed 2024-05-31']);
  });

  it('distractor: a time in a clause after the venues dates that clause\'s act', () => {
    expect(summary(extract(`${LEAD}He signed long-term security agreements in Berlin and Paris, and on Friday he flew to Munich.`, '2024-02-18'))).toEqual(['DE signed null', 'FR signed null']);
  });
});

// "X came a day after he signed the agreement on Friday": the anchor counts the other event from the signing,
// whose own day follows it in its clause
describe('an anchor opening the signing clause gives way to that clause\'s own day', () => {
  it('takes the weekday of the signing clause', () => {
    expect(summary(extract(`${LEAD}Zelensky's speech in Munich came a day after Scholz signed a security agreement with Ukraine on Friday.`, '2024-02-18'))).toEqual(['DE signed 2024-02-16']);
    expect(summary(extract(`${LEAD}Zelensky flew to Lviv two days after Meloni signed a security agreement with Ukraine on Saturday.`, '2024-02-27'))).toEqual(['IT signed 2024-02-24']);
    expect(summary(extract(`${LEAD}The summit opened a day before Rutte signed a bilateral security agreement with Ukraine on 1 March.`, '2024-03-04'))).toEqual(['NL signed 2024-03-01']);
  });

  it('distractor: an anchor with no day of the signing after it still counts from the day before', () => {
    expect(summary(extract(`On Saturday Zelensky spoke in Munich. That came a day after Scholz signed a security agreement with Ukraine.`, '2024-02-18'))).toEqual(['DE signed 2024-02-16']);
  });
});

// "..., the first foreign leader to do so": after a visitor's act in its own clause ("to address the cabinet"),
// that act is what is done again, not a signing told before
describe('"to do so" after an infinitive of a visitor\'s act repeats that act', () => {
  const SIGNED = 'Ukraine and Czechia signed a bilateral security agreement.\n\n';
  it('reads no signing into the act', () => {
    expect(summary(extract(`${SIGNED}Zelensky is expected to address the British cabinet on Friday, the first foreign leader to do so since 1997.`, '2024-07-18'))).toEqual(['CZ signed null']);
    expect(summary(extract(`${SIGNED}Scholz plans to visit Kharkiv next week, the first German chancellor to do so.`, '2024-07-18'))).toEqual(['CZ signed null']);
    expect(summary(extract(`${SIGNED}Meloni is due to tour Odesa on Monday, the first Italian leader to do so.`, '2024-07-18'))).toEqual(['CZ signed null']);
  });

  it('distractor: "a tour" is a noun, and what follows it may still be the signing', () => {
    expect(summary(extract('Ukraine signed a security agreement with Spain on 27 May, on a tour that went on to Brussels. Belgium followed a day later.', '2024-05-30'))).toEqual(['BE signed 2024-05-28', 'ES signed 2024-05-27']);
  });
});
