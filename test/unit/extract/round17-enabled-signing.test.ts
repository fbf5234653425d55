import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

describe('"clearing the way for X to sign", "allowing X to sign": the enabling act is dated, the signing is not', () => {
  it('a day before the enabling verb is not the planned signing\'s', () => {
    expect(summary(extract('The Latvian government on Tuesday approved the draft of a bilateral security agreement with Ukraine, clearing the way for President Edgars Rinkēvičs to sign it.', '2024-06-20'))).toEqual(['LV planned null']);
    expect(summary(extract('The Portuguese cabinet on Tuesday endorsed the draft security agreement with Ukraine, paving the way for the prime minister to sign it.', '2024-06-20'))).toEqual(['PT planned null']);
    expect(summary(extract('The Seimas on Monday passed a resolution allowing President Gitanas Nausėda to sign the security agreement with Ukraine.', '2024-06-20'))).toEqual(['LT planned null']);
  });

  it('near-misses: a day after the signing verb is its own; a journey to sign keeps the day before it', () => {
    expect(summary(extract('The Czech government on Wednesday approved the text of the security agreement with Ukraine, enabling Prime Minister Petr Fiala to sign it on Friday.', '2024-06-20'))).toEqual(['CZ planned 2024-06-21']);
    expect(summary(extract('Estonian Prime Minister Kaja Kallas travels on Friday to Brussels to sign the security agreement with Ukraine.', '2024-06-20'))).toEqual(['EE planned 2024-06-21']);
  });
});
