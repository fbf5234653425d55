import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Links in mail (unsubscribe, manage, confirm) carry `purpose.subject.expiry.mac`: whoever holds the
 * link may act on that one subscription, and nobody can forge a link for another address.
 */
export type TokenPurpose = 'unsubscribe' | 'manage' | 'confirm';

export function signToken(secret: string, purpose: TokenPurpose, subject: string, expiresAt: Date | null): string {
  const exp = expiresAt ? Math.floor(expiresAt.getTime() / 1000).toString(36) : '0';
  const body = `${purpose}.${subject}.${exp}`;
  return `${body}.${mac(secret, body)}`;
}

export type TokenCheck = { ok: true; subject: string } | { ok: false; reason: 'malformed' | 'bad-signature' | 'expired' | 'wrong-purpose' };

export function verifyToken(secret: string, purpose: TokenPurpose, token: string, now: Date): TokenCheck {
  const parts = token.split('.');
  if (parts.length !== 4) return { ok: false, reason: 'malformed' };
  const [p, subject, exp, given] = parts as [string, string, string, string];
  const expected = Buffer.from(mac(secret, `${p}.${subject}.${exp}`));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return { ok: false, reason: 'bad-signature' };
  if (p !== purpose) return { ok: false, reason: 'wrong-purpose' };
  if (exp !== '0' && parseInt(exp, 36) * 1000 < now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, subject };
}

function mac(secret: string, body: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url').slice(0, 32);
}
