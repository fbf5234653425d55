import { z } from 'zod';

/** When a candidate change counts as confirmed, and how much evidence an entry keeps (DESIGN §1 Corroboration). */
export const ReconcilePolicySchema = z
  .object({
    /** Distinct sites (hosts without `www.`) that, together, confirm a change. */
    minSources: z.number().int().min(1).default(2),
    /** One claim at or above this confidence confirms a change (never a correction of a known date). */
    minConfidence: z.number().min(0).max(1).default(0.6),
    /** One claim from an `official` source confirms a change. */
    officialConfirms: z.boolean().default(true),
    /** Evidence kept per registry entry and per pending change; the newest is kept. */
    maxEvidencePerEntry: z.number().int().min(1).default(20),
  })
  .strict();
export type ReconcilePolicy = z.infer<typeof ReconcilePolicySchema>;
export type ReconcilePolicyInput = z.input<typeof ReconcilePolicySchema>;
