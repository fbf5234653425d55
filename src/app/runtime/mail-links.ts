import { signToken } from '../../core/tokens/signed-token.js';

/** Links carried by every mail to one subscriber: unsubscribe (RFC 8058 one-click), manage, dashboard. */
export function mailLinks(publicUrl: string, secret: string, subscriberId: string): { unsubscribe: string; manage: string; dashboard: string } {
  const base = publicUrl.replace(/\/+$/, '');
  return {
    unsubscribe: `${base}/unsubscribe?token=${encodeURIComponent(signToken(secret, 'unsubscribe', subscriberId, null))}`,
    manage: `${base}/subscriptions/manage?token=${encodeURIComponent(signToken(secret, 'manage', subscriberId, null))}`,
    dashboard: `${base}/`,
  };
}

/**
 * The double opt-in link of one sign-up: the token names the subscriber and the sign-up's nonce, so
 * only the newest link of an address confirms, and none does after an unsubscribe.
 */
export function confirmLink(publicUrl: string, secret: string, subscriberId: string, nonce: string, expiresAt: Date): string {
  const base = publicUrl.replace(/\/+$/, '');
  return `${base}/subscriptions/confirm?token=${encodeURIComponent(signToken(secret, 'confirm', confirmSubject(subscriberId, nonce), expiresAt))}`;
}

/** Token subject of a confirmation: `<subscriberId>_<nonce>` (neither part holds `_` or `.`). */
export function confirmSubject(subscriberId: string, nonce: string): string {
  return `${subscriberId}_${nonce}`;
}

export function parseConfirmSubject(subject: string): { subscriberId: string; nonce: string } | null {
  const m = /^(s[0-9a-f]+)_([0-9a-f]{8,64})$/.exec(subject);
  return m ? { subscriberId: m[1]!, nonce: m[2]! } : null;
}
