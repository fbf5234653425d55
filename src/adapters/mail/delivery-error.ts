/**
 * One place that decides whether a failed send is worth retrying. Permanent means "this message to
 * this recipient will fail again": the notify job marks it failed instead of retrying. Anything we
 * cannot place is temporary, so an unknown failure costs a retry, never a lost alert.
 */

export interface DeliveryVerdict {
  permanent: boolean;
  /** Human-readable, safe to log: no credentials, no control characters, bounded length. */
  reason: string;
  /** The most specific code known: ECONNREFUSED rather than nodemailer's ESOCKET wrapper. */
  code: string;
  responseCode?: number;
}

export class MailDeliveryError extends Error {
  readonly code: string;
  readonly permanent: boolean;
  readonly responseCode: number | undefined;

  constructor(verdict: DeliveryVerdict, options?: { cause?: unknown }) {
    super(verdict.reason, options);
    this.name = 'MailDeliveryError';
    this.code = verdict.code;
    this.permanent = verdict.permanent;
    this.responseCode = verdict.responseCode;
  }
}

/** Wraps any send/verify failure; an error that is already classified passes through unchanged. */
export function toMailDeliveryError(err: unknown): MailDeliveryError {
  return err instanceof MailDeliveryError ? err : new MailDeliveryError(classifyDeliveryError(err), { cause: err });
}

interface ErrorFields {
  message?: unknown;
  code?: unknown;
  originalCode?: unknown;
  responseCode?: unknown;
  response?: unknown;
  command?: unknown;
  address?: unknown;
  port?: unknown;
  permanent?: unknown;
}

const CONNECTION_REASONS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'SMTP server refused the connection',
  ECONNRESET: 'SMTP server dropped the connection',
  ETIMEDOUT: 'SMTP server did not answer in time',
  EDNS: 'could not resolve the SMTP host',
  ENOTFOUND: 'could not resolve the SMTP host',
  EAI_AGAIN: 'could not resolve the SMTP host',
  EHOSTUNREACH: 'SMTP host unreachable',
  ENETUNREACH: 'network unreachable',
  ECONNECTION: 'SMTP connection closed unexpectedly',
  ESOCKET: 'SMTP socket error',
  ETLS: 'TLS with the SMTP server failed',
  EAUTH: 'SMTP authentication failed (check the user and password in SMTP_URL)',
  ENOAUTH: 'SMTP server requires authentication (add user:password to SMTP_URL)',
};

// Without an SMTP reply these codes mean the message itself is unsendable (no valid recipient, a
// malformed message): resending the same bytes cannot help.
const PERMANENT_CODES = new Set(['EENVELOPE', 'EMESSAGE']);

// A credentials or TLS problem is the operator's to fix, not the recipient's fault: even when the
// server says 535, failing every subscriber's alert for good would turn one typo into lost mail.
const OPERATOR_CODES = new Set(['EAUTH', 'ENOAUTH', 'ETLS', 'ECONFIG']);

export function classifyDeliveryError(err: unknown): DeliveryVerdict {
  if (err instanceof MailDeliveryError) {
    return { permanent: err.permanent, reason: err.message, code: err.code, ...withCode(err.responseCode) };
  }
  const e: ErrorFields = typeof err === 'object' && err !== null ? (err as ErrorFields) : { message: String(err) };
  const wrapper = str(e.code);
  const code = str(e.originalCode) ?? wrapper ?? 'EUNKNOWN';
  const responseCode = typeof e.responseCode === 'number' ? e.responseCode : undefined;
  const message = clean(str(e.message) ?? 'unknown error');

  if (OPERATOR_CODES.has(code)) {
    const detail = responseCode !== undefined ? clean(str(e.response) ?? message) : message;
    return { permanent: false, code, reason: `${CONNECTION_REASONS[code] ?? 'SMTP configuration error'}: ${detail}`, ...withCode(responseCode) };
  }
  if (responseCode !== undefined && responseCode >= 400 && responseCode < 600) {
    // RFC 5321: 5yz is a permanent refusal, except 503 (bad command sequence), a session-state
    // error that a new connection clears.
    const permanent = responseCode >= 500 && responseCode !== 503;
    const reply = clean(str(e.response) ?? message);
    return { permanent, code, responseCode, reason: `${rejectedWhat(str(e.command))}: ${reply}` };
  }
  if (PERMANENT_CODES.has(code)) {
    return { permanent: true, code, reason: `message cannot be sent (${code}): ${message}` };
  }
  const known = CONNECTION_REASONS[code];
  if (known !== undefined) {
    const where = str(e.address) !== undefined ? ` ${str(e.address)}${e.port !== undefined ? `:${String(e.port)}` : ''}` : '';
    return { permanent: false, code, reason: `${known} (${code}${where})`, ...withCode(responseCode) };
  }
  return { permanent: false, code, reason: `mail delivery failed (${code}): ${message}`, ...withCode(responseCode) };
}

function rejectedWhat(command: string | undefined): string {
  const c = (command ?? '').toUpperCase();
  if (c.startsWith('RCPT')) return 'recipient rejected';
  if (c.startsWith('MAIL')) return 'sender rejected';
  if (c.startsWith('DATA') || c.startsWith('BDAT')) return 'message rejected';
  return 'SMTP server refused';
}

function withCode(responseCode: number | undefined): { responseCode?: number } {
  return responseCode === undefined ? {} : { responseCode };
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}

// Server replies are foreign text headed for logs and the operator's screen.
function clean(text: string): string {
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 299)}…` : flat;
}
