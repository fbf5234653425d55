import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

const LEAD = 'Ukraine now holds bilateral security agreements with most European states.';
const at = (body: string): string[] => summary(extract(`${LEAD} ${body}`, '2025-02-01'));

describe('a state that completed its own agreement has it signed', () => {
  it('"completed theirs", and "as did" after it', () => {
    expect(at('Belgium and Portugal completed theirs in late May, as did Spain.')).toEqual(['BE signed null', 'ES signed null', 'PT signed null']);
  });

  it('"completed its own", with a day', () => {
    expect(at('Lithuania completed its own on 27 June in Brussels.')).toEqual(['LT signed 2024-06-27']);
  });

  it('"completed their … agreements with Kyiv"', () => {
    expect(at('Croatia and Greece completed their bilateral agreements with Kyiv in October.')).toEqual(['GR signed null', 'HR signed null']);
  });

  it('distractors: the text completed, talks completed, a delivery completed', () => {
    expect(at('Albania has completed the text of its agreement.')).not.toContain('AL signed null');
    expect(at('Norway completed negotiations on its agreement in May.')).not.toContain('NO signed null');
    expect(at('Poland completed its deliveries of tanks in July.')).toEqual([]);
  });
});
