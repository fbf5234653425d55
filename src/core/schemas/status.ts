import { z } from 'zod';

export const STATUSES = ['negotiating', 'planned', 'signed', 'ratified', 'refused', 'terminated'] as const;
export const StatusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof StatusSchema>;

/** The forward path; refused/terminated stand outside it and only come from an explicit claim. */
export const PROGRESSION: readonly Status[] = ['negotiating', 'planned', 'signed', 'ratified'];

export function progressRank(status: Status): number {
  return PROGRESSION.indexOf(status);
}

export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD');
