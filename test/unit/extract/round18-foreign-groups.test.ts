import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

/**
 * Round 18: groups of states in the other languages, where the adjective may follow its noun ("statele baltice",
 * "państwami nordyckimi", "les pays baltes") or precede it ("балтійськими країнами", "den baltischen Staaten"):
 * the whole set, as "the Baltic states" is. After a number, or a number and a part word ("dwa z", "to av de"), it
 * is some of them. Every sentence was written for the test.
 */
type Case = [text: string, published: string, expected: string[]];

const BALTIC = ['EE signed null', 'LT signed null', 'LV signed null'];

const FINDS: Case[] = [
  ['Ucraina a semnat deja acorduri de securitate cu statele baltice.', '2024-07-01', BALTIC],
  ['Ukraina podpisała już umowy o bezpieczeństwie z państwami bałtyckimi.', '2024-07-01', BALTIC],
  ['Україна вже підписала безпекові угоди з балтійськими країнами.', '2024-07-01', BALTIC],
  ['L\'Ukraine a déjà signé des accords de sécurité avec les pays baltes.', '2024-07-01', BALTIC],
  ['Die Ukraine hat bereits Sicherheitsabkommen mit den nordischen Staaten unterzeichnet.', '2024-07-01', ['DK signed null', 'FI signed null', 'IS signed null', 'NO signed null', 'SE signed null']],
];

/** some of a group, and a group's adjective on no group noun */
const DISTRACTORS: Case[] = [
  ['Ukraina podpisała już umowy o bezpieczeństwie z dwoma państwami bałtyckimi.', '2024-07-01', []],
  ['Ukraina har signert sikkerhetsavtaler med to av de baltiske landene.', '2024-07-01', []],
  ['Ucraina a semnat un acord de securitate cu o țară baltică.', '2024-07-01', []],
];

describe('round 18: groups of states in the other languages', () => {
  it.each(FINDS)('%s', (text, published, expected) => {
    expect(summary(extract(text, published))).toEqual(expected);
  });
  it.each(DISTRACTORS)('no event: %s', (text, published, expected) => {
    expect(summary(extract(text, published))).toEqual(expected);
  });
});
