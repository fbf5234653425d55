import { z } from 'zod';

/** ISO 3166-1 alpha-2 code, or `EU`. */
export const PartySchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'a party is an ISO 3166-1 alpha-2 code such as GB or US, or EU');
export type Party = z.infer<typeof PartySchema>;
