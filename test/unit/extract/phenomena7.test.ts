import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// Seventh round of phenomena: days carried from the sentence before, lists that answer a question or a colon
// line, talks and plans told without a verb of signing, ratification with the signing in a relative clause,
// parties named through a pronoun, a gapped phrase or a place. Sentences written for these tests; none is
// taken from a corpus. Each phenomenon has a distractor that must not give a claim.
const got = (text: string, published: string | null = '2024-06-12', title: string | null = null): string[] => summary(extract(text, published, title));
const lead = 'Kyiv is collecting ten-year bilateral security agreements from its allies. ';

describe('a day carried from the sentence before', () => {
  it('"hosted forty leaders on Monday. On the sidelines, ... signed" takes that Monday', () => {
    const text = lead + 'The castle hosted forty European leaders on Monday for a summit on migration. On the sidelines, Zelensky signed bilateral security agreements with Latvian Prime Minister Evika Siliņa and Belgian Prime Minister Alexander De Croo.';
    expect(got(text)).toEqual(['BE signed 2024-06-10', 'LV signed 2024-06-10']);
  });

  it('a day that dates a statement ("the office said on Monday") is not the occasion\'s', () => {
    const text = lead + 'The castle hosted forty European leaders for a summit on migration, the office said on Monday. On the sidelines, Zelensky signed a bilateral security agreement with Latvian Prime Minister Evika Siliņa.';
    expect(got(text)).toEqual(['LV signed null']);
  });

  it('a day in a sentence about the future is not the day of a past signing', () => {
    const text = lead + 'The castle will host forty European leaders on Monday for a summit on migration. On the sidelines, Zelensky signed a bilateral security agreement with Latvian Prime Minister Evika Siliņa.';
    expect(got(text)).toEqual(['LV signed null']);
  });
});

describe('a participle clause takes the tense of its main clause', () => {
  it('"won pledges on Tuesday, signing separate agreements" reports signings, and "Hours later" counts from them', () => {
    const text = lead + 'Zelensky won pledges of support from Spain and Belgium on Tuesday, signing separate ten-year security agreements in Madrid and Brussels. Hours later, he flew to Lisbon, where Prime Minister Luís Montenegro signed Portugal\'s own agreement.';
    expect(got(text)).toEqual(['BE signed 2024-06-11', 'ES signed 2024-06-11', 'PT signed 2024-06-11']);
  });

  it('"signing off on the budget" names no agreement, nor does a guest book with an agreement further on', () => {
    expect(got(lead + 'The Spanish cabinet met on Tuesday, signing off on the new budget.')).toEqual([]);
    expect(got(lead + 'The minister arrived on Friday, signing the guest book before talks on the security agreement.')).toEqual([]);
  });
});

describe('a list that answers the line before it', () => {
  const faq = "FAQ: Ukraine's bilateral security agreements\n\n";

  it('a question heading lends its status to the verbless list on the next line', () => {
    const text = faq + 'Q: Which countries have signed already?\nFive so far: Sweden, Norway, Spain, Belgium and Portugal.\n\nQ: Is anyone still negotiating?\nOfficials say negotiations are under way with Greece, Ireland and Austria.';
    expect(got(text)).toEqual([
      'AT negotiating null', 'BE signed null', 'ES signed null', 'GR negotiating null', 'IE negotiating null', 'NO signed null', 'PT signed null', 'SE signed null',
    ]);
  });

  it('a colon line lends its statement to the bullets under it', () => {
    const text = 'Ukraine has signed ten-year security agreements with the following countries:\n- Sweden\n- Norway\n- the Netherlands\nMore are expected.';
    expect(got(text)).toEqual(['NL signed null', 'NO signed null', 'SE signed null']);
  });

  it('a question about trade deals lends nothing', () => {
    expect(got(faq + 'Q: Which trade deals has Kyiv signed already?\nThree so far: Poland, Romania and Moldova.')).toEqual([]);
    expect(got('Ukraine has signed minerals deals with the following countries:\n- Sweden\n- Norway')).toEqual([]);
  });
});

describe('talks told without a verb of negotiating an agreement', () => {
  it('"negotiations are under way with X and Y" are talks on the article\'s agreement', () => {
    expect(got(lead + 'Negotiations are under way with Austria and Ireland, a diplomat said.')).toEqual(['AT negotiating null', 'IE negotiating null']);
  });

  it('"negotiations are under way with X on a minerals deal" are not', () => {
    expect(got(lead + 'Negotiations are under way with Austria on a minerals deal, a diplomat said.')).toEqual([]);
  });

  it('"X is also in talks." with no topic of the talks', () => {
    expect(got(lead + 'Vienna is also in talks, officials say.')).toEqual(['AT negotiating null']);
    expect(got(lead + 'Vienna is also in talks over a gas pipeline, officials say.')).toEqual([]);
  });

  it('"work with X was at an early stage", "is well advanced"', () => {
    expect(got(lead + 'The envoy said work with Austria was at an early stage.')).toEqual(['AT negotiating null']);
    expect(got(lead + 'The envoy said work with Austria is well advanced.')).toEqual(['AT negotiating null']);
    expect(got(lead + 'The envoy said work with Austria on a drone factory was at an early stage.')).toEqual([]);
  });

  it('"the text is still being finalised" is the talks of the article\'s partner; a budget is not', () => {
    const title = 'Austrian security agreement with Ukraine delayed';
    const before = 'The signing of the Austrian security agreement with Ukraine has been delayed. ';
    expect(got(before + 'The text is still being finalised by both foreign ministries, the chancellery said.', '2024-06-12', title)).toEqual(['AT negotiating null']);
    expect(got(before + 'The budget is still being finalised by both finance ministries, the chancellery said.', '2024-06-12', title)).toEqual([]);
  });
});

describe('a refusal told with a signing idiom', () => {
  it('"would not put its signature to one", "won\'t put its name to such an agreement"', () => {
    const text = lead + 'Several governments have faced criticism over the documents. In Hungary, Prime Minister Viktor Orbán has said his government would not put its signature to one.';
    expect(got(text)).toEqual(['HU refused null']);
    expect(got(lead + "Orbán said his government won't put its name to such an agreement.")).toEqual(['HU refused null']);
  });

  it('"would not put its signature to the minerals deal" is another act', () => {
    expect(got(lead + 'In Hungary, Prime Minister Viktor Orbán has said his government would not put its signature to the minerals deal.')).toEqual([]);
  });
});

describe('plans told without a verb of signing', () => {
  it('"an agreement with X is expected before the end of the month", "is due on Friday"', () => {
    expect(got(lead + 'A security agreement with Austria is also expected before the end of the month.')).toEqual(['AT planned null']);
    expect(got(lead + 'The security agreement with Austria is due on Friday.')).toEqual(['AT planned 2024-06-14']);
  });

  it('the subject may follow a verb of saying', () => {
    expect(got(lead + 'Officials said the agreement with Portugal is expected soon.')).toEqual(['PT planned null']);
  });

  it('a decision on another deal, a decision on the agreement, or an expectation in the past, is no plan', () => {
    expect(got(lead + 'A decision on the minerals deal with Austria is expected next week.')).toEqual([]);
    expect(got(lead + 'A decision on the security agreement with Austria is expected next week.')).toEqual([]);
    expect(got(lead + 'The agreement with Austria was expected before the end of May.')).toEqual([]);
  });

  it('a journey ahead whose purpose is the agreement', () => {
    const text = lead + 'Zelensky flies to Vienna tomorrow, before heading to Dublin on Friday for a security agreement with Ireland.';
    expect(got(text)).toEqual(['IE planned 2024-06-14']);
  });

  it('a journey for talks on another deal, or one already under way in the past, is no plan', () => {
    expect(got(lead + 'Zelensky flies to Vienna tomorrow, before heading to Dublin on Friday for talks on a minerals deal with Ireland.')).toEqual([]);
    expect(got(lead + 'Zelensky was heading to Dublin on Friday for a security agreement with Ireland when the visit was called off.')).toEqual([]);
  });
});

describe('a ratification whose agreement a relative clause says was signed', () => {
  it('"Latvia\'s Saeima ratified its agreement with Kyiv, which was signed in January"', () => {
    const text = lead + "Last week, Latvia's Saeima ratified its agreement with Kyiv, which was signed in Riga in January.";
    expect(got(text)).toEqual(['LV ratified null', 'LV signed null']);
  });

  it('a parliament by name stands for its state', () => {
    expect(got(lead + 'The Riigikogu ratified the security agreement with Ukraine on Tuesday.')).toEqual(['EE ratified 2024-06-11']);
  });

  it('a government body by name stands for its state; the Kremlin is never a partner', () => {
    const text = lead + 'Switzerland is a harder case, but the Federal Council agreed on Wednesday to begin talks with Kyiv on a security agreement.';
    expect(got(text)).toEqual(['CH negotiating 2024-06-12']);
    expect(got(lead + 'The Kremlin agreed on Wednesday to begin talks with Kyiv on a security agreement.')).toEqual([]);
  });

  it('a defence treaty with a third country is not the hub\'s agreement', () => {
    expect(got(lead + "Last week, Latvia's Saeima ratified a defence cooperation treaty with Poland.")).toEqual([]);
  });
});

describe('parties named through a gapped phrase, a pronoun or a place', () => {
  it('"..., and most recently with X\'s government, in Lisbon on 28 May": the gapped phrase shares the verb and has its own day', () => {
    const text = lead + "Kyiv has concluded such agreements with Oslo, Stockholm and Madrid, and most recently with Luís Montenegro's government, in Lisbon on 28 May.";
    expect(got(text)).toEqual(['ES signed null', 'NO signed null', 'PT signed 2024-05-28', 'SE signed null']);
  });

  it('a gapped phrase in the place of the hub is another pair', () => {
    expect(got(lead + 'Germany has concluded a bilateral security agreement with Ukraine, and more recently with Moldova.')).toEqual(['DE signed null']);
  });

  it('"Their countries already have agreements with Kyiv" after two leaders are named; the day of the sentence is not theirs', () => {
    const text = lead + "Sweden's Ulf Kristersson and Norway's Jonas Gahr Støre also attended the summit. Their countries already have agreements with Kyiv, so no new documents are expected today.";
    expect(got(text)).toEqual(['NO signed null', 'SE signed null']);
  });

  it('"agreements with Kyiv" after a joint statement are still the hub\'s own; "similar agreements" are the statement\'s', () => {
    const before = lead + 'The Nordic leaders also adopted a joint statement on energy security. ';
    expect(got(before + 'Norway and Denmark already have agreements with Kyiv.')).toEqual(['DK signed null', 'NO signed null']);
    expect(got(before + 'Norway and Denmark already have similar agreements.')).toEqual([]);
  });

  it('"their countries" after one leader, or holding trade agreements, names nobody', () => {
    expect(got(lead + "Sweden's Ulf Kristersson also attended the summit. Their countries already have agreements with Kyiv.")).toEqual([]);
    expect(got(lead + "Sweden's Ulf Kristersson and Norway's Jonas Gahr Støre also attended the summit. Their countries already have trade agreements with Kyiv.")).toEqual([]);
  });

  it('"was in Oslo and in Madrid, where he signed similar agreements": the hosts of the signings', () => {
    expect(got(lead + 'Zelensky was earlier in Oslo and in Madrid, where he signed similar agreements.')).toEqual(['ES signed null', 'NO signed null']);
    expect(got(lead + 'Zelensky was earlier in Oslo, where he signed a similar agreement.')).toEqual(['NO signed null']);
  });

  it('the venue of a summit does not host the signing, nor does one place host several', () => {
    expect(got(lead + 'Zelensky was earlier at the NATO summit in Vilnius, where he signed similar agreements.')).toEqual([]);
    expect(got(lead + 'Zelensky was earlier in Oslo, where he signed similar agreements.')).toEqual([]);
  });
});
