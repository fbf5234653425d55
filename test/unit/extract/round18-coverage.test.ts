import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// Background sentences that tell the agreements by whom they reach ("the agreements now cover all G7 members"),
// and a collection of agreements ("the network of documents") that names no other kind.

const FIRST = "Britain signed the first of Ukraine's bilateral security agreements in January. ";

describe('"the agreements now cover Japan and Canada": agreements that cover a state are that state\'s, undated', () => {
  it('plural agreements as subject, a name opening the object', () => {
    expect(summary(extract(`${FIRST}By the summer, Kyiv's security pacts spanned Japan, Canada and the Netherlands.`))).toEqual(['CA signed null', 'GB signed null', 'JP signed null', 'NL signed null']);
    expect(summary(extract(`${FIRST}Those documents now cover Denmark and Finland as well.`))).toEqual(['DK signed null', 'FI signed null', 'GB signed null']);
    expect(summary(extract(`${FIRST}The deals covered all three Baltic states by the end of June.`))).toEqual(['EE signed null', 'GB signed null', 'LT signed null', 'LV signed null']);
  });
  it('a collection of agreements ("the network of documents", "the series of pacts") is the article\'s kind', () => {
    expect(summary(extract(`${FIRST}A year on, the network of documents covers Italy and Sweden.`))).toEqual(['GB signed null', 'IT signed null', 'SE signed null']);
    expect(summary(extract(`${FIRST}Since then the series of agreements has spanned Spain, Portugal and Belgium.`))).toEqual(['BE signed null', 'ES signed null', 'GB signed null', 'PT signed null']);
  });
  it('distractors: one agreement covering fields, a passive, a negation, a count as object', () => {
    expect(summary(extract(`${FIRST}The agreement covers training, demining and the defence industry.`))).toEqual(['GB signed null']);
    expect(summary(extract(`${FIRST}The agreements cover Ukrainian arms production and training.`))).toEqual(['GB signed null']);
    expect(summary(extract(`${FIRST}Hungary is covered by none of the agreements.`))).toEqual(['GB signed null']);
    expect(summary(extract(`${FIRST}The agreements do not yet cover Greece.`))).toEqual(['GB signed null']);
    expect(summary(extract(`${FIRST}The documents now cover more than 20 countries.`))).toEqual(['GB signed null']);
  });
});
