import { z } from 'zod';
import { SourceSchema } from '../../core/schemas/source.js';

export const SourcesFileSchema = z
  .object({ sources: z.array(SourceSchema) })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.sources.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `duplicate id "${s.id}": each source needs its own id` });
      seen.add(s.id);
    });
  });
export type SourcesFile = z.infer<typeof SourcesFileSchema>;
