import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const PT = 'Ukraine and Portugal are negotiating a bilateral security agreement, officials said, adding that Lisbon wanted a text with binding commitments';
const PT_PLAN = ' Prime Minister Luís Montenegro hopes to sign the agreement with President Volodymyr Zelensky in the spring.';
const ES = 'Spain and Ukraine are drafting a bilateral security agreement, the foreign minister said, stressing that Madrid sought a document with clear pledges';
const ES_PLAN = ' Prime Minister Pedro Sánchez hopes to sign the agreement with President Volodymyr Zelensky in May.';
const BE = 'Belgium and Ukraine are preparing a bilateral security agreement, the government said, adding that it wanted a document with real obligations';
const BE_PLAN = ' Prime Minister Alexander De Croo hopes to sign the agreement with President Volodymyr Zelensky soon.';

describe('an act named only to be set aside ("not a mere declaration", "rather than a memorandum") keeps the topic', () => {
  it('the agreement named before stays what the next sentence is about', () => {
    expect(summary(extract(`${PT} rather than a memorandum.${PT_PLAN}`, '2024-02-01'))).toEqual(['PT negotiating null', 'PT planned null']);
    expect(summary(extract(`${ES}, not a mere declaration.${ES_PLAN}`, '2024-04-01'))).toEqual(['ES negotiating null', 'ES planned null']);
    expect(summary(extract(`${BE} instead of a memorandum of intent.${BE_PLAN}`, '2024-04-01'))).toEqual(['BE negotiating null', 'BE planned null']);
  });

  it('distractors: the same acts named for themselves move the topic', () => {
    expect(summary(extract(`${PT} and a memorandum.${PT_PLAN}`, '2024-02-01'))).toEqual(['PT negotiating null']);
    expect(summary(extract(`${ES} and a declaration.${ES_PLAN}`, '2024-04-01'))).toEqual(['ES negotiating null']);
    expect(summary(extract(`${BE} and a memorandum of intent.${BE_PLAN}`, '2024-04-01'))).toEqual(['BE negotiating null']);
  });
});
