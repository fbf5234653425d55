import { describe, expect, it } from 'vitest';
import { applyKnownList } from '../../src/core/known-list/apply-known-list.js';
import type { RegistryState } from '../../src/core/schemas/registry.js';

const known = {
  hub: 'UA',
  asOf: '2024-06-01',
  signatories: [
    { party: 'GB', status: 'signed' as const, date: '2024-01-12', place: 'Kyiv' },
    { party: 'ES', status: 'signed' as const, date: '2024-05-27', place: null },
  ],
};

describe('applyKnownList', () => {
  it('seeds an empty registry from the known list', () => {
    const s = applyKnownList(null, known);
    expect(Object.keys(s.entries).sort()).toEqual(['ES', 'GB']);
    expect(s.entries.GB).toMatchObject({ status: 'signed', date: '2024-01-12', place: 'Kyiv', seeded: true, firstSeen: '2024-06-01T00:00:00.000Z' });
  });

  it('moves an entry forward to what the operator knows, never back, and keeps the input intact', () => {
    const state: RegistryState = applyKnownList(null, { ...known, signatories: [] });
    state.entries.ES = { ...applyKnownList(null, known).entries.ES!, status: 'planned', date: '2024-05-20', seeded: false };
    state.entries.GB = { ...applyKnownList(null, known).entries.GB!, status: 'ratified', seeded: false };
    const before = structuredClone(state);
    const next = applyKnownList(state, known);
    expect(next.entries.ES).toMatchObject({ status: 'signed', date: '2024-05-27', seeded: true });
    expect(next.entries.GB).toMatchObject({ status: 'ratified', seeded: false });
    expect(state).toEqual(before);
  });
});
