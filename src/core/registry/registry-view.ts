import type { Change, RegistryState } from '../schemas/registry.js';
import type { Status } from '../schemas/status.js';
import { partyName } from '../render/party-name.js';
import { countSignatories } from './count-signatories.js';

export interface RegistryRow {
  party: string;
  name: string;
  status: Status;
  date: string | null;
  place: string | null;
  sources: number;
  firstSeen: string;
  lastSeen: string;
  seeded: boolean;
  evidence: Array<{ evidence: string; url: string; published: string | null }>;
}

export interface RegistryView {
  hub: string;
  signatories: number;
  entries: RegistryRow[];
  pending: Array<Pick<Change, 'id' | 'party' | 'kind' | 'from' | 'to' | 'detectedAt'> & { sites: number; evidence: Array<{ evidence: string; url: string }> }>;
}

/** The registry as people and scripts read it: signing order (undated last), then party code. */
export function registryView(state: RegistryState): RegistryView {
  const entries = Object.values(state.entries)
    .map<RegistryRow>((e) => ({
      party: e.party,
      name: partyName(e.party),
      status: e.status,
      date: e.date,
      place: e.place,
      sources: new Set([...e.sources, ...e.claims.map((c) => c.url)]).size,
      firstSeen: e.firstSeen,
      lastSeen: e.lastSeen,
      seeded: e.seeded,
      evidence: e.claims.map((c) => ({ evidence: c.evidence, url: c.url, published: c.published })),
    }))
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.party.localeCompare(b.party));
  const pending = Object.values(state.pending).map((c) => ({
    id: c.id,
    party: c.party,
    kind: c.kind,
    from: c.from,
    to: c.to,
    detectedAt: c.detectedAt,
    sites: new Set(c.claims.map((x) => x.site)).size,
    evidence: c.claims.map((x) => ({ evidence: x.evidence, url: x.url })),
  }));
  return { hub: state.hub, signatories: countSignatories(state), entries, pending };
}
