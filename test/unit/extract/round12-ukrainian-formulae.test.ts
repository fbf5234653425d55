import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

describe('round 12: list rows read in general (year or not, venue after a comma, "in", brackets or none, several rows per line)', () => {
  const lead = ['Partners that have concluded security agreements with Ukraine in 2024', ''];
  it('a row without a year takes the heading year; its venue after a comma or "in" is no party', () => {
    const text = [...lead, 'Denmark – February 23, Lviv;', 'Canada and Italy — 24 February in Kyiv;', 'Japan: June 13, the G7 summit in Italy;', 'Poland - July 8.'].join('\n');
    expect(summary(extract(text, null))).toEqual(['CA signed 2024-02-24', 'DK signed 2024-02-23', 'IT signed 2024-02-24', 'JP signed 2024-06-13', 'PL signed 2024-07-08']);
  });
  it('a year and a venue together, and several parties in a row', () => {
    const text = [...lead, 'Sweden, Norway and Iceland — May 31, 2024, Stockholm;', 'Belgium — May 28, 2024 at the Egmont Palace.'].join('\n');
    expect(summary(extract(text, '2024-12-01'))).toEqual(['BE signed 2024-05-28', 'IS signed 2024-05-31', 'NO signed 2024-05-31', 'SE signed 2024-05-31']);
  });
  it('several rows run on one line, cut at semicolons', () => {
    const text = [...lead, 'Finland — April 3; Latvia — April 11;', 'Spain — May 27, Madrid; Belgium and Portugal — May 28;'].join('\n');
    expect(summary(extract(text, null))).toEqual(['BE signed 2024-05-28', 'ES signed 2024-05-27', 'FI signed 2024-04-03', 'LV signed 2024-04-11', 'PT signed 2024-05-28']);
  });
  it('a month alone or a venue alone in a list of dated rows: signed, undated', () => {
    const text = [...lead, 'Denmark — February 23, Lviv;', 'Finland and Latvia — April;', 'Luxembourg and Romania — at the NATO summit in Washington;', 'Poland — July 8.'].join('\n');
    const s = summary(extract(text, null));
    expect(s).toEqual(['DK signed 2024-02-23', 'FI signed null', 'LU signed null', 'LV signed null', 'PL signed 2024-07-08', 'RO signed null']);
  });
  it('distractors: a predicate after the date is no venue; a venue row opens no list; an aid list is none', () => {
    const pred = summary(extract([...lead, 'Denmark — February 23, Lviv;', 'Norway — May 31, talks still continue.'].join('\n'), null));
    expect(pred).toContain('DK signed 2024-02-23');
    expect(pred.some((x) => x.startsWith('NO signed'))).toBe(false);
    const alone = summary(extract([...lead, 'Luxembourg and Romania — at the NATO summit in Washington;'].join('\n'), null));
    expect(alone).toEqual([]);
    const aid = summary(extract(['Aid pledges for Ukraine in 2024:', '', 'Denmark — February 23, Lviv; Norway — May 31, Oslo;'].join('\n'), null));
    expect(aid).toEqual([]);
  });
});

describe('round 12: a group undertaking a programme of bilateral agreements is no plan of its members', () => {
  it('undertook / have pledged / agreed to conclude, sign or negotiate bilateral agreements: no member plans', () => {
    for (const s of [
      'Under the Vilnius declaration the G7 countries undertook to conclude bilateral agreements with Ukraine on long-term security commitments.',
      'The G7 nations have pledged to sign bilateral security agreements with Kyiv, each on its own terms.',
      'Last summer the Nordic countries agreed to negotiate bilateral security pacts with Ukraine.',
      'The Baltic states have undertaken to conclude bilateral security accords with Ukraine.',
    ]) expect(summary(extract(s, '2024-03-01'))).toEqual([]);
  });
  it('distractors: a named country, a date, or a single joint agreement keep the plan', () => {
    expect(summary(extract('Italy pledged to conclude a bilateral security agreement with Ukraine.', '2024-03-01'))).toEqual(['IT planned null']);
    const dated = summary(extract('The Baltic states pledged to sign bilateral security agreements with Ukraine on June 27.', '2024-06-20'));
    expect(dated).toEqual(['EE planned 2024-06-27', 'LT planned 2024-06-27', 'LV planned 2024-06-27']);
    const joint = summary(extract('The Nordic countries pledged to sign a joint security agreement with Ukraine.', '2024-03-01'));
    expect(joint.length).toBeGreaterThan(0);
  });
});

describe('round 12: a meeting named after its sides with a dash ("the Ukraine – South East Europe summit") breaks no clause', () => {
  it('the sentence date reaches a list of signers across the meeting name', () => {
    const a = summary(extract('On Wednesday, October 9, at the Ukraine – South East Europe summit in Dubrovnik, Ukraine signed security agreements with Croatia, Albania and Greece.', '2024-10-09'));
    expect(a).toEqual(['AL signed 2024-10-09', 'GR signed 2024-10-09', 'HR signed 2024-10-09']);
    const b = summary(extract('Today, during the Ukraine — Western Europe Forum in Brussels, Kyiv concluded security pacts with Belgium, Portugal and Luxembourg.', '2024-05-28'));
    expect(b).toEqual(['BE signed 2024-05-28', 'LU signed 2024-05-28', 'PT signed 2024-05-28']);
    const c = summary(extract('Yesterday, at the Ukraine - Nordic meeting in Oslo, security accords were inked with Norway, Denmark and Finland.', '2024-06-01'));
    expect(c).toEqual(['DK signed 2024-05-31', 'FI signed 2024-05-31', 'NO signed 2024-05-31']);
  });
  it('distractors: a dash before a clause, or names set off by dashes, are read as before', () => {
    const s = summary(extract('Poland will host the talks on July 8 in Warsaw — Sweden, Norway and Iceland already signed security agreements with Ukraine.', '2024-06-10'));
    expect(s.filter((x) => x.startsWith('SE'))).toEqual(['SE signed null']);
    const t = summary(extract('Two Nordic countries — Denmark and Finland — signed security agreements with Ukraine on February 23 and April 3.', '2024-06-10'));
    expect(t.length).toBe(2);
  });
});

describe('round 12: a body that says "today" dates the headline\'s signing by the publication day', () => {
  it('today, this morning, tonight in the body: the headline signing is of the publication day', () => {
    const a = extract('In Vilnius, President Zelensky and President Nauseda signed a ten-year document. "Today we have put our partnership on paper," Zelensky said.', '2024-06-27', 'Ukraine and Lithuania sign security agreement');
    expect(summary(a)).toContain('LT signed 2024-06-27');
    const b = extract('The two prime ministers put their signatures to the document this morning in Lisbon, the government said.', '2024-05-28', 'Portugal inks long-term security pact with Ukraine');
    expect(summary(b)).toContain('PT signed 2024-05-28');
    const c = extract('The leaders met in Reykjavik tonight and exchanged the signed copies of the text.', '2024-05-31', 'Iceland and Ukraine seal security accord');
    expect(summary(c)).toContain('IS signed 2024-05-31');
  });
  it('distractors: no word of the day, "today\'s", or a headline plan stay undated', () => {
    expect(summary(extract('In Vilnius, the two presidents signed a ten-year document.', '2024-06-27', 'Ukraine and Lithuania sign security agreement'))).toContain('LT signed null');
    expect(summary(extract("The document reflects today's realities, the president said.", '2024-06-27', 'Ukraine and Lithuania sign security agreement'))).toContain('LT signed null');
    expect(summary(extract('Officials said today that the text is ready.', '2024-06-20', 'Lithuania to sign security agreement with Ukraine'))).toContain('LT planned null');
  });
});

describe('round 12: an undated page counts its relative days from the day its lead gives', () => {
  it('the lead\'s full day anchors "yesterday", "later today" and "on Tuesday"', () => {
    const a = summary(extract('Ukraine and Japan signed a security agreement in Apulia on Thursday, June 13, on the sidelines of the G7 summit. The American agreement was concluded only yesterday in Washington.', null));
    expect(a).toContain('JP signed 2024-06-13');
    expect(a).toContain('US signed 2024-06-12');
    const b = summary(extract('Zelensky will travel to Stockholm on Friday, May 31, to sign a security agreement with Sweden. On Saturday, he is expected in Oslo, where a similar pact is to be concluded with Norway.', null));
    expect(b).toContain('NO planned 2024-06-01');
    // the headline repeated as the text's first line is no lead
    const text = 'Zelensky to sign security pact with Sweden on Friday\n\nZelensky will travel to Stockholm on Friday, May 31, to sign a security agreement with Sweden. On Saturday, he is expected in Oslo, where a similar pact is to be concluded with Norway.';
    expect(summary(extract(text, null, 'Zelensky to sign security pact with Sweden on Friday'))).toContain('NO planned 2024-06-01');
    const c = summary(extract('The Dutch security agreement was signed in Kharkiv on 1 March 2024. Finland is also expected to sign a similar security pact with Kyiv later today.', null));
    expect(c).toContain('FI planned 2024-03-01');
  });
  it('distractors: a lead day without year or weekday, or a relative lead, anchors nothing', () => {
    const a = summary(extract('Ukraine and Japan signed a security agreement in Apulia on 13 June. The American agreement was concluded only yesterday in Washington.', null));
    expect(a).toContain('US signed null');
    const c = summary(extract('Friday, 31 May 2024 was the day the Nordic summit opened. Ukraine and Sweden signed a security agreement yesterday.', null));
    expect(c).toContain('SE signed null');
    const b = summary(extract('Ukraine and Japan signed a security agreement on Thursday. The American agreement was concluded only yesterday, on June 12.', null));
    expect(b.filter((x) => x.startsWith('JP'))).toEqual(['JP signed null']);
  });
});

describe('round 12: an approved mandate to negotiate is the talks stage', () => {
  it('approves a negotiating mandate / a mandate for negotiations / the mandate to negotiate: negotiating', () => {
    expect(summary(extract('The Austrian cabinet approved a negotiating mandate for a security agreement with Ukraine.'))).toEqual(['AT negotiating null']);
    expect(summary(extract('The Slovak government has endorsed a draft security agreement with Ukraine and a mandate for talks on it.'))).toEqual(['SK negotiating null']);
    expect(summary(extract('Cabinet approves mandate to negotiate security deal with Ukraine', '2024-06-12', 'Cyprus cabinet approves mandate to negotiate security agreement with Ukraine'))).toEqual(['CY negotiating null']);
  });
  it('distractor: an approved draft without a mandate is still a plan to sign', () => {
    expect(summary(extract('The Greek cabinet approved the draft security agreement with Ukraine.'))).toEqual(['GR planned null']);
  });
});

describe('round 12: "will be concluded for ten years" is the term of a draft, not a plan', () => {
  it('a passive future signing followed by its term of years states no plan', () => {
    for (const s of [
      "According to the ministry, Ukraine's security agreement with Cyprus will be concluded for 10 years.",
      "Ukraine's security agreement with Malta is to be signed for a period of ten years.",
      "Ukraine's security agreement with Greece would be concluded for a decade, the minister says.",
    ]) expect(summary(extract(s))).toEqual([]);
  });
  it('distractors: a term after a past signing, and a plan with an occasion, still count', () => {
    expect(summary(extract("Ukraine's security agreement with Poland was signed for 10 years in Warsaw."))).toEqual(['PL signed null']);
    expect(summary(extract("Ukraine's security agreement with Poland will be signed for Ukraine's defence next week."))).toEqual(['PL planned null']);
  });
});

describe('round 12: the party of an agreement\'s "of" phrase owns the agreement a relative clause says was signed', () => {
  const lead = 'Orbán said Hungary will not sign a security agreement with Ukraine. ';
  it('"the X of P with/to Ukraine, which was signed": P signed', () => {
    for (const [s, want] of [
      ['Budapest did not block the joint security commitments of the European Union to Ukraine, which were concluded in Brussels.', 'EU signed null'],
      ['Budapest praised the security pact of the Netherlands with Kyiv, which was inked in Kharkiv.', 'NL signed null'],
      ['Budapest criticised the bilateral security agreement of Poland with Ukraine, which had been signed in Warsaw.', 'PL signed null'],
    ] as const) expect(summary(extract(lead + s))).toContain(want);
  });
  it('distractors: a subject of the main clause, or an "of" phrase on no agreement, takes no signing', () => {
    const a = summary(extract(lead + "Poland and Czechia did not block the EU's joint security commitments to Ukraine, which Brussels signed in June."));
    expect(a.some((x) => x.startsWith('PL') || x.startsWith('CZ'))).toBe(false);
    const b = summary(extract(lead + 'Budapest praised the speech of the Dutch prime minister in Kyiv, which was signed in Kharkiv.'));
    expect(b.some((x) => x.startsWith('NL'))).toBe(false);
  });
});

describe('round 12: the hosts of a visit whose purpose is the signing are its parties', () => {
  it('visit / travel to X and Y to sign / conclude / ink: every destination plans', () => {
    const lead = 'Ukraine and Spain signed a security agreement in Madrid. ';
    expect(summary(extract(lead + 'Zelensky is due to visit Lithuania and Estonia to sign similar documents later this month.', '2024-06-10'))).toEqual(expect.arrayContaining(['EE planned null', 'LT planned null']));
    expect(summary(extract(lead + 'The president will travel to Vilnius and Riga to conclude security agreements next week.', '2024-06-10'))).toEqual(expect.arrayContaining(['LT planned null', 'LV planned null']));
    expect(summary(extract(lead + 'Zelensky is expected to visit Ireland to ink a similar pact in the coming days.', '2024-06-10'))).toContain('IE planned null');
  });
  it('distractors: a visit with another purpose, or a purpose after other words, names no party', () => {
    const lead = 'Ukraine and Spain signed a security agreement in Madrid. ';
    const a = summary(extract(lead + 'Zelensky will visit Lithuania and Estonia to discuss air defence.', '2024-06-10'));
    expect(a.some((x) => x.startsWith('LT') || x.startsWith('EE'))).toBe(false);
  });
});

describe('round 12: a hedged prospect in a relative clause does not outweigh the talks of its party', () => {
  const lead = 'Ukraine signed a security agreement with Italy. ';
  it('"in talks with X, which may / could / might (become the next to) sign": negotiating', () => {
    expect(summary(extract(lead + 'Kyiv is also in talks with Greece, which may become the next country to sign.'))).toContain('GR negotiating null');
    expect(summary(extract(lead + 'Ukraine is negotiating with Portugal, which might become the next to put pen to paper.'))).toContain('PT negotiating null');
    expect(summary(extract(lead + 'Kyiv is also in negotiations with Ireland, which could conclude a similar accord soon.'))).toContain('IE negotiating null');
  });
  it('distractor: a firm plan in the relative clause is the plan', () => {
    expect(summary(extract(lead + 'Kyiv is also in talks with Greece, which will sign next week.'))).toContain('GR planned null');
  });
});

describe('round 12: the group in a gathering\'s "of" phrase is who meets, not a party', () => {
  it('a summit / meeting / conference of the Nordic countries (Baltic states, G7 leaders) expands to nobody', () => {
    expect(summary(extract('Norway will sign a security agreement with Ukraine on Friday, May 31, at a summit of the Nordic countries and Ukraine in Stockholm.', '2024-05-29'))).toEqual(['NO planned 2024-05-31']);
    expect(summary(extract('At a meeting of the Baltic states in Riga, Zelensky signed a security agreement with Lithuania.', '2024-06-28'))).toEqual(['LT signed null']);
    expect(summary(extract('Denmark is expected to sign its security pact with Ukraine at a conference of the Nordic countries next week.', '2024-05-20'))).toEqual(['DK planned null']);
  });
  it('distractor: the group as the subject of the signing still expands', () => {
    expect(summary(extract('The Baltic states signed security agreements with Ukraine.', '2024-06-28'))).toEqual(['EE signed null', 'LT signed null', 'LV signed null']);
  });
});

describe('round 12: "at the Stockholm summit" closing a clause is the gathering the text dated before', () => {
  it('a named gathering takes the day given for it, even sentences back', () => {
    const a = summary(extract('Denmark will sign a security agreement with Ukraine on Friday, June 14, at a summit in Copenhagen. The text covers air defence. Finland is also expected to sign its pact at the Copenhagen summit.', '2024-06-10'));
    expect(a).toContain('FI planned 2024-06-14');
    const b = summary(extract('Zelensky arrives in Vilnius on Tuesday, July 9, for a NATO meeting. Lithuania is expected to sign a security accord with Kyiv during the NATO Vilnius meeting.', '2024-07-08'));
    expect(b).toContain('LT planned 2024-07-09');
    const c = summary(extract('Nordic leaders gather in Oslo on Monday, May 13. The agenda is long. Norway will ink a security agreement with Ukraine at the Oslo Nordic summit.', '2024-05-10'));
    expect(c).toContain('NO planned 2024-05-13');
  });
  it('distractor: a gathering that does not close its clause, or with no day before, dates nothing', () => {
    const a = summary(extract('Finland is expected to sign its security pact with Ukraine at the Copenhagen summit.', '2024-06-10'));
    expect(a).toContain('FI planned null');
    const b = summary(extract('Starmer will sign a security agreement with Ukraine on Thursday. Canada is also expected to sign a similar security pact with Kyiv at the summit.', '2024-06-12'));
    expect(b).toContain('CA planned null');
  });
});
