import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// Explainers recap the series by its order: "They follow the UK, which was first on 12 January". Being first, right
// after signings are told and with nothing after it but a time, is having signed first.

const BEFORE = 'Italy and Canada signed security agreements with Ukraine on Saturday.';

describe('"X was (the) first (on <date>)": first in the series just told', () => {
  it('in a relative clause, as a main clause with its date, after a semicolon', () => {
    expect(summary(extract(`${BEFORE} They join the UK, which was first on 12 January.`, '2024-02-25'))).toEqual(['CA signed 2024-02-24', 'GB signed 2024-01-12', 'IT signed 2024-02-24']);
    expect(summary(extract(`${BEFORE} Britain was the first, in January.`, '2024-02-25'))).toEqual(['CA signed 2024-02-24', 'GB signed null', 'IT signed 2024-02-24']);
    expect(summary(extract(`${BEFORE} Germany and France signed a week earlier; Britain was first.`, '2024-02-25'))).toEqual(['CA signed 2024-02-24', 'DE signed 2024-02-17', 'FR signed 2024-02-17', 'GB signed null', 'IT signed 2024-02-24']);
  });
  it('distractor: first to do something else', () => {
    expect(summary(extract(`${BEFORE} Britain was the first to send tanks.`, '2024-02-25'))).toEqual(['CA signed 2024-02-24', 'IT signed 2024-02-24']);
  });
});
