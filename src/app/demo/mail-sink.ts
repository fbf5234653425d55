import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';

export interface CapturedMail {
  n: number;
  file: string;
  to: string[];
  subject: string;
}

export interface MailSink {
  url: string;
  count(): number;
  close(): Promise<void>;
}

/** RFC 2047 encoded words (=?utf-8?B?…?= / Q) as nodemailer writes them in a Subject. */
export function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_m, _charset: string, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_h, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'),
    );
}

function headerOf(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/, 1)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? decodeHeader(line.slice(name.length + 1).trim()) : '';
}

/**
 * The demo's mail server: a real SMTP server on 127.0.0.1 (smtp-server) that writes every message it
 * accepts as an .eml file under `dir` (open them with any mail client) and reports each one.
 */
export async function startMailSink(dir: string, onMail: (mail: CapturedMail) => void): Promise<MailSink> {
  // Loaded here so that the other commands never load the SMTP server.
  const { SMTPServer } = await import('smtp-server');
  mkdirSync(dir, { recursive: true });
  let n = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('error', callback);
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        n += 1;
        const file = join(dir, `${String(n).padStart(3, '0')}-${Date.now()}.eml`);
        try {
          writeFileSync(file, raw);
          onMail({ n, file, to: session.envelope.rcptTo.map((r) => r.address), subject: headerOf(raw, 'subject') });
          callback();
        } catch (err) {
          callback(err as Error);
        }
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    count: () => n,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
