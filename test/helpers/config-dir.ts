import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';

/** A throwaway config folder (PACTWATCH_CONFIG) with the three files, from plain objects. */
export function writeConfigDir(files: { sources: unknown; signatories: unknown; app?: unknown }): string {
  const dir = mkdtempSync(join(tmpdir(), 'pactwatch-config-'));
  writeFileSync(join(dir, 'sources.yaml'), stringify(files.sources));
  writeFileSync(join(dir, 'signatories.yaml'), stringify(files.signatories));
  writeFileSync(join(dir, 'app.yaml'), stringify(files.app ?? { queues: { backoffSeconds: 0.2, attempts: 5 } }));
  return dir;
}
