#!/usr/bin/env node
// Thin launcher: the CLI is compiled by `npm install` (prepare → tsc) into dist/.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const entry = join(root, 'dist', 'src', 'app', 'cli', 'main.js');
if (!existsSync(entry)) {
  process.stderr.write('pactwatch is not built yet: run `npm install` (or `npm run build`) in ' + root + '\n');
  process.exit(2);
}
await import(pathToFileURL(entry).href);
