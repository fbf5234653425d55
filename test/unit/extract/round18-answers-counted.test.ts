import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// An interview answers a question about the agreements with a bare count and the list of partners ("We have
// seven: with Britain, Germany, ..."), or names the next partner as one of the next ones ("Finland will be among
// the next ones"): the count's noun and the series are the agreements the article is about.

const LEAD = "Ukraine's bilateral security agreements will help it hold out until it joins NATO, the minister said in an interview.\n\n";

describe('"We have seven: with Britain, Germany, ...": a bare count, then a list of partners after a colon or dash', () => {
  it('reads each partner of the list as signed, undated', () => {
    expect(summary(extract(`${LEAD}Q: How many such agreements are there so far?\n\nA: We have four: with Britain, Germany, France and Denmark.`, '2024-03-01'))).toEqual(['DE signed null', 'DK signed null', 'FR signed null', 'GB signed null']);
    expect(summary(extract(`${LEAD}Asked how many deals Kyiv had concluded, he said: "We have 3 so far – with Britain, Germany and France."`, '2024-03-01'))).toEqual(['DE signed null', 'FR signed null', 'GB signed null']);
    expect(summary(extract(`${LEAD}How many are in force? Ukraine now has five: with Canada, Italy, the Netherlands, Denmark and Finland.`, '2024-04-10'))).toEqual(['CA signed null', 'DK signed null', 'FI signed null', 'IT signed null', 'NL signed null']);
  });
  it('distractors: a count of something else with its own noun, a count without the list', () => {
    expect(summary(extract(`${LEAD}We have seven brigades: with Britain, Germany and France training them.`, '2024-03-01'))).toEqual([]);
    expect(summary(extract(`${LEAD}We have seven, with more to come.`, '2024-03-01'))).toEqual([]);
  });
});

describe('"Finland will be among the next ones": a member of the next ones in the series will sign', () => {
  it('reads the subject as planned', () => {
    expect(summary(extract(`${LEAD}The minister said Latvia will be among the next ones.`, '2024-03-01'))).toEqual(['LV planned null']);
    expect(summary(extract(`${LEAD}He added that Sweden is one of the next countries, and the work is going well.`, '2024-03-01'))).toEqual(['SE planned null']);
    expect(summary(extract(`${LEAD}Norway could be among the next, he said.`, '2024-03-01'))).toEqual(['NO planned null']);
  });
  it('distractor: the next ones of something else', () => {
    expect(summary(extract(`${LEAD}Poland is among the next countries to receive F-16 jets.`, '2024-03-01'))).toEqual([]);
  });
});
