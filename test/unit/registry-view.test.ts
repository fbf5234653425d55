import { describe, expect, it } from 'vitest';
import { applyKnownList } from '../../src/core/known-list/apply-known-list.js';
import { registryView } from '../../src/core/registry/registry-view.js';
import { registryCsv } from '../../src/core/registry/registry-csv.js';

describe('registry view and CSV', () => {
  const state = applyKnownList(null, {
    hub: 'UA',
    asOf: '2024-06-01',
    signatories: [
      { party: 'FR', status: 'signed', date: '2024-02-16', place: 'Paris' },
      { party: 'GB', status: 'signed', date: '2024-01-12', place: '=HYPERLINK("http://evil")' },
      { party: 'US', status: 'planned', date: null, place: 'Fasano, Italy' },
    ],
  });

  it('orders by date with undated last and counts only signed parties', () => {
    const v = registryView(state);
    expect(v.entries.map((e) => e.party)).toEqual(['GB', 'FR', 'US']);
    expect(v.signatories).toBe(2);
    expect(v.entries[1]!.name).toMatch(/France/);
  });

  it('writes RFC 4180 CSV and defuses formulas', () => {
    const lines = registryCsv(registryView(state)).split('\r\n');
    expect(lines[0]).toBe('party,name,status,date,place,sources,firstSeen,lastSeen');
    expect(lines[1]).toMatch(/^GB,.*,signed,2024-01-12,"'=HYPERLINK\(""http:\/\/evil""\)",0,/);
    expect(lines[3]).toMatch(/^US,.*,planned,,"Fasano, Italy",0,/);
  });
});
