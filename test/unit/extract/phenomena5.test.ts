import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// Fifth round of phenomena: talks said not to be under way, standing consultation formats, "follow" after
// another act, a capital that opens a relative clause, neighbours named after "border with", and a leader's
// surname that is also a country. Sentences written for these tests; none is taken from a corpus.
const got = (text: string, published: string | null = '2024-06-12', title: string | null = null): string[] => summary(extract(text, published, title));
const lead = 'Kyiv is collecting ten-year bilateral security agreements from its allies. ';

describe('talks that are not under way', () => {
  it('"negotiations with X, by contrast, have not started"', () => {
    expect(got(lead + 'Negotiations with Hungary, for now, have not started, an adviser said.')).toEqual([]);
  });

  it('"talks ... are possible, but no timetable exists"', () => {
    expect(got(lead + 'Diplomats in Bern say talks with Switzerland on a narrow text about mine clearance are possible, but nothing is scheduled.')).toEqual([]);
  });

  it('"talks have yet to begin" next to talks that go on', () => {
    const text = lead + 'Talks with Greece have yet to begin; negotiations with Ireland are continuing.';
    expect(got(text)).toEqual(['IE negotiating null']);
  });
});

describe('a standing format of government meetings', () => {
  it('"the intergovernmental consultations with Kyiv" are not talks on the agreement', () => {
    expect(got(lead + 'Prague has kept its intergovernmental consultations with Kyiv going since the spring.')).toEqual([]);
  });
});

describe('"expected to follow" another act', () => {
  it('following a country that joined a declaration is not a signing plan', () => {
    const text = lead + 'Albania endorsed the declaration on Monday, and a few neighbours, Serbia among them, are expected to follow.';
    expect(got(text)).toEqual([]);
  });

  it('following a signing still is', () => {
    const claims = extract(lead + 'Sweden joined the drone coalition last year and signed its agreement on Monday; Norway is expected to follow.');
    expect(claims.map((c) => `${c.party} ${c.status}`).sort()).toEqual(['NO planned', 'SE signed']);
  });
});

describe('a capital and its relative clause', () => {
  it('"Oslo, which signed in May, ..." is the signatory; "a border with Russia" is not a party', () => {
    const text = lead + 'Oslo, which signed in May, took another route: its text draws on Norway\'s long experience of a border with Russia.';
    expect(got(text)).toEqual(['NO signed null']);
  });
});

describe('a leader whose surname is a country', () => {
  it('"Montenegro and Zelensky sign" after "Prime Minister Luís Montenegro" is Portugal', () => {
    const title = 'Montenegro and Zelensky sign security pact in Lisbon';
    const text = 'Prime Minister Luís Montenegro and President Volodymyr Zelensky signed a bilateral security agreement between Portugal and Ukraine on Tuesday.';
    expect(got(text, '2024-05-29', title)).toEqual(['PT signed 2024-05-28']);
  });
});

describe('a list of capitals after "with"', () => {
  it('every capital in "with London, Berlin, Paris and Rome" is a signatory', () => {
    const text = 'Kyiv has already concluded such security agreements with Oslo, Stockholm, Helsinki and Copenhagen.';
    expect(got(text)).toEqual(['DK signed null', 'FI signed null', 'NO signed null', 'SE signed null']);
  });
});

describe('a vague date in a relative aside', () => {
  it('"X, who chairs the council this year, signed ... later in the day" takes the day of the story', () => {
    const text =
      'Prime Minister Mark Rutte signed a security agreement with Ukraine in Kharkiv on Friday. ' +
      'Fiala, who chairs the regional forum this year, signed the Czech agreement with Zelensky later in the day.';
    expect(got(text, '2024-03-02')).toEqual(['CZ signed 2024-03-01', 'NL signed 2024-03-01']);
  });
});

describe('"On the sidelines," of the event before', () => {
  it('takes the day of the event the sentence before dated', () => {
    const text =
      'The European Union and Ukraine signed joint security commitments on Thursday. ' +
      'On the sidelines, Latvian President Edgars Rinkēvičs signed a bilateral security agreement with Zelensky.';
    expect(got(text, '2024-06-28')).toEqual(['EU signed 2024-06-27', 'LV signed 2024-06-27']);
  });
});

describe('a second country with no statement of its own', () => {
  it('"The German agreement signed in May ..., but ... talks with Moscow" is the hub\'s', () => {
    const text = lead + 'The German agreement signed in February still stands, but Berlin now worries about talks with Moscow.';
    expect(got(text)).toEqual(['DE signed null']);
  });

  it('two other states agreeing with each other still give nothing', () => {
    expect(got(lead + 'France signed a defence agreement with Moldova on Thursday.')).toEqual([]);
  });
});
