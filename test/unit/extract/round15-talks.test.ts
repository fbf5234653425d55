import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const P = '2024-05-15';
const LEAD = 'Ukraine and Finland signed a bilateral security agreement in Kyiv on Monday. ';
const FI = 'FI signed 2024-05-13';

describe('round 15: talks told beside a signing not yet made, a mandate to negotiate', () => {
  describe('partners that have not yet signed take the talks of a clause that names no party', () => {
    it('two or three partners, "not yet" / "yet to", passive talks / talks under way', () => {
      expect(summary(extract(LEAD + 'Lithuania and Estonia have not yet signed similar documents, but texts are being negotiated.', P))).toEqual(['EE negotiating null', FI, 'LT negotiating null']);
      expect(summary(extract(LEAD + 'Malta, Cyprus and Austria have yet to sign such agreements, although drafts are being discussed.', P))).toEqual(['AT negotiating null', 'CY negotiating null', FI, 'MT negotiating null']);
      expect(summary(extract(LEAD + 'Hungary and Slovakia have not signed similar documents, though talks on them are under way.', P))).toEqual([FI, 'HU negotiating null', 'SK negotiating null']);
    });

    it('distractors: partners that signed or refused, and talks with a party of their own', () => {
      expect(summary(extract(LEAD + 'Lithuania and Estonia have signed similar documents, and texts are being negotiated with others.', P))).toEqual(['EE signed null', FI, 'LT signed null']);
      expect(summary(extract(LEAD + 'Lithuania and Estonia have refused to sign similar documents, though texts are being negotiated.', P))).toEqual(['EE refused null', FI, 'LT refused null']);
      expect(summary(extract(LEAD + 'Lithuania and Estonia have not yet signed similar documents, though a text is being negotiated with Latvia.', P))).toEqual([FI, 'LV negotiating null']);
    });
  });

  describe('a government that approves a draft and mandates someone to negotiate it puts it at the talks stage', () => {
    it('"authorised / instructed / empowered X to conduct negotiations on it / hold talks on the text / negotiate it"', () => {
      expect(summary(extract("Croatia's government endorsed a draft agreement on security cooperation with Ukraine and instructed the foreign ministry to hold talks on the text.", P))).toEqual(['HR negotiating null']);
      expect(summary(extract("Croatia's government endorsed a draft agreement on security cooperation with Ukraine and empowered the foreign minister to negotiate it.", P))).toEqual(['HR negotiating null']);
      expect(summary(extract('The Greek cabinet approved the draft security agreement with Ukraine and authorised the prime minister to conduct negotiations.', P))).toEqual(['GR negotiating null']);
    });

    it('distractors: a mandate to sign, and talks on something else', () => {
      expect(summary(extract("Croatia's government endorsed a draft agreement on security cooperation with Ukraine and authorised the president to sign it.", P))).toEqual(['HR planned null']);
      expect(summary(extract("Croatia's government endorsed a draft agreement on security cooperation with Ukraine and instructed the ministry to conduct negotiations on grain exports.", P))).toEqual(['HR planned null']);
    });
  });
});
