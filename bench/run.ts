import { benchExtraction } from './extraction.js';

/**
 * `npm run bench`: one JSON object on stdout, a readable table on stderr. Sections can be chosen with
 * `--only extraction,…`; `--tiny` runs every section at a size that only proves it works.
 */
const args = process.argv.slice(2);
const tiny = args.includes('--tiny');
const onlyArg = args.find((a) => a.startsWith('--only='))?.slice('--only='.length) ?? (args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined);
const only = onlyArg ? new Set(onlyArg.split(',')) : null;
const want = (section: string) => !only || only.has(section);

const result: Record<string, unknown> = {};
if (want('extraction')) {
  process.stderr.write('extraction: parsing and extracting synthetic 60 KB article pages…\n');
  const r = benchExtraction(tiny ? 10 : 300, tiny ? 1 : 3);
  result.extraction = r;
  process.stderr.write(
    `  ${r.articlesPerSec} articles/s (${r.mbPerSec} MB/s) vs cheerio parse alone ${r.parseOnlyArticlesPerSec}/s → ratio ${r.ratioToParse}\n`,
  );
}
process.stdout.write(JSON.stringify(result) + '\n');
