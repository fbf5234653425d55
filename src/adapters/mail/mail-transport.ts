/**
 * The one place that talks to a mail server (or, without SMTP_URL, writes `.eml` files for
 * development). Every failure leaves as a classified MailDeliveryError, so the notify job only has
 * to ask `err.permanent`.
 */
import { randomBytes } from 'node:crypto';
import { access, constants, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { SendMailOptions, Transporter } from 'nodemailer';
import type { RenderedMail } from '../../core/render/alert-mail.js';
import { MailDeliveryError, toMailDeliveryError } from './delivery-error.js';

export type OutgoingMail = RenderedMail & { to: string };

export interface MailTransport {
  kind: 'smtp' | 'files';
  send(mail: OutgoingMail): Promise<{ messageId: string; response: string }>;
  /** SMTP: connects and authenticates (says nothing about sender acceptance). Files: the folder is writable. */
  verify(): Promise<void>;
  close(): Promise<void>;
  /** For logs and start-up banners; never contains the password. */
  describe(): string;
}

export interface MailTransportOptions {
  /** `smtp://user:pass@host:587` or `smtps://…`; unset → files under `outboxDir`. */
  smtpUrl?: string | null;
  outboxDir: string;
  from: string;
  /** SMTP only; default true. */
  pool?: boolean;
  /** Pooled SMTP only: messages per second across all connections (the provider's limit). */
  rateLimitPerSecond?: number;
  logger?: { info: Function; warn: Function };
}

/**
 * nodemailer takes ~50 ms to load: it is loaded with the first mail, so a cron run with nothing to send
 * (the usual one) never pays for it.
 */
let nodemailerModule: Promise<typeof import('nodemailer')> | undefined;
const loadNodemailer = () => (nodemailerModule ??= import('nodemailer'));

/** One transporter per transport, created on first use. */
function lazyTransporter(create: (nodemailer: typeof import('nodemailer')) => Transporter): { get(): Promise<Transporter>; close(): void } {
  let transporter: Promise<Transporter> | undefined;
  return {
    get: () => (transporter ??= loadNodemailer().then(create)),
    close: () => void transporter?.then((t) => t.close()),
  };
}

export function createMailTransport(options: MailTransportOptions): MailTransport {
  return options.smtpUrl ? createSmtpTransport(options.smtpUrl, options) : createFileTransport(options);
}

function createSmtpTransport(smtpUrl: string, options: MailTransportOptions): MailTransport {
  const url = parseSmtpUrl(smtpUrl);
  const description = `SMTP ${url.protocol}//${url.hostname}:${url.port || (url.protocol === 'smtps:' ? '465' : '587')}` +
    (url.username || url.password ? ' (user ***)' : '');
  const common = {
    url: smtpUrl,
    // Defaults are 2 min / 30 s / 10 min: a send must end well inside a worker's shutdown deadline.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    // Alerts carry no attachments; refuse any path or URL that could make nodemailer read or fetch.
    disableFileAccess: true,
    disableUrlAccess: true,
  };
  const transporter = lazyTransporter((nodemailer) => options.pool === false
    ? nodemailer.createTransport(common)
    : nodemailer.createTransport({
        ...common,
        pool: true,
        maxConnections: 3,
        // The pool would silently resend a message whose connection dropped mid-send; only our
        // job retries, where the sent ledger and the backoff can see them.
        maxRequeues: 0,
        ...(options.rateLimitPerSecond ? { rateLimit: options.rateLimitPerSecond, rateDelta: 1000 } : {}),
      }));
  if (options.pool === false && options.rateLimitPerSecond) {
    options.logger?.warn({ transport: description }, 'rateLimitPerSecond only applies to a pooled SMTP transport; ignored');
  }

  return {
    kind: 'smtp',
    describe: () => description,
    async send(mail) {
      const to = singleRecipient(mail.to);
      try {
        const info = await (await transporter.get()).sendMail(toNodemailer(mail, to, options.from));
        return { messageId: info.messageId, response: String(info.response) };
      } catch (err) {
        throw toMailDeliveryError(err);
      }
    },
    async verify() {
      try {
        await (await transporter.get()).verify();
      } catch (err) {
        throw toMailDeliveryError(err);
      }
      options.logger?.info({ transport: description }, 'mail transport ready');
    },
    async close() {
      transporter.close();
    },
  };
}

function createFileTransport(options: MailTransportOptions): MailTransport {
  const dir = options.outboxDir;
  const transporter = lazyTransporter((nodemailer) =>
    nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix', disableFileAccess: true, disableUrlAccess: true }));
  const description = `files under ${dir.endsWith('/') ? dir : `${dir}/`}`;

  return {
    kind: 'files',
    describe: () => description,
    async send(mail) {
      const to = singleRecipient(mail.to);
      try {
        const info = await (await transporter.get()).sendMail(toNodemailer(mail, to, options.from));
        const stamp = new Date().toISOString().replace(/:/g, '-');
        const file = join(dir, `${stamp}-${fileSafe(info.messageId)}.eml`);
        await writeAtomically(file, info.message as Buffer);
        return { messageId: info.messageId, response: `written to ${file}` };
      } catch (err) {
        throw toMailDeliveryError(err);
      }
    },
    async verify() {
      try {
        await mkdir(dir, { recursive: true });
        await access(dir, constants.W_OK);
      } catch (err) {
        throw toMailDeliveryError(err);
      }
      options.logger?.info({ transport: description }, 'mail transport ready');
    },
    async close() {
      transporter.close();
    },
  };
}

function toNodemailer(mail: OutgoingMail, to: string, from: string): SendMailOptions {
  return { from, to, subject: mail.subject, text: mail.text, html: mail.html, headers: mail.headers, messageId: mail.messageId };
}

// A subscriber address is user input: "a@x, b@y" must not turn one alert into two.
function singleRecipient(to: string): string {
  const address = to.trim();
  if (!/^[^\s@<>,;:"()[\]\\]+@[^\s@<>,;:"()[\]\\]+$/.test(address)) {
    throw new MailDeliveryError({ permanent: true, code: 'EENVELOPE', reason: 'recipient is not a single plain email address' });
  }
  return address;
}

function parseSmtpUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    // The URL may hold a password: never echo it.
    throw new TypeError('SMTP URL is not a valid URL (expected smtp://user:pass@host:587 or smtps://…)');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new TypeError(`SMTP URL must start with smtp:// or smtps:// (got ${url.protocol}//)`);
  }
  if (!url.hostname) throw new TypeError('SMTP URL has no host');
  return url;
}

async function writeAtomically(file: string, data: Buffer): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  // Readers (the demo's mail viewer, a human with `ls`) must never see half a message.
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, data);
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

function fileSafe(messageId: string): string {
  return messageId.replace(/^<|>$/g, '').replace(/[^A-Za-z0-9._@=+-]/g, '_').slice(0, 150);
}
