import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { classifyDeliveryError, MailDeliveryError } from '../../src/adapters/mail/delivery-error.js';
import { createMailTransport, type MailTransport } from '../../src/adapters/mail/mail-transport.js';
import { renderChangeAlert } from '../../src/core/render/alert-mail.js';
import type { Change, Subscriber } from '../../src/core/schemas/index.js';

const FROM = 'pactwatch <alerts@pactwatch.test>';
const TO = 'reader@example.org';

const change: Change = {
  id: 'c0ffee',
  party: 'ES',
  kind: 'new',
  from: null,
  to: { status: 'signed', date: '2024-05-27' },
  confirmed: true,
  detectedAt: '2024-05-27T12:00:00.000Z',
  confirmedAt: '2024-05-27T12:00:00.000Z',
  claims: [{
    evidence: 'Spain and Ukraine signed a bilateral security agreement in Madrid.',
    url: 'https://www.press.example/2024/05/27/spain',
    sourceId: 'press',
    site: 'press.example',
    trust: 'press',
    published: '2024-05-27',
    confidence: 0.9,
    status: 'signed',
    date: '2024-05-27',
  }],
};

const subscriber: Subscriber = {
  id: 'sub1', email: TO, state: 'active', parties: [], kinds: [], cadence: 'instant', createdAt: '2024-01-01T00:00:00.000Z',
};

function rendered(over: { agreementLabel?: string } = {}) {
  return renderChangeAlert({
    change, hub: 'UA', signatoryCount: 27, subscriber, ...over,
    links: { unsubscribe: 'https://alerts.example/unsubscribe?token=u1', manage: 'https://alerts.example/manage?token=m1', dashboard: 'https://alerts.example/' },
  });
}

interface Sink {
  server: SMTPServer;
  url: string;
  received: ParsedMail[];
  recipients: string[][];
  mailFroms: number;
  close(): Promise<void>;
}

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function startSink(handlers: Partial<SMTPServerOptions> = {}): Promise<Sink> {
  const sink = { url: '', received: [], recipients: [], mailFroms: 0 } as unknown as Sink;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onMailFrom(_address, _session, callback) {
      sink.mailFroms += 1;
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream).then((mail) => {
        sink.received.push(mail);
        sink.recipients.push(session.envelope.rcptTo.map((r) => r.address));
        callback();
      }, callback);
    },
    ...handlers,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  sink.server = server;
  sink.url = `smtp://127.0.0.1:${port}`;
  sink.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  cleanups.push(sink.close);
  return sink;
}

function track(transport: MailTransport): MailTransport {
  cleanups.push(() => transport.close());
  return transport;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

function rawHeader(mail: ParsedMail, name: string): string | undefined {
  return mail.headerLines.find((h) => h.key === name.toLowerCase())?.line.replace(/^[^:]+:\s*/, '').replace(/\r?\n\s+/g, ' ');
}

async function sendError(transport: MailTransport): Promise<MailDeliveryError> {
  const err = await transport.send({ ...rendered(), to: TO }).then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(MailDeliveryError);
  return err as MailDeliveryError;
}

describe('SMTP transport against a real SMTP server', () => {
  it('delivers subject, both parts, list headers and the stable Message-ID', async () => {
    const sink = await startSink();
    const transport = track(createMailTransport({ smtpUrl: sink.url, outboxDir: '/nonexistent', from: FROM }));
    await transport.verify();
    const mail = rendered();

    const result = await transport.send({ ...mail, to: TO });

    expect(result.messageId).toBe('<change-c0ffee.sub1@pactwatch>');
    expect(result.response).toMatch(/^250/);
    expect(sink.received).toHaveLength(1);
    const got = sink.received[0]!;
    expect(sink.recipients[0]).toEqual([TO]);
    expect(got.subject).toBe('Spain signed a bilateral security agreement with Ukraine — 27 May 2024');
    expect(got.messageId).toBe('<change-c0ffee.sub1@pactwatch>');
    expect(got.from?.value).toEqual([{ name: 'pactwatch', address: 'alerts@pactwatch.test' }]);
    expect(got.text).toContain('27 signatories now');
    expect(got.text).toContain('Unsubscribe: https://alerts.example/unsubscribe?token=u1');
    expect(got.html).toContain('<a href="https://alerts.example/unsubscribe?token=u1">Unsubscribe</a>');
    expect(rawHeader(got, 'List-Unsubscribe')).toBe('<https://alerts.example/unsubscribe?token=u1>');
    expect(rawHeader(got, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(rawHeader(got, 'List-Id')).toBe('pactwatch alerts <alerts.pactwatch>');
  });

  it('cannot be made to add headers or recipients by CR/LF in a rendered value', async () => {
    const sink = await startSink();
    const transport = track(createMailTransport({ smtpUrl: sink.url, outboxDir: '/nonexistent', from: FROM }));
    const mail = rendered({ agreementLabel: 'pact\r\nBcc: victim@example.org\r\nX-Injected: 1' });

    await transport.send({ ...mail, to: TO });
    // Even a renderer bug must not get through: nodemailer is the second line of defence.
    await transport.send({ ...mail, subject: 'hi\r\nX-Injected: 2', headers: { ...mail.headers, 'X-Note': 'a\r\nX-Injected: 3' }, to: TO });

    expect(sink.recipients).toEqual([[TO], [TO]]);
    for (const got of sink.received) {
      expect(got.headerLines.map((h) => h.key)).not.toContain('x-injected');
      expect(got.headerLines.map((h) => h.key)).not.toContain('bcc');
    }
  });

  it('refuses a recipient string that holds more than one address, before connecting', async () => {
    const sink = await startSink();
    const transport = track(createMailTransport({ smtpUrl: sink.url, outboxDir: '/nonexistent', from: FROM }));
    const err = await transport.send({ ...rendered(), to: `${TO}, victim@example.org` }).catch((e: unknown) => e);
    expect(err).toMatchObject({ permanent: true, code: 'EENVELOPE' });
    expect(sink.mailFroms).toBe(0);
  });

  it('authenticates with the credentials of the URL and never shows the password', async () => {
    const logins: string[] = [];
    const sink = await startSink({
      allowInsecureAuth: true,
      onAuth(auth, _session, callback) {
        logins.push(`${auth.username}/${auth.password}`);
        callback(null, { user: auth.username });
      },
    });
    const url = sink.url.replace('smtp://', 'smtp://alice:s3cret@');
    const transport = track(createMailTransport({ smtpUrl: url, outboxDir: '/nonexistent', from: FROM }));
    await transport.send({ ...rendered(), to: TO });
    expect(logins).toContain('alice/s3cret');
    expect(transport.describe()).toMatch(/^SMTP smtp:\/\/127\.0\.0\.1:\d+ \(user \*\*\*\)$/);
    expect(transport.describe()).not.toContain('s3cret');
  });

  it('classifies a refused connection as temporary, for send and verify', async () => {
    const port = await freePort();
    const transport = track(createMailTransport({ smtpUrl: `smtp://127.0.0.1:${port}`, outboxDir: '/nonexistent', from: FROM }));
    const err = await sendError(transport);
    expect(err.permanent).toBe(false);
    expect(err.code).toBe('ECONNREFUSED');
    expect(err.message).toBe(`SMTP server refused the connection (ECONNREFUSED 127.0.0.1:${port})`);
    await expect(transport.verify()).rejects.toMatchObject({ permanent: false, code: 'ECONNREFUSED' });
  });

  it('classifies 550 to RCPT as permanent and 451 as temporary', async () => {
    const reject = (responseCode: number) => startSink({
      onRcptTo(_address, _session, callback) {
        callback(Object.assign(new Error(`${responseCode === 550 ? 'No such user' : 'Try again later'}`), { responseCode }));
      },
    });
    const hard = track(createMailTransport({ smtpUrl: (await reject(550)).url, outboxDir: '/nonexistent', from: FROM }));
    const soft = track(createMailTransport({ smtpUrl: (await reject(451)).url, outboxDir: '/nonexistent', from: FROM }));

    const hardErr = await sendError(hard);
    expect(hardErr).toMatchObject({ permanent: true, responseCode: 550 });
    expect(hardErr.message).toMatch(/^recipient rejected: 550 .*No such user/);

    const softErr = await sendError(soft);
    expect(softErr).toMatchObject({ permanent: false, responseCode: 451 });
    expect(softErr.message).toMatch(/^recipient rejected: 451 /);
  });

  it('classifies a connection dropped mid-message as temporary', async () => {
    const sink: Sink = await startSink({
      onData(stream) {
        stream.resume();
        for (const connection of sink.server.connections) connection._socket.destroy();
      },
    });
    const transport = track(createMailTransport({ smtpUrl: sink.url, outboxDir: '/nonexistent', from: FROM }));
    const err = await sendError(transport);
    expect(err).toMatchObject({ permanent: false, code: 'ECONNECTION' });
    expect(sink.mailFroms).toBe(1);
  });

  it('does not requeue by itself when the server hangs up (maxRequeues 0: only the job retries)', async () => {
    let connections = 0;
    const hangUp = createServer((socket) => {
      connections += 1;
      socket.end();
    });
    await new Promise<void>((resolve) => hangUp.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => hangUp.close(resolve)));
    const { port } = hangUp.address() as AddressInfo;
    const transport = track(createMailTransport({ smtpUrl: `smtp://127.0.0.1:${port}`, outboxDir: '/nonexistent', from: FROM }));
    const err = await sendError(transport);
    expect(err).toMatchObject({ permanent: false, code: 'ECONNECTION' });
    expect(connections).toBe(1);
  });
});

describe('files transport', () => {
  it('writes one parseable .eml per message, atomically, creating the folder', async () => {
    const root = await mkdtemp(join(tmpdir(), 'pactwatch-outbox-'));
    cleanups.push(() => rm(root, { recursive: true, force: true }));
    const dir = join(root, 'var', 'outbox');
    const transport = track(createMailTransport({ smtpUrl: null, outboxDir: dir, from: FROM }));
    expect(transport.kind).toBe('files');
    expect(transport.describe()).toBe(`files under ${dir}/`);
    await transport.verify();

    const result = await transport.send({ ...rendered(), to: TO });

    const files = await readdir(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z-change-c0ffee\.sub1@pactwatch\.eml$/);
    expect(result).toEqual({ messageId: '<change-c0ffee.sub1@pactwatch>', response: `written to ${join(dir, files[0]!)}` });
    const raw = await readFile(join(dir, files[0]!), 'utf8');
    expect(raw).not.toContain('\r\n');
    const got = await simpleParser(raw);
    expect(got.subject).toBe('Spain signed a bilateral security agreement with Ukraine — 27 May 2024');
    expect(got.messageId).toBe('<change-c0ffee.sub1@pactwatch>');
    expect(got.html).toContain('press.example');
    expect(rawHeader(got, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
  });

  it('reports an unwritable outbox as a classified temporary error', async () => {
    const root = await mkdtemp(join(tmpdir(), 'pactwatch-outbox-'));
    cleanups.push(() => rm(root, { recursive: true, force: true }));
    const blocker = join(root, 'file');
    await writeFile(blocker, 'x');
    const transport = track(createMailTransport({ outboxDir: join(blocker, 'outbox'), from: FROM }));
    const err = await sendError(transport);
    expect(err.permanent).toBe(false);
    expect(err.code).toBe('ENOTDIR');
  });
});

describe('createMailTransport options', () => {
  it.each(['http://mail.example', 'not a url'])('refuses SMTP URL %s without echoing it', (smtpUrl) => {
    expect(() => createMailTransport({ smtpUrl: `${smtpUrl}`, outboxDir: 'x', from: FROM })).toThrow(/smtp:\/\//);
  });

  it('does not leak the password when the URL is bad', () => {
    expect(() => createMailTransport({ smtpUrl: 'http://u:hunter2@mail.example', outboxDir: 'x', from: FROM })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('hunter2') }),
    );
  });
});

describe('classifyDeliveryError', () => {
  const smtp = (code: string, responseCode: number, command: string) =>
    Object.assign(new Error('x'), { code, responseCode, command, response: `${responseCode} 5.1.1 nope` });

  it.each<[string, unknown, boolean, RegExp]>([
    ['550 RCPT', smtp('EENVELOPE', 550, 'RCPT TO'), true, /^recipient rejected: 550 5\.1\.1 nope$/],
    ['552 DATA', smtp('EMESSAGE', 552, 'DATA'), true, /^message rejected: 552/],
    ['553 MAIL FROM', smtp('EENVELOPE', 553, 'MAIL FROM'), true, /^sender rejected: 553/],
    ['503 is a session error', smtp('EPROTOCOL', 503, 'RCPT TO'), false, /503/],
    ['421 busy', smtp('ECONNECTION', 421, 'CONN'), false, /421/],
    ['450 mailbox busy', smtp('EENVELOPE', 450, 'RCPT TO'), false, /^recipient rejected: 450/],
    ['535 auth is the operator’s to fix', smtp('EAUTH', 535, 'AUTH PLAIN'), false, /authentication failed/],
    ['EENVELOPE without a reply', Object.assign(new Error('No recipients defined'), { code: 'EENVELOPE' }), true, /No recipients/],
    ['EMESSAGE', Object.assign(new Error('bad'), { code: 'EMESSAGE' }), true, /EMESSAGE/],
    ['ETIMEDOUT', Object.assign(new Error('Greeting never received'), { code: 'ETIMEDOUT' }), false, /did not answer in time/],
    ['ECONNRESET', Object.assign(new Error('reset'), { code: 'ESOCKET', originalCode: 'ECONNRESET' }), false, /dropped the connection \(ECONNRESET\)/],
    ['EDNS', Object.assign(new Error('getaddrinfo ENOTFOUND x'), { code: 'EDNS' }), false, /resolve the SMTP host/],
    ['ECONNECTION', Object.assign(new Error('closed'), { code: 'ECONNECTION' }), false, /closed unexpectedly/],
    ['unknown', new Error('strange'), false, /strange/],
    ['not an error', 'boom', false, /boom/],
  ])('%s', (_name, err, permanent, reason) => {
    const verdict = classifyDeliveryError(err);
    expect(verdict.permanent).toBe(permanent);
    expect(verdict.reason).toMatch(reason);
  });

  it('keeps server text to one bounded line', () => {
    const verdict = classifyDeliveryError(smtp('EENVELOPE', 550, 'RCPT TO'));
    const long = classifyDeliveryError({ ...smtp('EENVELOPE', 550, 'RCPT TO'), response: `550 a\r\nb${'x'.repeat(1000)}` });
    expect(verdict.reason).not.toMatch(/[\r\n]/);
    expect(long.reason).not.toMatch(/[\r\n]/);
    expect(long.reason.length).toBeLessThan(350);
  });
});
