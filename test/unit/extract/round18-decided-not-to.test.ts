import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

// Reviews tell a last-minute refusal with its verb left out: "Bulgaria had been expected to sign ... At the last
// moment Sofia decided not to." The verb "not to" leaves out is the signing of its own sentence or of the one before;
// another verb there ("sending troops") is what was decided against.

const BEFORE = 'Latvia signed a security agreement with Ukraine in June.';

describe('"decided not to." after a signing: a refusal of that signing', () => {
  it('the signing in the sentence before, or earlier in the same sentence', () => {
    expect(summary(extract(`${BEFORE} Bulgaria had been expected to sign its agreement in Brussels. At the last moment the government in Sofia decided not to, arguing that parliament must approve it.`, '2024-12-30'))).toEqual(['BG refused null', 'LV signed null']);
    expect(summary(extract(`${BEFORE} Bulgaria was due to sign its security pact in Brussels, but Sofia decided not to.`, '2024-12-30'))).toEqual(['BG refused null', 'LV signed null']);
    expect(summary(extract(`${BEFORE} Hungary was invited to put its name to a similar text. Hungary chose not to.`, '2024-12-30'))).toEqual(['HU refused null', 'LV signed null']);
  });
  it('distractors: another verb left out, in the sentence or the one before', () => {
    expect(summary(extract(`${BEFORE} Poland was asked to send troops. Poland decided not to.`, '2024-12-30'))).toEqual(['LV signed null']);
    expect(summary(extract(`${BEFORE} Poland considered sending troops but decided not to.`, '2024-12-30'))).toEqual(['LV signed null']);
  });
});
