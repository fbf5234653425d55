import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const statusOf = (text: string, title: string | null = null): string[] => summary(extract(text, '2024-06-12', title)).map((s) => s.split(' ').slice(0, 2).join(' '));

describe('status from tense and modality', () => {
  it.each([
    ['Finland signed a security agreement with Ukraine.', 'FI signed'],
    ['Finland has signed a security agreement with Ukraine.', 'FI signed'],
    ['Finland inked a security pact with Ukraine.', 'FI signed'],
    ['Finland concluded a bilateral security agreement with Kyiv.', 'FI signed'],
    ["Ukraine's security agreement with Finland was signed by both leaders.", 'FI signed'],
    ['Finland became the ninth country to sign a security agreement with Ukraine.', 'FI signed'],
    ['Finland will sign a security agreement with Ukraine.', 'FI planned'],
    ['Finland is set to sign a security agreement with Ukraine.', 'FI planned'],
    ['Finland is expected to sign a security agreement with Ukraine next week.', 'FI planned'],
    ['Finland plans to sign a security agreement with Ukraine.', 'FI planned'],
    ["Ukraine's security agreement with Finland will be signed next month.", 'FI planned'],
    ['Ukraine is negotiating a security agreement with Finland.', 'FI negotiating'],
    ['Ukraine and Finland are in talks on a bilateral security agreement.', 'FI negotiating'],
    ['Ukraine and Finland began preparing a draft security agreement.', 'FI negotiating'],
    ['Hungary refused to sign a security agreement with Ukraine.', 'HU refused'],
    ['Hungary declined to sign the bilateral security agreement with Kyiv.', 'HU refused'],
    ['The Finnish parliament ratified the security agreement with Ukraine.', 'FI ratified'],
  ])('%s → %s', (text, expected) => {
    expect(statusOf(text)).toEqual([expected]);
  });

  it('reads a headline present tense as signed', () => {
    expect(statusOf('The document covers air defence.', 'Sweden signs security agreement with Ukraine')).toEqual(['SE signed']);
    expect(statusOf('Details follow.', 'Ukraine and Belgium sign security pact')).toEqual(['BE signed']);
  });

  it('a generic present in body text is not a signing', () => {
    expect(statusOf('The more countries that sign security agreements with Ukraine, the stronger the message to Russia.')).toEqual([]);
  });

  it('negated and conditional plans give nothing', () => {
    expect(statusOf('The security agreement between Slovenia and Ukraine will not be signed at the summit.')).toEqual([]);
    expect(statusOf('Slovenia will not sign the security agreement with Ukraine this week.')).toEqual([]);
    expect(statusOf('If signed, the security agreement would bind Greece for ten years.')).toEqual([]);
    expect(statusOf('Greece has not yet signed a security agreement with Ukraine.')).toEqual([]);
    expect(statusOf('Slovenia was expected to sign the security agreement in June, but the text was not ready.')).toEqual([]);
  });

  it('"did not sign" on the day is a refusal', () => {
    expect(statusOf('Bulgarian Prime Minister Ivanov did not sign the security agreement with Ukraine on Thursday.')).toEqual(['BG refused']);
  });

  it('a hedged plan is planned with low confidence', () => {
    const claims = extract('Denmark may be the next country with which Ukraine will sign a security agreement.');
    expect(summary(claims)).toEqual(['DK planned null']);
    const c = extract('Denmark could sign a security agreement with Ukraine.')[0]!;
    expect(c.status).toBe('planned');
    expect(c.confidence).toBeLessThan(0.6);
  });

  it('"held talks" with a leader is not a negotiation of the agreement', () => {
    expect(statusOf('Zelensky held talks with Irish Prime Minister Simon Harris and signed a bilateral security agreement.')).toEqual(['IE signed']);
  });

  it('a relative clause after the agreement adds its status to the same party', () => {
    expect(statusOf('Norway and Ukraine have finalised the wording of a bilateral security agreement, which is to be signed shortly.')).toEqual(['NO negotiating', 'NO planned']);
  });

  it('an article-level partner resolves "the agreement" when no party is named', () => {
    const text = 'Zelensky met Danish Prime Minister Mette Frederiksen in Lviv. Denmark pledged long-term support.\n\nThe security agreement was signed on 23 February in Lviv.\n\nDenmark also announced drones.';
    expect(summary(extract(text, '2024-02-24'))).toEqual(['DK signed 2024-02-23']);
  });
});
