#!/usr/bin/env node
// Thin launcher: the CLI is compiled by `npm install` (prepare → tsc) into dist/.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const entry = join(root, 'dist', 'src', 'app', 'cli', 'main.js');
if (!existsSync(entry)) {
  process.stderr.write('pactwatch is not built yet: run `npm install` (or `npm run build`) in ' + root + '\n');
  process.exit(2);
}
// V8 lets the old generation grow to ~4x what survived the last full GC before it collects again (the
// factor it picks when GC looks cheap). pactwatch keeps ~40 MB live but allocates ~0.5 GB/s while a
// cycle parses feeds and pages, so the first `check --once` of the bench peaked at ~270 MB RSS for
// ~40 MB of live data. A factor of 1.5 brings that to ~170-190 MB for ~3% more time (bench/README.md).
// Set before anything allocates much; an operator's own heap flags win.
const heapFlags = /--(?:heap-growing-percent|max-old-space-size|max-heap-size)\b/;
if (!heapFlags.test(process.env.NODE_OPTIONS ?? '') && !process.execArgv.some((a) => heapFlags.test(a))) setFlagsFromString('--heap-growing-percent=50');
await import(pathToFileURL(entry).href);
