import { UnrecoverableError } from 'bullmq';

interface MaybeFetchError {
  code?: string;
  status?: number;
  permanent?: boolean;
  message?: string;
}

/** Answers that another attempt within the hour will not change. */
const PERMANENT_CODES = new Set(['BAD_URL', 'BAD_FEED', 'TOO_LARGE', 'TOO_MANY_REDIRECTS', 'CONFIG']);

export function isPermanent(err: unknown): boolean {
  const e = (err ?? {}) as MaybeFetchError;
  if (e.permanent === true) return true;
  if (e.code && PERMANENT_CODES.has(e.code)) return true;
  if (e.code === 'HTTP_STATUS' && typeof e.status === 'number') return e.status >= 400 && e.status < 500 && ![408, 425, 429].includes(e.status);
  return false;
}

/** One place maps our errors to BullMQ's vocabulary: permanent ones skip the remaining attempts. */
export function forQueue(err: unknown): Error {
  const message = err instanceof Error ? err.message : String(err);
  if (isPermanent(err)) return new UnrecoverableError(message);
  return err instanceof Error ? err : new Error(message);
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
