import { readFileSync } from 'node:fs';

let cached: string | undefined;

/** Read once from package.json, which sits at the same depth above src/ and dist/src/. */
export function packageVersion(): string {
  if (cached) return cached;
  for (const rel of ['../../../package.json', '../../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'pactwatch' && pkg.version) return (cached = pkg.version);
    } catch {
      // try the next depth
    }
  }
  return (cached = '0.0.0');
}
