import { z } from 'zod';
import { PartySchema } from './party.js';
import { IsoDateSchema, StatusSchema } from './status.js';
import { TrustSchema } from './trust.js';

/** A claim as kept behind a registry entry or a pending change: enough to show and to count sources. */
export const EvidenceSchema = z.object({
  evidence: z.string(),
  url: z.string(),
  sourceId: z.string(),
  site: z.string(),
  trust: TrustSchema,
  published: IsoDateSchema.nullable(),
  confidence: z.number(),
  status: StatusSchema,
  date: IsoDateSchema.nullable(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const RegistryEntrySchema = z.object({
  party: PartySchema,
  status: StatusSchema,
  date: IsoDateSchema.nullable(),
  place: z.string().nullable(),
  /** ISO timestamps; for seeded entries, the known list's asOf. */
  firstSeen: z.string(),
  lastSeen: z.string(),
  /** True when the entry came from the operator's known list. */
  seeded: z.boolean(),
  /** Source URLs of the known list plus the evidence of claims that moved or confirmed the entry (capped). */
  sources: z.array(z.string()),
  claims: z.array(EvidenceSchema),
});
export type RegistryEntry = z.infer<typeof RegistryEntrySchema>;

export const ChangeKindSchema = z.enum(['new', 'status', 'date']);
export type ChangeKind = z.infer<typeof ChangeKindSchema>;

/** A difference the registry gained (or would gain once confirmed). Same facts → same id. */
export const ChangeSchema = z.object({
  id: z.string(),
  party: PartySchema,
  kind: ChangeKindSchema,
  from: z.object({ status: StatusSchema, date: IsoDateSchema.nullable() }).nullable(),
  to: z.object({ status: StatusSchema, date: IsoDateSchema.nullable() }),
  confirmed: z.boolean(),
  /** ISO timestamp of detection (first detection for a pending one). */
  detectedAt: z.string(),
  confirmedAt: z.string().nullable(),
  claims: z.array(EvidenceSchema),
});
export type Change = z.infer<typeof ChangeSchema>;

export const RegistryStateSchema = z.object({
  hub: PartySchema,
  entries: z.record(z.string(), RegistryEntrySchema),
  /** Unconfirmed candidate changes, keyed by change id. */
  pending: z.record(z.string(), ChangeSchema),
});
export type RegistryState = z.infer<typeof RegistryStateSchema>;
