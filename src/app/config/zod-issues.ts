import type { z } from 'zod';
import { ConfigError } from './config-error.js';

/** Dotted path as a user reads it in YAML: `sources[2].url`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out;
}

/** The first problem of a failed parse, as a ConfigError (one clear line beats a wall of issues). */
export function configErrorFrom(file: string, error: z.ZodError, describe?: (path: readonly PropertyKey[]) => string): ConfigError {
  const issue = error.issues[0]!;
  const field = describe ? describe(issue.path) : fieldPath(issue.path);
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem${error.issues.length > 2 ? 's' : ''})` : '';
  return new ConfigError(file, field, issue.message + more);
}
