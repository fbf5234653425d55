import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

describe('round 11c: explainers, retrospectives, datelines and status', () => {
  it('a dateline line at the top dates "yesterday" and "on Friday" when the feed gives no publication date', () => {
    const a = summary(extract('Kristersson signs pact in Gothenburg\n\n12.03.2024 | 08:10\n\nSweden and Ukraine signed yesterday a bilateral agreement on security cooperation.', null));
    expect(a).toEqual(['SE signed 2024-03-11']);
    const b = summary(extract('Store signs in Oslo\n\nSunday 14 April 2024 | NRK (English)\n\nNorway and Ukraine signed a bilateral security agreement in Oslo on Friday.', null));
    expect(b).toEqual(['NO signed 2024-04-12']);
    // distractor: a sentence that opens with a date is news, not a dateline; "yesterday" stays unresolved
    const c = summary(extract('Latvia signs\n\n12 March 2024 was when Riga first proposed the text, officials recall. Latvia and Ukraine signed yesterday a bilateral security agreement.', null));
    expect(c).toEqual(['LV signed null']);
  });

  it('"both" / "all three" as the subject of a signing counts the partners named before it', () => {
    const s = summary(extract('On 3 April Petteri Orpo welcomed Zelensky in Helsinki, and Ulf Kristersson met him in Stockholm that evening; both prime ministers signed their own security agreements with Ukraine.'));
    expect(s).toContain('FI signed 2024-04-03');
    expect(s).toContain('SE signed 2024-04-03');
    const t = summary(extract('Norway, Denmark and Iceland hosted Zelensky in turn, and all three signed security agreements with Ukraine.'));
    expect(t).toEqual(['DK signed null', 'IS signed null', 'NO signed null']);
    // distractor: the count does not match the partners named (three named, "both" signed)
    const u = summary(extract('Leaders of Spain, Belgium and Portugal met Zelensky in Brussels, and both signed security agreements with Ukraine.'));
    expect(u.some((x) => x.includes('signed'))).toBe(false);
  });

  it('refusing a signing idiom ("declined to put his name to") is a refusal of the signing', () => {
    const s = summary(extract('Ukraine signed a security agreement with Spain in May. On 4 March Moldova\'s interim premier declined to put his name to a text both sides had agreed.', '2024-06-12'));
    expect(s).toContain('MD refused 2024-03-04');
    // distractor: "put his name forward" is a candidacy, not a signature
    const t = summary(extract('Ukraine signed a security agreement with Spain in May. Moldova\'s interim premier declined to put his name forward for the party leadership.', '2024-06-12'));
    expect(t.some((x) => x.startsWith('MD '))).toBe(false);
  });

  it('"has no intention of signing" is the negated plan of "no plans to sign"', () => {
    const s = summary(extract('Ukraine signed a security agreement with Spain. Serbia has no intention of signing a security agreement with Ukraine, its president said.'));
    expect(s).toContain('RS refused null');
    // distractors: a time makes it a postponement; without "no" it is no refusal
    const t = summary(extract('Ukraine signed a security agreement with Spain. Serbia has no intention of signing a security agreement with Ukraine this year.'));
    expect(t.some((x) => x.startsWith('RS refused'))).toBe(false);
    const u = summary(extract('Ukraine signed a security agreement with Spain. Serbia confirmed the intention of signing a security agreement with Ukraine.'));
    expect(u.some((x) => x.startsWith('RS refused'))).toBe(false);
  });

  it('"an agreement of this kind" is no occasion that turns a negated plan into a postponement', () => {
    const s = summary(extract('Ukraine signed a security agreement with Spain. Malta does not intend to conclude an agreement of this kind with Ukraine.'));
    expect(s).toContain('MT refused null');
    // distractor: "this month" still postpones
    const t = summary(extract('Ukraine signed a security agreement with Spain. Malta does not intend to conclude an agreement with Ukraine this month.'));
    expect(t.some((x) => x.startsWith('MT refused'))).toBe(false);
  });

  it('a capital followed by a quotation that opens on its verb is the subject', () => {
    const s = summary(extract('Ukraine signed a security agreement with Spain. Valletta "does not intend to sign" a security agreement with Ukraine, officials said.'));
    expect(s).toContain('MT refused null');
    // distractor: a capital before a quoted title is still a place
    const t = summary(extract('Ukraine signed a security agreement with Ireland, whose text cites the Vienna "Neutrality Charter" of 1955.'));
    expect(t).toEqual(['IE signed null']);
  });

  it('"the talks are with X and Y" are talks with those parties', () => {
    const s = summary(extract('Ukraine signed a security agreement with Britain last week. The furthest-along talks are with Sweden, Finland and Japan, a diplomat said.', '2024-01-20'));
    expect(s).toContain('SE negotiating null');
    expect(s).toContain('FI negotiating null');
    expect(s).toContain('JP negotiating null');
    // distractor: talks held with a leader are a meeting
    const t = summary(extract('Ukraine signed a security agreement with Britain last week. Zelensky held talks with Sweden\'s prime minister about air defence.', '2024-01-20'));
    expect(t.some((x) => x.startsWith('SE '))).toBe(false);
  });

  it('"balked at signing" / "balked at the last moment" is a refusal of the signing', () => {
    const s = summary(extract('Ukraine signed a security agreement with Spain in May. Cyprus balked at the last moment on 3 June.', '2024-06-12'));
    expect(s).toContain('CY refused 2024-06-03');
    const t = summary(extract('Ukraine signed a security agreement with Spain in May. Cyprus balked at signing the security agreement with Ukraine.', '2024-06-12'));
    expect(t).toContain('CY refused null');
    // distractors: balking at something else, or not balking
    const u = summary(extract('Ukraine signed a security agreement with Spain in May. Cyprus balked at the cost of the training mission.', '2024-06-12'));
    expect(u.some((x) => x.startsWith('CY '))).toBe(false);
    const v = summary(extract('Ukraine signed a security agreement with Spain in May. Cyprus did not balk at signing the security agreement with Ukraine.', '2024-06-12'));
    expect(v.some((x) => x.startsWith('CY refused'))).toBe(false);
  });

  it('"is set to become the next signatory later this month" is a plan', () => {
    const s = summary(extract('Ukraine signed a security agreement with Spain in May. Malta is set to become the next signatory later this month, diplomats said.', '2024-06-12'));
    expect(s).toContain('MT planned null');
    // distractor: the next member of another body, with a time phrase, is no signatory
    const t = summary(extract('Ukraine signed a security agreement with Spain in May. Malta is set to become the next member of the council later this month.', '2024-06-12'));
    expect(t.some((x) => x.startsWith('MT '))).toBe(false);
  });

  it('a fronted "Asked about ..." phrase is the question: its cues assert nothing for the answerer', () => {
    const s = summary(extract('The prime ministers of Austria and Ukraine met in Vienna. Asked about a security pact of the sort Ukraine has signed with many EU states, Chancellor Karl Nehammer said the issue would be examined.', '2024-06-12'));
    expect(s.some((x) => x.startsWith('AT signed'))).toBe(false);
    // distractor: a signing in the answer itself still counts
    const t = summary(extract('Asked about the visit, Chancellor Karl Nehammer said Austria signed a security agreement with Ukraine on Monday.', '2024-06-12'));
    expect(t).toContain('AT signed 2024-06-10');
  });

  it('a text that "had been negotiated" before a refusal is a stage, not talks of its own', () => {
    const s = summary(extract('Cyprus declined to sign the security agreement with Ukraine on 3 June. The text had been negotiated by the foreign ministry.', '2024-06-12'));
    expect(s).toEqual(['CY refused 2024-06-03']);
    // distractor: "had been negotiating" (progressive) without a refusal still reports talks
    const t = summary(extract('Officials said Cyprus had been negotiating a security agreement with Ukraine since March.', '2024-06-12'));
    expect(t).toContain('CY negotiating null');
  });

  it('a word before a comma does not qualify the agreement after it ("According to officials, agreements with ...")', () => {
    const s = summary(extract('Ukraine signed a security agreement with Spain on Monday. According to diplomats, agreements with Malta and Cyprus could be signed at the next summit.', '2024-06-12'));
    expect(s).toContain('MT planned null');
    expect(s).toContain('CY planned null');
    // distractor: a noun qualifier right before the agreement still names another kind
    const t = summary(extract('Ukraine signed a security agreement with Spain on Monday. According to diplomats, trade agreements with Malta and Cyprus could be signed at the next summit.', '2024-06-12'));
    expect(t.some((x) => x.startsWith('MT ') || x.startsWith('CY '))).toBe(false);
  });

  it('a state after "join" is joined as company, not as a member ("join Poland, which signed in June")', () => {
    const s = summary(extract('Malta and Cyprus signed security agreements with Ukraine on Friday. They join Poland, which signed its agreement in July.', '2024-09-14'));
    expect(s).toContain('PL signed null');
    // distractor: joining the Union is membership, not a party of the agreement
    const t = summary(extract('Ukraine signed a security agreement with Malta on Friday, as Kyiv works to join the European Union, which signed its own commitments in June.', '2024-09-14'));
    expect(t.some((x) => x.startsWith('EU '))).toBe(false);
  });

  it('"signatories, including X and Y" names states that signed', () => {
    const s = summary(extract('Ukraine signed a security agreement with Malta on Friday. Several signatories, including Sweden and Japan, publish their annual aid under the deals.', '2024-09-14'));
    expect(s).toContain('SE signed null');
    expect(s).toContain('JP signed null');
    // distractor: the signatories of another text
    const t = summary(extract('Ukraine signed a security agreement with Malta on Friday. The G7 declaration now has thirty signatories, including Sweden and Japan.', '2024-09-14'));
    expect(t.some((x) => x.startsWith('SE ') || x.startsWith('JP '))).toBe(false);
  });

  it('a relative aside between dashes leaves the clause around it whole', () => {
    const s = summary(extract('Ukraine signed a security agreement with Malta in August. Austria\'s document — which leaves out any military aid — was signed in Vienna in October.', '2024-12-30'));
    expect(s).toContain('AT signed null');
    // distractor: the party inside the aside does not take the main clause's signing
    const t = summary(extract('Ukraine signed a security agreement with Malta in August. The document — which Cyprus had criticised — was signed in Valletta.', '2024-12-30'));
    expect(t.some((x) => x.startsWith('CY '))).toBe(false);
  });

  it('"minutes later" is the same day as the signing before it', () => {
    const s = summary(extract('Ukraine and Latvia signed a security agreement in Riga on 11 April. Minutes later, Zelensky signed a similar agreement with Estonian Prime Minister Kaja Kallas.', '2024-04-13'));
    expect(s).toContain('EE signed 2024-04-11');
    // distractor: "minutes" as a record of a meeting is no time
    const t = summary(extract('Ukraine and Latvia signed a security agreement in Riga on 11 April. The minutes of the cabinet show that Estonia signed a similar agreement.', '2024-04-13'));
    expect(t).not.toContain('EE signed 2024-04-11');
  });

  it('"co-operation" is one word: a "security co-operation agreement" is the tracked kind', () => {
    const s = summary(extract('Ukraine and Spain signed a security pact on Monday. The new treaty builds on the security co-operation agreement Prime Minister Mark Rutte concluded in March.', '2024-06-12'));
    expect(s).toContain('NL signed null');
    // distractor: a "military-operation agreement" is still another kind
    const t = summary(extract('Ukraine and Spain signed a security pact on Monday. The new treaty builds on the joint military-operation agreement Prime Minister Mark Rutte concluded in March.', '2024-06-12'));
    expect(t.some((x) => x.startsWith('NL signed'))).toBe(false);
  });

  it('"their countries" after a semicolon points back at the leaders of the clause before', () => {
    const s = summary(extract('Norway signed a security agreement with Ukraine in Oslo. The Estonian and Latvian prime ministers also attended; their countries signed agreements with Ukraine earlier in the year.', '2024-05-31'));
    expect(s).toContain('EE signed null');
    expect(s).toContain('LV signed null');
    // distractor: a party named after the semicolon owns "their"
    const t = summary(extract('Norway signed a security agreement with Ukraine in Oslo. The Estonian and Latvian prime ministers also attended; Poland and Spain said their countries would sign agreements with Ukraine soon.', '2024-05-31'));
    expect(t.some((x) => x.startsWith('EE ') || x.startsWith('LV '))).toBe(false);
  });

  it('an agreement "at an advanced stage" is still being negotiated', () => {
    const s = summary(extract('Slovenia and Ukraine signed a security agreement on Tuesday. Officials said a similar agreement with Austria was at an advanced stage.', '2024-10-10'));
    expect(s).toContain('AT negotiating null');
    // distractor: something else at a stage names no talks
    const t = summary(extract('Slovenia and Ukraine signed a security agreement on Tuesday. Officials said the reconstruction of bridges in Austria was at an advanced stage.', '2024-10-10'));
    expect(t.some((x) => x.startsWith('AT '))).toBe(false);
  });
});
