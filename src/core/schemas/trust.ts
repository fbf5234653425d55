import { z } from 'zod';

export const TrustSchema = z.enum(['official', 'press', 'aggregator']);
export type Trust = z.infer<typeof TrustSchema>;
