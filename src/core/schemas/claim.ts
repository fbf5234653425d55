import { z } from 'zod';
import { PartySchema } from './party.js';
import { IsoDateSchema, StatusSchema } from './status.js';

/** What one article asserts about one party (DESIGN §1). */
export const ClaimSchema = z.object({
  party: PartySchema,
  status: StatusSchema,
  /** Signing date (for `planned`, the announced date), resolved against `published`. */
  date: IsoDateSchema.nullable(),
  /** The supporting sentence, verbatim from the article text. */
  evidence: z.string(),
  url: z.string(),
  sourceId: z.string(),
  published: IsoDateSchema.nullable(),
  confidence: z.number().min(0).max(1),
});
export type Claim = z.infer<typeof ClaimSchema>;

/** The article as the extractor sees it: the same shape for pipeline, `extract` and `eval`. */
export const ArticleInputSchema = z.object({
  title: z.string().nullable(),
  text: z.string(),
  published: IsoDateSchema.nullable(),
  url: z.string(),
  sourceId: z.string().default('manual'),
});
export type ArticleInput = z.infer<typeof ArticleInputSchema>;
