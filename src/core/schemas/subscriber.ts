import { z } from 'zod';
import { PartySchema } from './party.js';
import { ChangeKindSchema } from './registry.js';

export const CadenceSchema = z.enum(['instant', 'daily', 'weekly']);
export type Cadence = z.infer<typeof CadenceSchema>;

export const SubscriberSchema = z.object({
  id: z.string(),
  email: z.string(),
  state: z.enum(['pending', 'active', 'unsubscribed']),
  /** Empty = all parties. */
  parties: z.array(PartySchema),
  /** Empty = all kinds. */
  kinds: z.array(ChangeKindSchema),
  cadence: CadenceSchema,
  createdAt: z.string(),
});
export type Subscriber = z.infer<typeof SubscriberSchema>;
