import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/core/extract/index.js';
import { extract, summary } from './helpers.js';

const P = '2024-07-12';

describe('the noun "signing" with a predicate of an occasion that happened', () => {
  it('took place, was held, went ahead: a signing done', () => {
    expect(summary(extract('The signing of the Ukraine-Romania security agreement took place on the sidelines of the NATO summit on Thursday.', P))).toEqual(['RO signed 2024-07-11']);
    expect(summary(extract('The signing ceremony for the bilateral security agreement between Ukraine and Romania was held in Washington on Thursday.', P))).toEqual(['RO signed 2024-07-11']);
    expect(summary(extract('The signing of the security agreement between Ukraine and Poland went ahead in Warsaw on Monday despite the air raid alert.', P))).toEqual(['PL signed 2024-07-08']);
  });

  it('one still ahead, or one that did not happen', () => {
    expect(summary(extract('The signing of the security agreement between Ukraine and Romania will take place on Thursday.', P))).toEqual(['RO planned 2024-07-18']);
    expect(summary(extract('The signing of the security agreement between Ukraine and Romania never took place.', P))).toEqual([]);
    expect(summary(extract('The signing of the security agreement between Ukraine and Hungary was not held.', P))).toEqual([]);
  });
});

describe('"pen" as a verb of signing', () => {
  it('penned, pens and pen with the agreement for an object', () => {
    expect(summary(extract('Zelensky penned a bilateral security agreement with Luxembourg on Wednesday.', P))).toEqual(['LU signed 2024-07-10']);
    expect(summary(extract('Zelensky pens security deal with Luxembourg on NATO sidelines', P))).toEqual(['LU signed null']);
    expect(summary(extract('Romania and Ukraine will pen a security agreement on Thursday.', '2024-07-09'))).toEqual(['RO planned 2024-07-11']);
  });

  it('distractors: a pen that writes about the agreement, a pen as a thing', () => {
    expect(summary(extract("Ukraine's ambassador to Romania penned an op-ed about the security agreement.", P))).toEqual([]);
    expect(summary(extract('Zelensky used a pen from Bucharest when Ukraine signed its security agreement with Britain in January.', P))).toEqual(['GB signed null']);
  });
});

describe('a signing told again ("did the same") in the places after it', () => {
  const LEAD = 'Zelensky signed a bilateral security agreement with Spain on Monday. ';
  it('each place names its state; one occasion, one date', () => {
    expect(summary(extract(LEAD + 'On Tuesday he did the same in Lisbon and Riga.', P))).toEqual(['ES signed 2024-07-08', 'LV signed 2024-07-09', 'PT signed 2024-07-09']);
    expect(summary(extract(LEAD + 'He had done the same in Berlin and Paris in February.', P))).toEqual(['DE signed null', 'ES signed 2024-07-08', 'FR signed null']);
    // a place of no one state ("Brussels") still counts as a place of the list
    expect(summary(extract(LEAD + 'On Tuesday he did the same in Brussels and Lisbon.', P))).toEqual(['ES signed 2024-07-08', 'PT signed 2024-07-09']);
  });

  it('distractors: a gathering after the places, a place that is no state\'s', () => {
    expect(summary(extract(LEAD + 'He did the same in Washington, on the sidelines of the NATO summit.', P))).toEqual(['ES signed 2024-07-08']);
    expect(summary(extract(LEAD + 'He did the same in Davos.', P))).toEqual(['ES signed 2024-07-08']);
  });
});

describe('the next in line, named after the copula', () => {
  const LEAD = 'Ukraine signed a security agreement with Poland on Monday. ';
  it('"The next will be with X", "Next in line is X", "The next one will be with <capital>"', () => {
    expect(summary(extract(LEAD + 'The next will be with Luxembourg.', '2024-07-09'))).toEqual(['LU planned null', 'PL signed 2024-07-08']);
    expect(summary(extract(LEAD + 'Next in line is Romania.', '2024-07-09'))).toEqual(['PL signed 2024-07-08', 'RO planned null']);
    expect(summary(extract(LEAD + 'The next one will be with Bucharest, an aide said.', '2024-07-09'))).toEqual(['PL signed 2024-07-08', 'RO planned null']);
  });

  it('distractors: the next step, meeting or week', () => {
    expect(summary(extract(LEAD + 'Next is a meeting with the Romanian president.', '2024-07-09'))).toEqual(['PL signed 2024-07-08']);
    expect(summary(extract(LEAD + "The next step will be with Romania's parliament.", '2024-07-09'))).toEqual(['PL signed 2024-07-08']);
    expect(summary(extract(LEAD + 'Next week is the NATO summit in Washington.', '2024-07-09'))).toEqual(['PL signed 2024-07-08']);
  });
});

describe('"it" as the object of a verb of signing is the agreement told of', () => {
  const run = (text: string, published = '2024-10-09'): string[] => summary(extractClaims({ title: 'Greece and Ukraine near security agreement', text, published, url: 'https://news.example/a', sourceId: 'test' }, { hub: 'UA' }));
  it('a plan, a hope, a refusal with "it"', () => {
    expect(run('Greece and Ukraine are negotiating a security agreement. Mitsotakis could sign it next week.')).toEqual(['GR negotiating null', 'GR planned null']);
    expect(run('Greece and Ukraine are negotiating a security agreement. The Greek prime minister hopes to sign it in Kyiv on Friday.')).toEqual(['GR negotiating null', 'GR planned 2024-10-11']);
    expect(summary(extract('Slovakia was offered a security agreement with Ukraine. Fico refused to sign it.'))).toEqual(['SK refused null']);
  });

  it('distractors: "it" after other verbs, and with no agreement told of', () => {
    expect(run('Greece and Ukraine signed a security agreement on Monday. Zelensky called it historic.', '2024-10-09')).toEqual(['GR signed 2024-10-07']);
    expect(summary(extract('Greece will host a summit on Ukraine next week. Mitsotakis could sign it off on Friday.'))).toEqual([]);
  });
});

describe('an agreement for ten years names the type, with or without "bilateral" or "security"', () => {
  it('"ten-year deal", "10-year accord", "decade-long accord" in an article that names nothing else', () => {
    expect(summary(extract('Støre seals ten-year deal with Zelensky in Stockholm.', '2024-05-31'))).toEqual(['NO signed null']);
    expect(summary(extract('Edi Rama and Zelensky signed a ten-year agreement in Davos on Tuesday.', '2025-01-23'))).toEqual(['AL signed 2025-01-21']);
    expect(summary(extract('Kishida and Zelenskyy sealed a decade-long accord in Apulia on Thursday.', '2024-06-14'))).toEqual(['JP signed 2024-06-13']);
  });

  it('distractors: a ten-year deal of another kind', () => {
    expect(summary(extract('Ukraine signed a ten-year gas transit agreement with Slovakia on Monday.', '2024-06-14'))).toEqual([]);
    expect(summary(extract('Ukraine and Poland signed a 10-year trade deal on Monday.', '2024-06-14'))).toEqual([]);
  });
});
