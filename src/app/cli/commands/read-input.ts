import { readFile } from 'node:fs/promises';
import { request } from 'undici';
import { UserError } from '../user-error.js';

const TIMEOUT_MS = 15_000;
const MAX_REDIRECTS = 5;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

async function fetchText(url: string): Promise<{ body: string; url: string }> {
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    let res;
    try {
      res = await request(current, {
        method: 'GET',
        headersTimeout: TIMEOUT_MS,
        bodyTimeout: TIMEOUT_MS,
        headers: { 'user-agent': 'pactwatch (+extract)', accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5' },
      });
    } catch (e) {
      throw new UserError(`cannot fetch ${current}: ${(e as Error).message}`, 2);
    }
    const location = res.headers['location'];
    if (res.statusCode >= 300 && res.statusCode < 400 && typeof location === 'string') {
      await res.body.dump();
      current = new URL(location, current).toString();
      continue;
    }
    if (res.statusCode >= 400) {
      await res.body.dump();
      throw new UserError(`cannot fetch ${current}: HTTP ${res.statusCode}`, 2);
    }
    return { body: await res.body.text(), url: current };
  }
  throw new UserError(`cannot fetch ${url}: more than ${MAX_REDIRECTS} redirects`, 2);
}

/** A file path, `-` for stdin, or an http(s) URL → its text and the URL to attribute claims to. */
export async function readSource(source: string): Promise<{ body: string; url: string }> {
  if (source === '-') return { body: await readStdin(), url: 'stdin:' };
  if (/^https?:\/\//i.test(source)) return fetchText(source);
  try {
    return { body: await readFile(source, 'utf8'), url: `file:${source}` };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`cannot read ${source}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`, 2);
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
