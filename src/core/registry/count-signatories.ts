import type { RegistryState } from '../schemas/registry.js';

/** Parties whose agreement is signed (or, further along, ratified). */
export function countSignatories(state: RegistryState | null): number {
  if (!state) return 0;
  return Object.values(state.entries).filter((e) => e.status === 'signed' || e.status === 'ratified').length;
}
