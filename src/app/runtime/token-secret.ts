import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * TOKEN_SECRET from the environment, or one generated once under var/ so that links in mail keep working
 * across restarts of a single-machine install. Several machines need the same TOKEN_SECRET.
 */
export function resolveTokenSecret(fromEnv: string | undefined, file = 'var/token-secret'): { secret: string; generated: boolean; file: string | null } {
  if (fromEnv) return { secret: fromEnv, generated: false, file: null };
  try {
    const existing = readFileSync(file, 'utf8').trim();
    if (existing.length >= 32) return { secret: existing, generated: false, file };
  } catch {
    // first start: fall through and create it
  }
  const secret = randomBytes(32).toString('base64url');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return { secret, generated: true, file };
}
