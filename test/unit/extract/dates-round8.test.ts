import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const run = (published: string | null, title: string | null, ...paras: string[]): string[] => summary(extract(paras.join('\n\n'), published, title));

describe('dates round 8: headline and body', () => {
  it('a body date beats the page date the headline would take', () => {
    // 2024-03-09 is a Saturday; the dateline line dates the page, the body dates the signing
    expect(run('2024-03-09', 'Latvia signs security agreement with Ukraine', '9 March 2024', 'The document was signed on the 8th, in the margins of a summit in Riga.')).toEqual(['LV signed 2024-03-08']);
  });

  it('a day of the month alone follows the tense and is not an ordinal of something else', () => {
    expect(run('2024-03-09', null, 'Latvia signed the security agreement with Ukraine on the 28th, at a ceremony in Riga.')).toEqual(['LV signed 2024-02-28']);
    // distractor: "on the 13th brigade" is not a day
    expect(run('2024-03-09', null, 'Latvia signed the security agreement with Ukraine and pledged to focus on the 13th brigade and its training.')).toEqual(['LV signed null']);
  });

  it('a refusal takes the day it was said, not the day of the occasion it refuses', () => {
    // 2024-11-08 is a Friday
    expect(run('2024-11-08', 'Slovakia will not sign security pact with Ukraine', 'On Thursday, as ministers met in Vienna, the prime minister told reporters that Slovakia would not sign a bilateral security agreement with Ukraine.')).toEqual(['SK refused 2024-11-07']);
    expect(run('2024-11-08', null, 'Slovakia will not sign the security agreement with Ukraine, the prime minister said on Wednesday, ahead of a summit on 14 November.')).toEqual(['SK refused 2024-11-06']);
  });

  it('an unnamed parliament ratifying dates the headline party', () => {
    // 2024-10-17 is a Thursday
    expect(run('2024-10-17', 'Latvian parliament ratifies security agreement with Ukraine', 'The deputies on Wednesday ratified the agreement by a large majority, two months after the vote in committee.')).toEqual(['LV ratified 2024-10-16']);
  });
});

describe('dates round 8: per-item dates in lists', () => {
  it('parenthesised dates after an undated subject belong to the members that carry them', () => {
    expect(run('2024-10-21', null, 'Portugal signed a security agreement with Ukraine on Friday.', 'Portugal became the latest country to sign after Latvia (3 October), Estonia (19 September) and Finland (6 June).')).toEqual([
      'EE signed 2024-09-19',
      'FI signed 2024-06-06',
      'LV signed 2024-10-03',
      'PT signed 2024-10-18',
    ]);
  });

  it('numbers in parentheses that are not dates give no dates', () => {
    // distractor: troop numbers in the parentheses
    expect(run('2024-10-21', null, 'Ukraine has already signed security agreements with Latvia (3,000 troops), Estonia (1,200) and Finland (4,000).')).toEqual(['EE signed null', 'FI signed null', 'LV signed null']);
  });

  it('a member in the clause "a day after" opens takes the day before the story day', () => {
    // 2024-04-10 is a Wednesday
    expect(
      run('2024-04-10', null, 'Finland and Ukraine signed a ten-year security agreement on Tuesday.', 'The Finnish and Latvian deals come a day after Estonia inked its own agreement in Tallinn.'),
    ).toEqual(['EE signed 2024-04-08', 'FI signed 2024-04-09', 'LV signed null']);
  });
});

describe('dates round 8: relative anchors', () => {
  it('"in the morning" is the day the text is telling of', () => {
    // distractor: the later sentence names another day for another event
    expect(
      run('2024-04-12', null, 'Finland and Ukraine signed a security agreement in Helsinki on Thursday afternoon.', 'Zelensky had arrived from Vilnius, where he had signed a similar agreement with Lithuania in the morning.', 'On Friday he flew to Oslo for talks.'),
    ).toEqual(['FI signed 2024-04-11', 'LT signed 2024-04-11']);
  });

  it('"the day before in <place>" counts back; "the day before the summit" does not', () => {
    expect(run('2024-04-12', null, 'Finland and Ukraine signed a security agreement on Thursday.', 'Finland thus followed Estonia, which signed its agreement the day before in Tallinn.')).toEqual(['EE signed 2024-04-10', 'FI signed 2024-04-11']);
    expect(run('2024-04-12', null, 'Finland and Ukraine signed a security agreement on Thursday.', 'Estonia signed its agreement the day before the summit opened.')).toEqual(['EE signed null', 'FI signed 2024-04-11']);
  });

  it('a look back does not move the story day: "the same evening" is still the main event\'s', () => {
    expect(
      run('2024-04-12', null, 'Finland and Ukraine signed a security agreement on Thursday.', 'Finland thus followed Estonia, which signed its agreement the day before in Tallinn.', 'From Helsinki, Zelensky flew on to Riga, where he signed a similar document with Latvia the same evening.'),
    ).toEqual(['EE signed 2024-04-10', 'FI signed 2024-04-11', 'LV signed 2024-04-11']);
  });

  it('"X later signed" is the day of the occasion just told; "years later" is not', () => {
    expect(
      run('2024-04-14', null, 'The Finnish president signed a security agreement with Ukraine during a visit to Kyiv on Saturday.', 'Lithuania\'s president and Zelensky later signed the Lithuanian agreement at the palace.'),
    ).toEqual(['FI signed 2024-04-13', 'LT signed 2024-04-13']);
  });

  it('"There he signed" opens on the occasion the sentence before dated', () => {
    // distractor: an existential "There were" gives no day
    expect(run('2024-04-14', null, 'On Saturday, Zelensky arrived in Helsinki for a Nordic summit.', 'There he signed bilateral security agreements with Finland, Norway and Iceland.')).toEqual([
      'FI signed 2024-04-13',
      'IS signed 2024-04-13',
      'NO signed 2024-04-13',
    ]);
  });

  it('a budget year in the clause of the signing does not blank its day', () => {
    expect(run('2024-04-10', null, 'Later on Tuesday, Zelensky flew to Riga, where Latvia signed a security pact and pledged 100 million euros in aid for this year.')).toEqual(['LV signed 2024-04-09']);
  });
});

describe('dates round 8: numeric dates and datelines', () => {
  it('a dotted day-first date is the signing date; the dateline is the report date', () => {
    expect(run('2024-04-12', null, 'Riga, 12 April 2024 / Latvia and Ukraine signed the agreement on security cooperation in Riga on 11.04.2024, during a visit by Zelensky.')).toEqual(['LV signed 2024-04-11']);
  });

  it('a dateline dates a sentence that gives no date of its own', () => {
    expect(run('2024-04-13', null, 'Helsinki, 12 April 2024 – The prime ministers of Finland, Norway and Iceland each signed a bilateral security agreement with Zelensky at the summit.')).toEqual([
      'FI signed 2024-04-12',
      'IS signed 2024-04-12',
      'NO signed 2024-04-12',
    ]);
    // distractor: the sentence's own vague date wins over the dateline
    expect(run('2024-04-13', null, 'Helsinki, 12 April 2024 – Denmark and Sweden signed their security agreements with Ukraine earlier this year.')).toEqual(['DK signed null', 'SE signed null']);
  });

  it('an ambiguous slashed date is not read', () => {
    expect(run('2024-04-13', null, 'Latvia and Ukraine signed the security agreement on 4/11/2024.')).toEqual(['LV signed null']);
    expect(run('2024-04-13', null, 'Latvia and Ukraine signed the security agreement on 11/04/2024.')).toEqual(['LV signed null']);
    expect(run('2024-04-13', null, 'Latvia and Ukraine signed the security agreement on 13/04/2024.')).toEqual(['LV signed 2024-04-13']);
  });
});

describe('dates round 8: plans on weekdays', () => {
  it('a gapped last item takes its own day ("and Romania\'s on Thursday")', () => {
    // 2024-07-08 is a Monday
    expect(run('2024-07-08', null, "Luxembourg's security agreement with Ukraine is to be signed on Wednesday, and Romania's on Thursday.")).toEqual(['LU planned 2024-07-10', 'RO planned 2024-07-11']);
    // distractor: a month-only item is no claim of a day (and no item at all)
    expect(run('2024-07-08', null, "Luxembourg's security agreement with Ukraine is to be signed on Wednesday, and Romania's in July.")).toEqual(['LU planned 2024-07-10']);
  });

  it('"due to be signed on Tuesday" is the coming Tuesday, not the statement day', () => {
    expect(run('2024-07-08', null, 'The security agreement between Ukraine and Luxembourg is due to be signed on Tuesday, officials said on Monday.')).toEqual(['LU planned 2024-07-09']);
  });
});

describe('dates round 8: colon lists cut by semicolons', () => {
  it('each item gives its members its own date; an item with only a month gives none', () => {
    expect(
      run('2024-05-20', null, 'Four states have signed security agreements with Ukraine: Finland, which signed first on April 3; Latvia and Estonia, which both signed on April 11; and Lithuania, whose president took the text to Vilnius in May.'),
    ).toEqual(['EE signed 2024-04-11', 'FI signed 2024-04-03', 'LT signed null', 'LV signed 2024-04-11']);
  });
});

describe('dates round 8: parts of the next or previous day', () => {
  it('"the next morning" is a day after the story day, "the previous evening" a day before', () => {
    expect(run('2024-04-13', null, 'Finland and Ukraine signed a security agreement on Thursday.', 'Estonia signed its own security agreement with Ukraine the next morning.')).toEqual(['EE signed 2024-04-12', 'FI signed 2024-04-11']);
    expect(run('2024-04-13', null, 'Finland and Ukraine signed a security agreement on Thursday.', 'Estonia had signed its own security agreement with Ukraine the previous evening.')).toEqual(['EE signed 2024-04-10', 'FI signed 2024-04-11']);
    // distractor: "the following week" is no day
    expect(run('2024-04-13', null, 'Finland and Ukraine signed a security agreement on Thursday.', 'Estonia signed its own security agreement with Ukraine the following week.')).toEqual(['EE signed null', 'FI signed 2024-04-11']);
  });
});
