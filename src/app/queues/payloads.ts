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
