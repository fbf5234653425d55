import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

/**
 * Round 18: more infinitives of signing under a modal. Italian "siglare" and "sottoscrivere" ("dovrebbe siglare",
 * "intende sottoscrivere"), Czech "uzavřít" and the conditional modal "by mělo" ("by mělo uzavřít"). Every sentence
 * was written for the test.
 */
type Case = [text: string, published: string, expected: string[]];

const FINDS: Case[] = [
  ['La Spagna dovrebbe siglare la prossima settimana un accordo di sicurezza con l\'Ucraina.', '2024-05-20', ['ES planned null']],
  ['Il Portogallo intende sottoscrivere un accordo di sicurezza con Kyiv.', '2024-05-20', ['PT planned null']],
  ['Slovensko by mělo uzavřít bezpečnostní dohodu s Ukrajinou příští týden.', '2024-07-10', ['SK planned null']],
  ['Česko má uzavřít dohodu o bezpečnosti s Ukrajinou.', '2024-07-10', ['CZ planned null']],
];

/** an infinitive with no modal, another deal */
const DISTRACTORS: Case[] = [
  ['Siglare un accordo di sicurezza con l\'Ucraina non è semplice, dicono a Madrid.', '2024-05-20', []],
  ['Česko by mělo uzavřít obchodní dohodu s Ukrajinou.', '2024-07-10', []],
];

describe('round 18: Italian and Czech infinitives of signing under a modal', () => {
  it.each(FINDS)('%s', (text, published, expected) => {
    expect(summary(extract(text, published))).toEqual(expected);
  });
  it.each(DISTRACTORS)('no event: %s', (text, published, expected) => {
    expect(summary(extract(text, published))).toEqual(expected);
  });
});
