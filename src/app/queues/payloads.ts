import { z } from 'zod';

/** `runId` is set by `check --once`, so the run can report what each of its sources did. */
export const PollPayloadSchema = z.object({ sourceId: z.string(), runId: z.string().optional() });
export type PollPayload = z.infer<typeof PollPayloadSchema>;

export const ArticlePayloadSchema = z.object({
  url: z.string(),
  sourceId: z.string(),
  /** What the listing said of the item: used when the page itself lacks a title or date. */
  hint: z.object({ title: z.string().nullable(), published: z.string().nullable(), summary: z.string().nullable() }).partial().default({}),
  runId: z.string().optional(),
});
export type ArticlePayload = z.infer<typeof ArticlePayloadSchema>;

export const ReconcilePayloadSchema = z.object({ reason: z.string().optional() });
export type ReconcilePayload = z.infer<typeof ReconcilePayloadSchema>;

export const NotifyPayloadSchema = z.object({ changeId: z.string() });
export type NotifyPayload = z.infer<typeof NotifyPayloadSchema>;

/** `at`: the period's end (ISO); scheduler-made jobs leave it out and use their scheduled time. */
export const DigestPayloadSchema = z.object({ cadence: z.enum(['daily', 'weekly']), at: z.string().datetime().optional() });
export type DigestPayload = z.infer<typeof DigestPayloadSchema>;

/** A double opt-in mail for one sign-up (`nonce`), or the "already subscribed" note. */
export const ConfirmPayloadSchema = z.object({ subscriberId: z.string(), nonce: z.string(), kind: z.enum(['confirm', 'already-subscribed']) });
export type ConfirmPayload = z.infer<typeof ConfirmPayloadSchema>;
