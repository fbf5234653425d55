import { z } from 'zod';
import { IsoDateSchema, StatusSchema } from '../../core/schemas/status.js';
import { PartySchema } from '../../core/schemas/party.js';

// YAML turns an unquoted 2024-01-12 into a Date: accept both and keep the text form.
const YamlDate = z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), IsoDateSchema);

export const KnownSignatorySchema = z
  .object({
    party: PartySchema,
    status: StatusSchema,
    date: YamlDate.nullable(),
    place: z.string().nullable().optional(),
    sources: z.array(z.string()).default([]),
  })
  .strict();

export const SignatoriesFileSchema = z
  .object({
    hub: PartySchema,
    asOf: YamlDate,
    signatories: z.array(KnownSignatorySchema).nullable().transform((v) => v ?? []),
  })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.signatories.forEach((s, i) => {
      if (seen.has(s.party)) ctx.addIssue({ code: 'custom', path: ['signatories', i, 'party'], message: `${s.party} is listed twice: keep one entry per party` });
      if (s.party === file.hub) ctx.addIssue({ code: 'custom', path: ['signatories', i, 'party'], message: `${s.party} is the hub itself, not a partner` });
      seen.add(s.party);
    });
  });
export type SignatoriesFile = z.infer<typeof SignatoriesFileSchema>;
export type KnownList = SignatoriesFile;
