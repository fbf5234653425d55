import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// Round 17, dev-style day-of reports and roundups: who the partner is when the text names it by its capital in
// a clause that opens after a place, through its government, after a focusing adverb, or in a clause of its own.

const SIGNED = 'Ukraine has signed bilateral security agreements with more than twenty partners.';

describe('a place after a preposition ends at its comma: the names after it open the clause', () => {
  it('capitals after "Inside the EU," / "In Europe," / "Among the neighbours," are the subject', () => {
    expect(summary(extract(`${SIGNED} Inside the EU, Vienna and Valletta have declined.`, '2024-07-20'))).toEqual(['AT refused null', 'MT refused null']);
    expect(summary(extract(`${SIGNED} Within NATO, Budapest and Ankara have said no.`, '2024-07-20'))).toEqual(['HU refused null', 'TR refused null']);
    expect(summary(extract(`${SIGNED} In Europe, Bratislava and Budapest have refused.`, '2024-07-20'))).toEqual(['HU refused null', 'SK refused null']);
  });

  it('distractor: the capital of a real list after the place stays a place ("in Washington, Paris and Rome")', () => {
    expect(summary(extract(`${SIGNED} Talks were held in London, Paris and Rome last week.`, '2024-07-20'))).toEqual([]);
  });
});

describe('"the government in Budapest": a government placed in its capital is the state', () => {
  it('with "government(s)" or "authorities", also across a comma', () => {
    expect(summary(extract(`${SIGNED} The government in Budapest has refused to sign one.`, '2024-07-20'))).toEqual(['HU refused null']);
    expect(summary(extract(`${SIGNED} Only the authorities in Bratislava have declined to sign such a document.`, '2024-07-20'))).toEqual(['SK refused null']);
    expect(summary(extract(`${SIGNED} So far just two governments, in Vienna and Budapest, have refused to sign such an agreement.`, '2024-07-20'))).toEqual(['AT refused null', 'HU refused null']);
  });

  it('distractors: an event in a capital, a meeting of the Cabinet in a seat of government', () => {
    expect(summary(extract(`${SIGNED} Officials met in Budapest and declined to comment.`, '2024-07-20'))).toEqual([]);
    expect(summary(extract(`${SIGNED} Zelensky addressed the Cabinet in Downing Street, the first foreign leader to do so since 1997.`, '2024-07-20'))).toEqual([]);
  });
});

describe('"Only London, Berlin and Paris ...": a focusing adverb before the subject', () => {
  it('capitals after "Only" / "Even" / "Just" open their clause', () => {
    expect(summary(extract(`Denmark signed a security agreement with Ukraine on Friday. Only London, Berlin and Paris had signed before.`, '2024-02-23'))).toEqual([
      'DE signed null', 'DK signed 2024-02-23', 'FR signed null', 'GB signed null',
    ]);
    expect(summary(extract(`${SIGNED} Even Budapest has declined to sign one.`, '2024-07-20'))).toEqual(['HU refused null']);
    expect(summary(extract(`${SIGNED} Just Vienna and Valletta have declined.`, '2024-07-20'))).toEqual(['AT refused null', 'MT refused null']);
  });

  it('distractor: a focusing adverb before a place', () => {
    expect(summary(extract(`${SIGNED} The delegation stopped only in Berlin and Paris.`, '2024-07-20'))).toEqual([]);
  });
});

describe('two clauses with a party each are two statements, not a pact between those two', () => {
  it('work on one partner\'s document and talks with another begun', () => {
    expect(summary(extract(`${SIGNED} Work on the Spanish document is under way, while negotiations with Lisbon have begun.`, '2024-04-03'))).toEqual(['ES negotiating null', 'PT negotiating null']);
    expect(summary(extract(`${SIGNED} Talks on the Greek document are under way, and negotiations with Dublin have begun.`, '2024-04-03'))).toEqual(['GR negotiating null', 'IE negotiating null']);
    expect(summary(extract(`${SIGNED} Work on the Croatian agreement is continuing, while consultations with Athens have started.`, '2024-04-03'))).toEqual(['GR negotiating null', 'HR negotiating null']);
  });

  it('distractor: two other states in one clause agreeing with each other', () => {
    expect(summary(extract(`${SIGNED} France and Moldova are negotiating a defence agreement.`, '2024-03-08'))).toEqual([]);
  });
});
