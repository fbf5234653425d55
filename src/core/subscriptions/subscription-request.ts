import { z } from 'zod';
import { PartySchema } from '../schemas/party.js';
import { CadenceSchema, SubscriberKindSchema, type Cadence, type SubscriberKind } from '../schemas/subscriber.js';

/**
 * What a person may ask for when signing up or changing preferences. Parsed from JSON (API) or a form
 * (pages): lists may come as arrays or as comma-separated text; `all` (or nothing) means everything.
 */
export interface Preferences {
  parties: string[];
  kinds: SubscriberKind[];
  cadence: Cadence;
}

const MAX_EMAIL = 254;

/** Trimmed, lower-cased; one plain address, no display name, no list, no control characters. */
export const EmailSchema = z
  .string({ error: 'email is required' })
  .trim()
  .max(MAX_EMAIL, `email must be at most ${MAX_EMAIL} characters`)
  .pipe(z.email({ error: 'email is not a valid email address' }))
  .transform((e) => e.toLowerCase());

/** "GB, us" / ["GB","US"] / "all" / "" → ["GB","US"] / [] (all). */
function listOf<T extends z.ZodType<string, string>>(item: T, upper: boolean) {
  return z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((raw) => {
      const parts = (Array.isArray(raw) ? raw : [raw ?? '']).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
      const cased = parts.map((s) => (upper ? s.toUpperCase() : s.toLowerCase()));
      return cased.some((s) => s === 'ALL' || s === 'all') ? [] : [...new Set(cased)];
    })
    .pipe(z.array(item));
}

export const PartiesField = listOf(PartySchema, true).refine((a) => a.length <= 60, 'parties: at most 60 parties');
export const KindsField = listOf(z.string().pipe(SubscriberKindSchema), false);
export const CadenceField = z
  .string()
  .optional()
  .transform((c) => (c === undefined || c.trim() === '' ? 'instant' : c.trim().toLowerCase()))
  .pipe(CadenceSchema);

export const PreferencesSchema = z.object({ parties: PartiesField, kinds: KindsField, cadence: CadenceField });

export const SubscriptionRequestSchema = z.object({ email: EmailSchema }).extend(PreferencesSchema.shape);
export type SubscriptionRequest = z.infer<typeof SubscriptionRequestSchema>;

/** One line per problem, each naming its field: `email: email is not a valid email address`. */
export function describeIssues(error: z.ZodError): Array<{ field: string; message: string }> {
  return error.issues.map((i) => {
    const field = i.path.length ? String(i.path[0]) : 'body';
    const where = i.path.length > 1 ? `${field}[${i.path.slice(1).join('.')}]` : field;
    const message = i.code === 'invalid_value' && field === 'kinds'
      ? 'kinds may be new, status, date or pending'
      : i.code === 'invalid_value' && field === 'cadence'
        ? 'cadence must be instant, daily or weekly'
        : i.message;
    return { field: where, message };
  });
}

export function issuesText(error: z.ZodError): string {
  return describeIssues(error).map((i) => `${i.field}: ${i.message}`).join('; ');
}
