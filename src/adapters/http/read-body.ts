import type { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { FetchError } from './errors.js';
import { formatBytes } from './format.js';

/** Content-Encoding tokens in the order they were applied, `identity` removed. */
export function parseContentEncoding(header: string | null): string[] {
  if (header === null) return [];
  return header
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter((t) => t !== '' && t !== 'identity');
}

function decoderFor(encoding: string, url: string): Transform {
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'br':
      return createBrotliDecompress();
    // RFC 9110 "deflate" is zlib-wrapped; the rare server sending raw deflate fails as DECODE.
    case 'deflate':
      return createInflate();
    default:
      throw new FetchError('DECODE', `unsupported Content-Encoding "${encoding}" from ${url}`, url);
  }
}

/**
 * Reads `body` through the decoders for `encodings` (undone in reverse order) and stops as soon as the
 * decoded size passes `maxBytes`: the wire limit alone would let a 10 KiB gzip bomb expand to
 * gigabytes in memory. On any failure every stream in the chain is destroyed, which also releases
 * the socket.
 */
export async function readBody(body: Readable, encodings: string[], maxBytes: number, url: string): Promise<Buffer> {
  let decoders: Transform[];
  try {
    decoders = encodings.slice().reverse().map((enc) => decoderFor(enc, url));
  } catch (err) {
    body.destroy();
    throw err;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge: FetchError | null = null;
  const sink = async (source: AsyncIterable<Buffer>): Promise<void> => {
    for await (const chunk of source) {
      size += chunk.length;
      if (size > maxBytes) {
        tooLarge = new FetchError('TOO_LARGE', `response larger than ${formatBytes(maxBytes)} from ${url}${decoders.length ? ' (after decompression)' : ''}`, url);
        throw tooLarge;
      }
      chunks.push(chunk);
    }
  };
  try {
    // The typed overloads of pipeline() cannot express a variable number of transforms.
    await (pipeline as (...streams: unknown[]) => Promise<void>)(body, ...decoders, sink);
  } catch (err) {
    // Tearing down the chain makes undici's body report an abort, which can win the race to reject.
    throw tooLarge ?? err;
  }
  return Buffer.concat(chunks, size);
}
