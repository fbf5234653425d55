import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

describe('agreement kinds that are not the tracked type', () => {
  it.each([
    ['minerals deal', 'Ukraine and the United States signed a minerals deal on Wednesday.'],
    ['grain', 'The EU and Ukraine signed an agreement on grain exports.'],
    ['trade', 'The European Union agreed and signed a new trade deal with Ukraine.'],
    ['drone memorandum', 'Ukraine and Denmark signed a memorandum on joint drone production.'],
    ['friendship treaty', 'Albania and Ukraine signed a treaty on friendship and cooperation.'],
    ['joint statement', 'Slovakia and Ukraine signed a joint statement on energy.'],
    ['century partnership', 'British Prime Minister Keir Starmer and Zelensky signed an agreement on a century of partnership.'],
    ['G7 declaration', 'Montenegro signed the G7 Joint Declaration on security guarantees for Ukraine.'],
    ['coalition declaration', 'France, the United Kingdom and Ukraine signed a trilateral declaration of the Coalition of the Willing.'],
    ['peace framework', "Washington's paper of security guarantees for Kyiv can be signed once the two sides settle on a venue, under the 20-point peace plan."],
    ['defence deal of two others', 'Japan signed a defence agreement with the Philippines, officials in Ukraine noted.'],
  ])('%s → no claims', (_label, text) => {
    expect(extract(text)).toEqual([]);
  });

  it('"joined" the declaration is not signing an agreement', () => {
    expect(extract('North Macedonia joined the G7 declaration on security guarantees for Ukraine. Greece and Bulgaria joined the guarantees too.')).toEqual([]);
  });

  it('names outlets use for the tracked type', () => {
    expect(summary(extract('Ukraine and Ireland signed an agreement on support for Ukraine and cooperation.')).map((s) => s.split(' ')[0])).toEqual(['IE']);
    expect(summary(extract('Ukraine and Albania signed an agreement on long-term cooperation and support.')).map((s) => s.split(' ')[0])).toEqual(['AL']);
    expect(summary(extract('Ukraine and Japan signed the Accord on Support for Ukraine and Cooperation.')).map((s) => s.split(' ')[0])).toEqual(['JP']);
    expect(summary(extract('The EU and Ukraine signed joint security commitments.')).map((s) => s.split(' ')[0])).toEqual(['EU']);
    expect(summary(extract('Ukraine signed a security guarantees agreement with Canada.')).map((s) => s.split(' ')[0])).toEqual(['CA']);
  });

  it('"similar deals" point back at the article’s agreement', () => {
    const text = 'Iceland signed a bilateral security agreement with Ukraine. Similar deals have been signed by Sweden and Norway.';
    expect(summary(extract(text)).map((s) => s.split(' ')[0])).toEqual(['IS', 'NO', 'SE']);
  });

  it('"the agreement" alone means nothing in an article about another kind of deal', () => {
    expect(extract('Ukraine and Albania signed a treaty on friendship. The agreement was signed by Prime Minister Rama of Albania.')).toEqual([]);
  });
});
