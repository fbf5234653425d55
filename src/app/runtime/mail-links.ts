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
