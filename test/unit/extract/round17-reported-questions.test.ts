import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

describe('"X asked the Minister if/whether ...": a reported question asserts no plan and no talks', () => {
  it('parliamentary and press questions give no claim', () => {
    expect(summary(extract('Deputy Mary Lou McDonald asked the Taoiseach if Ireland intends to sign a bilateral security agreement with Ukraine; and if he will make a statement on the matter.', '2024-07-03'))).toEqual([]);
    expect(summary(extract('Several MPs have asked whether Belgium is negotiating a security agreement with Ukraine.', '2024-03-07'))).toEqual([]);
    expect(summary(extract('Journalists asked the minister whether Austria would conclude a bilateral security agreement with Ukraine before the summer.', '2024-05-02'))).toEqual([]);
  });

  it('distractors: the answer after the question, and a signing presupposed in it', () => {
    expect(summary(extract('Reporters asked whether Portugal would sign a security agreement with Ukraine, and Montenegro said it would sign one next month.', '2024-05-02'))).toEqual(['ME planned null']);
    expect(summary(extract('Kyiv has asked Washington whether it still feels bound by the security agreement the United States signed with Ukraine on 13 June 2024.', '2025-02-20'))).toEqual(['US signed 2024-06-13']);
    expect(summary(extract('Asked about it, the minister said Austria would sign a security agreement with Ukraine in May.', '2024-04-02'))).toEqual(['AT planned null']);
  });
});
