import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.js';

describe('an ordinal signatory in a queue still moving', () => {
  const lead = 'Ukraine has signed security agreements with more than twenty partners. ';

  it('"is one of the last / among the last ... to conclude" says nothing of a signing yet', () => {
    expect(summary(extract(lead + 'Austria is one of the last EU members to conclude such a text with Kyiv.', null))).toEqual([]);
    expect(summary(extract(lead + 'Malta and Cyprus are among the last states to sign such a document.', null))).toEqual([]);
  });

  it('but the same order in the past, or a latest signatory, is a signing', () => {
    expect(summary(extract(lead + 'Austria was one of the last EU members to conclude such a text with Kyiv.', null))).toEqual(['AT signed null']);
    expect(summary(extract(lead + 'Croatia is the latest country to sign such a document.', null))).toEqual(['HR signed null']);
  });
});
