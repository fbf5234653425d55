import type { Command } from 'commander';
import type { ArticleInput } from '../../../core/schemas/claim.js';
import { UserError } from '../user-error.js';

// cheerio, the feed readers and the extractor load only when this command runs: every other command
// (a cron `check --once` above all) starts without them.
const loadReading = () => import('./read-input.js');
const loadExtractor = () => import('../../../core/extract/index.js');

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

interface ExtractOptions {
  published?: string;
  jsonl?: string;
}

/** `extract <file|url|->` prints one article's claims; `extract --jsonl FILE` prints `{id, claims}` per corpus line. */
export function registerExtractCommand(program: Command, loadHub: () => Promise<string>): void {
  program
    .command('extract')
    .description('print the claims found in one article (HTML or plain text) as JSON')
    .argument('[source]', 'a file, an http(s) URL, or - for stdin')
    .option('--published <date>', 'publication date YYYY-MM-DD (relative dates resolve against it)')
    .option('--jsonl <file>', 'read corpus-format lines {id, title, text, published, url}; print {id, claims} per line')
    .action(async (source: string | undefined, opts: ExtractOptions) => {
      if (opts.published !== undefined && !ISO_DAY.test(opts.published)) {
        throw new UserError(`--published must be a date written YYYY-MM-DD, got "${opts.published}"`, 2);
      }
      const hub = await loadHub();
      if (opts.jsonl !== undefined) {
        await extractJsonl(opts.jsonl, hub);
        return;
      }
      if (source === undefined) throw new UserError('extract needs a file, a URL or - (stdin), or --jsonl FILE', 2);
      const [{ readSource }, { extractClaims }, { looksLikeHtml, parseArticlePage }] = await Promise.all([
        loadReading(),
        loadExtractor(),
        import('../../../adapters/html/article-page.js'),
      ]);
      const { body, url } = await readSource(source);
      let article: ArticleInput;
      if (looksLikeHtml(body)) {
        const page = parseArticlePage(body, url);
        article = { title: page.title, text: page.text, published: opts.published ?? page.published, url: page.canonicalUrl ?? url, sourceId: 'manual' };
      } else {
        article = { title: null, text: body, published: opts.published ?? null, url, sourceId: 'manual' };
      }
      process.stdout.write(`${JSON.stringify(extractClaims(article, { hub }), null, 2)}\n`);
    });
}

async function extractJsonl(path: string, hub: string): Promise<void> {
  const [{ readCorpusFile }, { extractClaims }] = await Promise.all([loadReading(), loadExtractor()]);
  const lines = await readCorpusFile(path);
  const out: string[] = [];
  for (const l of lines) {
    const claims = extractClaims({ title: l.title, text: l.text, published: l.published, url: l.url, sourceId: 'manual' }, { hub });
    out.push(JSON.stringify({ id: l.id, claims }));
  }
  process.stdout.write(out.length > 0 ? `${out.join('\n')}\n` : '');
}
