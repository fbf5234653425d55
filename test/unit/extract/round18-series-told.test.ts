import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// A retrospective tells the series of signings without a verb of signing: the ones before in an opening "after"
// phrase and the next ones as the inverted subject of "came" ("After London came Berlin and Paris"), or a
// stretch of time as the subject of what it "brought" ("The spring brought Finland and Latvia").

const FIRST = 'Ukraine signed its first bilateral security agreement, with the United Kingdom, on 12 January 2024.';

describe('"After London came Berlin and Paris": an opening "after" phrase stands where "then" does', () => {
  it('reads countries and capitals after the inverted "came", and a "then" list after them', () => {
    expect(summary(extract(`${FIRST} After Britain came Germany and France in mid-February.`, '2025-01-20'))).toEqual(['DE signed null', 'FR signed null', 'GB signed 2024-01-12']);
    expect(summary(extract(`${FIRST} Following the UK and Germany came France, Denmark and Canada.`, '2025-01-20'))).toEqual(['CA signed null', 'DE signed null', 'DK signed null', 'FR signed null', 'GB signed 2024-01-12']);
    expect(summary(extract(`${FIRST} After London came Warsaw and Vilnius a few months later.`, '2025-01-20'))).toEqual(['GB signed 2024-01-12', 'LT signed null', 'PL signed null']);
  });
  it('distractors: an "after" phrase inside the clause, a possessor after "came"', () => {
    expect(summary(extract(`${FIRST} The mood after London came as a relief to Germany and France.`, '2025-01-20'))).toEqual(['GB signed 2024-01-12']);
    expect(summary(extract(`${FIRST} After Britain came Macron's visit to Kyiv.`, '2025-01-20'))).toEqual(['GB signed 2024-01-12']);
  });
});

describe('"The spring brought Finland, Latvia and Spain": a stretch of time as the subject of "brought"', () => {
  it('reads the names the time brought', () => {
    expect(summary(extract(`${FIRST} The summer brought Poland, Luxembourg and Romania.`, '2025-01-20'))).toEqual(['GB signed 2024-01-12', 'LU signed null', 'PL signed null', 'RO signed null']);
    expect(summary(extract(`${FIRST} March brought the Netherlands, and April Finland.`, '2025-01-20'))).toEqual(['GB signed 2024-01-12', 'NL signed null']);
    expect(summary(extract(`${FIRST} The following month brought Latvia and Spain.`, '2025-01-20'))).toEqual(['ES signed null', 'GB signed 2024-01-12', 'LV signed null']);
  });
  it("distractors: what a time brought from a state, a subject that is no time", () => {
    expect(summary(extract(`${FIRST} The spring brought Germany's Patriot systems to Kyiv.`, '2025-01-20'))).toEqual(['GB signed 2024-01-12']);
    expect(summary(extract(`${FIRST} The envoy brought Italy and Spain a message from Kyiv.`, '2025-01-20'))).toEqual(['GB signed 2024-01-12']);
  });
});
