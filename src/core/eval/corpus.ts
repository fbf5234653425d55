import { z } from 'zod';
import { PartySchema } from '../schemas/party.js';
import { IsoDateSchema, StatusSchema } from '../schemas/status.js';

/** One labelled event of the corpus (corpus/README.md). */
export const GoldEventSchema = z.object({
  party: PartySchema,
  status: StatusSchema,
  date: IsoDateSchema.nullable(),
  evidence: z.string(),
});
export type GoldEvent = z.infer<typeof GoldEventSchema>;

/** One corpus line. `events` is absent on unlabelled lines (then the line only feeds `extract --jsonl`). */
export const CorpusLineSchema = z.object({
  id: z.string().min(1),
  title: z.string().nullable(),
  text: z.string(),
  published: IsoDateSchema.nullable(),
  url: z.string(),
  lang: z.string().optional(),
  events: z.array(GoldEventSchema).optional(),
  source: z.string().optional(),
  notes: z.string().optional(),
});
export type CorpusLine = z.infer<typeof CorpusLineSchema>;

export class CorpusLineError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
    this.name = 'CorpusLineError';
  }
}

/** Parse JSON Lines text; blank lines are skipped; the first bad line throws with its 1-based number. */
export function parseCorpus(text: string): CorpusLine[] {
  const out: CorpusLine[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (e) {
      throw new CorpusLineError(i + 1, `not valid JSON (${(e as Error).message})`);
    }
    const parsed = CorpusLineSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new CorpusLineError(i + 1, `${issue.path.join('.') || 'line'}: ${issue.message}`);
    }
    out.push(parsed.data);
  }
  return out;
}
