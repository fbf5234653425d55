import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

describe('"with A and B; with C in the north; and with D": gapped "with" items after semicolons share the verb', () => {
  it('every item signed', () => {
    expect(summary(extract('Kyiv has signed security agreements with Britain and Germany; with Norway and Sweden in the north; and with Spain and Portugal.', '2024-07-01'))).toEqual([
      'DE signed null', 'ES signed null', 'GB signed null', 'NO signed null', 'PT signed null', 'SE signed null',
    ]);
    expect(summary(extract('So far, Ukraine\'s bilateral security agreements have been concluded with France; with Estonia, Latvia and Lithuania; and then with Poland.', '2024-07-10'))).toEqual([
      'EE signed null', 'FR signed null', 'LT signed null', 'LV signed null', 'PL signed null',
    ]);
    expect(summary(extract('Ukraine is negotiating security agreements with Greece; with Croatia; and with Ireland.', '2024-08-01'))).toEqual([
      'GR negotiating null', 'HR negotiating null', 'IE negotiating null',
    ]);
  });

  it('distractors: an item with a verb of its own, or a first clause with no "with" partner', () => {
    expect(summary(extract('Kyiv has signed a security agreement with Britain; with Hungary, talks have not even begun.', '2024-07-01'))).toEqual(['GB signed null']);
    expect(summary(extract('Britain signed a security agreement with Ukraine; with Moldova, Paris signed a defence pact.', '2024-07-01'))).toEqual(['GB signed null']);
  });
});

describe('"X signed, joining Ottawa, Berlin and London": capitals listed after "joining" are the states joined', () => {
  it('the capitals joined signed', () => {
    expect(summary(extract('Latvia signed its security agreement with Ukraine on Thursday, joining Ottawa, Copenhagen and The Hague.', '2024-04-12'))).toEqual([
      'CA signed null', 'DK signed null', 'LV signed null', 'NL signed null',
    ]);
    expect(summary(extract('Spain signed a bilateral security agreement with Ukraine, joining London, Berlin and Paris.', '2024-05-28'))).toEqual([
      'DE signed null', 'ES signed null', 'FR signed null', 'GB signed null',
    ]);
    expect(summary(extract('Riga signed a ten-year security pact with Kyiv, joining Helsinki and Rome.', '2024-04-12'))).toEqual(['FI signed null', 'IT signed null', 'LV signed null']);
  });

  it('distractors: one capital, or a capital as a modifier', () => {
    expect(summary(extract('Latvia signed its security agreement with Ukraine, joining Paris talks on air defence.', '2024-04-12'))).toEqual(['LV signed null']);
    expect(summary(extract('Latvia signed its security agreement with Ukraine before joining Berlin for the summit.', '2024-04-12'))).toEqual(['LV signed null']);
  });
});

describe('"used the same summit to sign": an occasion put to use is a signing, on that occasion\'s day', () => {
  it('signed, dated by the occasion told before', () => {
    expect(summary(extract('Zelensky signed a security agreement with Sweden in Stockholm on Friday. He used the same summit to sign similar agreements with Norway and Iceland.', '2024-06-01'))).toEqual([
      'IS signed 2024-05-31', 'NO signed 2024-05-31', 'SE signed 2024-05-31',
    ]);
    expect(summary(extract('On 13 June Biden signed a security agreement with Ukraine. Kishida took the same occasion to sign Japan\'s accord.', '2024-06-14'))).toEqual([
      'JP signed 2024-06-13', 'US signed 2024-06-13',
    ]);
    expect(summary(extract('Macron signed a security agreement with Ukraine in Paris on 16 February. Zelensky used the same visit to conclude a similar deal with Germany.', '2024-02-17'))).toEqual([
      'DE signed 2024-02-16', 'FR signed 2024-02-16',
    ]);
  });

  it('distractors: a summit to be used, or a summit used for something else', () => {
    expect(summary(extract('Sweden signed a security agreement with Ukraine on Friday. Norway will use the same summit to sign its own.', '2024-06-01'))).toEqual(['NO planned null', 'SE signed 2024-05-31']);
    expect(summary(extract('Sweden signed a security agreement with Ukraine on Friday. Norway used the same summit to announce aid.', '2024-06-01'))).toEqual(['SE signed 2024-05-31']);
  });
});

describe('"ten-year support accord": the type\'s title word with its term names the type', () => {
  it('the type, in headlines and body', () => {
    expect(summary(extract('Croatia inked a ten-year support deal with Ukraine on Wednesday.', '2024-10-10'))).toEqual(['HR signed 2024-10-09']);
    expect(summary(extract('On 13 June, Japan and Ukraine signed a 10-year support accord at the G7 summit.', '2024-06-14'))).toEqual(['JP signed 2024-06-13']);
    expect(summary(extract('Albania will sign a decade-long support pact with Ukraine next week.', '2025-01-14'))).toEqual(['AL planned null']);
  });

  it('distractors: another kind of support, or support with no term', () => {
    expect(summary(extract('Croatia inks ten-year military support deal with Ukraine', '2024-10-09'))).toEqual([]);
    expect(summary(extract('The EU signs ten-year budget support agreement with Ukraine', '2024-10-09'))).toEqual([]);
    expect(summary(extract('Croatia signed a support deal with Ukraine.', '2024-10-09'))).toEqual([]);
  });
});

describe('a comma closes an agreement\'s noun phrase: ", on his first trip" is no subject of the agreement', () => {
  it('the type named before the comma stays the type', () => {
    expect(summary(extract('Ireland and Ukraine yesterday signed a support and cooperation agreement, on Harris\'s first trip to Kyiv.', '2024-09-05'))).toEqual(['IE signed 2024-09-04']);
    expect(summary(extract('Ukraine and Croatia signed a long-term cooperation and support agreement, on Zelensky\'s second visit to Dubrovnik.', '2024-10-09'))).toEqual(['HR signed null']);
    expect(summary(extract('Albania and Ukraine signed a long-term cooperation and support agreement, on Rama\'s way back from Davos.', '2025-01-22'))).toEqual(['AL signed null']);
  });

  it('distractors: an agreement whose subject follows it directly', () => {
    expect(summary(extract('Albania signed an agreement on his first visit with Ukraine.', '2025-01-22'))).toEqual([]);
    expect(summary(extract('Albania signed an agreement on energy with Ukraine.', '2025-01-22'))).toEqual([]);
  });
});
