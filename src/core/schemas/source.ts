import { z } from 'zod';
import { TrustSchema } from './trust.js';

const DURATION = /^(\d+)(s|m|h|d)$/;

/** `15m`, `2h`, `30s`, `1d` → milliseconds. */
export function durationMs(text: string): number {
  const m = DURATION.exec(text);
  if (!m) throw new Error(`not a duration: ${text}`);
  const unit = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as 's' | 'm' | 'h' | 'd'];
  return Number(m[1]) * unit;
}

export const SourceSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9_-]*$/, 'an id is lower-case letters, digits, "-" or "_" (it names Redis keys and job ids)'),
    kind: z.enum(['feed', 'html']),
    url: z.url({ protocol: /^https?$/, error: 'url must be an absolute http(s) URL' }),
    /** CSS selector of article links on an `html` listing page. */
    links: z.string().optional(),
    every: z.string().regex(DURATION, 'every is a number and a unit: 30s, 15m, 2h or 1d').optional(),
    cron: z.string().optional(),
    trust: TrustSchema.default('press'),
    /** Optional prefilter: an item is read only when its title or summary contains one of these (case-insensitive). */
    keywords: z.array(z.string().min(1)).optional(),
    headers: z.record(z.string(), z.string()).optional(),
    enabled: z.boolean().default(true),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.kind === 'html' && !s.links)
      ctx.addIssue({ code: 'custom', path: ['links'], message: 'an html source needs `links`, the CSS selector of its article links' });
    if (s.every && s.cron)
      ctx.addIssue({ code: 'custom', path: ['every'], message: 'give either `every` or `cron`, not both' });
  });
export type Source = z.infer<typeof SourceSchema>;
