import { z } from 'zod';
import { PartySchema } from './party.js';

export const CadenceSchema = z.enum(['instant', 'daily', 'weekly']);
export type Cadence = z.infer<typeof CadenceSchema>;

/**
 * What a subscriber may ask for: the confirmed change kinds (`new | status | date`, as on
 * `Change.kind`) plus `pending` — changes the registry has seen but not yet confirmed. A change itself
 * is never of kind `pending`; that is a subscriber's opt-in, delivered in digests only.
 */
export const SubscriberKindSchema = z.enum(['new', 'status', 'date', 'pending']);
export type SubscriberKind = z.infer<typeof SubscriberKindSchema>;

export const SubscriberStateSchema = z.enum(['pending', 'active', 'unsubscribed']);
export type SubscriberState = z.infer<typeof SubscriberStateSchema>;

export const SubscriberSchema = z.object({
  id: z.string(),
  email: z.string(),
  state: SubscriberStateSchema,
  /** Empty = all parties. */
  parties: z.array(PartySchema),
  /** Empty (or only `pending`) = all confirmed kinds; `pending` adds unconfirmed changes to digests. */
  kinds: z.array(SubscriberKindSchema),
  cadence: CadenceSchema,
  createdAt: z.string(),
  /** When the address was confirmed (double opt-in) or added by the operator. */
  confirmedAt: z.string().nullable().optional(),
  /** Consent audit: the client address the confirmation came from. */
  confirmedFrom: z.string().nullable().optional(),
  /** The current sign-up's nonce: only the newest confirmation link activates, and none after an unsubscribe. */
  confirmNonce: z.string().nullable().optional(),
  /** Permanent (5xx) refusals in a row; reset by a delivered mail. */
  permanentFailures: z.number().int().min(0).optional(),
  /** Flagged after repeated permanent failures: kept, but mailed nothing until cleared. Absent = false. */
  bouncing: z.boolean().optional(),
});
export type Subscriber = z.infer<typeof SubscriberSchema>;
