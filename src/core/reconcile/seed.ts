import type { Party, RegistryEntry, RegistryState, Status } from '../schemas/index.js';

export type KnownSignatory = {
  party: Party;
  status: Status;
  date: string | null;
  place?: string | null;
  sources?: string[];
};

export type KnownRegistry = { hub: Party; asOf: string; signatories: KnownSignatory[] };

/** The registry as the operator knows it at `asOf`: only what goes beyond it is a change. */
export function seedRegistry(known: KnownRegistry): RegistryState {
  const at = `${known.asOf}T00:00:00.000Z`;
  const entries: Record<string, RegistryEntry> = {};
  for (const s of known.signatories) {
    // The config loader reports these with file and field; here they would silently lose a row.
    if (s.party === known.hub) throw new Error(`known list: ${s.party} is the hub itself, not a partner`);
    if (entries[s.party]) throw new Error(`known list: ${s.party} is listed twice`);
    entries[s.party] = {
      party: s.party,
      status: s.status,
      date: s.date,
      place: s.place ?? null,
      firstSeen: at,
      lastSeen: at,
      seeded: true,
      sources: [...(s.sources ?? [])],
      claims: [],
    };
  }
  return { hub: known.hub, entries, pending: {} };
}
