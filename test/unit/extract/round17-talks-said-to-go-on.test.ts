import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const LEAD = 'Ukraine and Norway have opened negotiations on a bilateral security agreement, officials said on Monday. ';

describe('"consultations / discussions are under way with X": talks said to go on, on what the article is about', () => {
  it('the talk noun, then a verb of talks under way, then its parties', () => {
    expect(summary(extract(`${LEAD}Consultations are also under way with Spain and Portugal, the ministry added.`, '2024-02-06'))).toEqual(['ES negotiating null', 'NO negotiating null', 'PT negotiating null']);
    expect(summary(extract(`${LEAD}Discussions have already begun with Greece, a diplomat said.`, '2024-02-06'))).toEqual(['GR negotiating null', 'NO negotiating null']);
    expect(summary(extract(`${LEAD}Consultations with Belgium and Luxembourg are ongoing.`, '2024-02-06'))).toEqual(['BE negotiating null', 'LU negotiating null', 'NO negotiating null']);
  });

  it('distractors: talks that are not said to go on, or an article not about the agreement', () => {
    expect(summary(extract(`${LEAD}Consultations with Spain are possible, but no timetable exists.`, '2024-02-06'))).toEqual(['NO negotiating null']);
    expect(summary(extract('Ukraine and Spain signed a grain deal on Monday. Consultations are also under way with Portugal, the ministry added.', '2024-02-06'))).toEqual([]);
  });
});

describe('"held (joint government) consultations with X": a meeting held, whatever its modifiers, is not talks on a text', () => {
  const REFUSAL = 'Slovakia will not sign a bilateral security agreement with Ukraine, Prime Minister Robert Fico said. ';
  it('a verb of holding before the meeting noun and its modifiers gives no talks', () => {
    expect(summary(extract(`${REFUSAL}Fico has nevertheless held joint government consultations with Ukrainian Prime Minister Denys Shmyhal in Uzhhorod, where the two sides discussed energy and roads.`, '2024-01-25'))).toEqual(['SK refused null']);
    expect(summary(extract(`${REFUSAL}The two cabinets held bilateral consultations with Kyiv in January.`, '2024-01-25'))).toEqual(['SK refused null']);
    expect(summary(extract(`${REFUSAL}Hungary also held annual consultations with Ukraine's foreign ministry on minority rights.`, '2024-01-25'))).toEqual(['SK refused null']);
  });

  it('near-miss: consultations with a party, not said to be held, are still talks', () => {
    expect(summary(extract('Ukraine and Canada are negotiating a bilateral security agreement. Joint consultations with Italy have also started.', '2024-01-25'))).toEqual(['CA negotiating null', 'IT negotiating null']);
  });
});
