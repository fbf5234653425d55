import { readFile } from 'node:fs/promises';
import { createHttpClient } from '../../../adapters/http/http-client.js';
import { decodeBody } from '../../../adapters/feed/decode-body.js';
import { CorpusLineError, parseCorpus, type CorpusLine } from '../../../core/eval/corpus.js';
import { packageVersion } from '../../runtime/package-version.js';
import { UserError } from '../user-error.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** The pipeline's own fetcher: the same timeouts, size limit, redirects and charset reading as a poll. */
async function fetchText(url: string): Promise<{ body: string; url: string }> {
  const http = createHttpClient({ userAgent: `pactwatch/${packageVersion()} (extract)` });
  try {
    const res = await http.get(url);
    return { body: decodeBody(res.body, res.contentType), url: res.url };
  } catch (e) {
    throw new UserError(`cannot fetch ${url}: ${(e as Error).message}`, 2);
  } finally {
    await http.close();
  }
}

export async function readTextFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`, 2);
  }
}

/** A file path, `-` for stdin, or an http(s) URL → its text and the URL to attribute claims to. */
export async function readSource(source: string): Promise<{ body: string; url: string }> {
  if (source === '-') return { body: await readStdin(), url: 'stdin:' };
  if (/^https?:\/\//i.test(source)) return fetchText(source);
  return { body: await readTextFile(source), url: `file:${source}` };
}

/** A corpus-format JSONL file; a bad line is a user error naming the file and the line. */
export async function readCorpusFile(path: string): Promise<CorpusLine[]> {
  const text = await readTextFile(path);
  try {
    return parseCorpus(text);
  } catch (e) {
    if (e instanceof CorpusLineError) throw new UserError(`${path}: line ${e.line}: ${e.reason}`, 2);
    throw e;
  }
}
