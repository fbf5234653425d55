import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * The one guard of every admin route (`/api/admin/*`, `/admin/queues`): `Authorization: Bearer <ADMIN_TOKEN>`.
 *
 * - ADMIN_TOKEN unset → 403: the routes are off, and the answer says how to turn them on.
 * - header missing or token wrong → 401 with the reason in plain words.
 * - `browser: true` (the queue board): a browser cannot send a header, so `?token=` is accepted once;
 *   it sets an HttpOnly, SameSite=Strict cookie holding an HMAC of the token (never the token itself),
 *   scoped to `cookiePath`, and redirects to the same URL without the token.
 *
 * Tokens are compared as SHA-256 digests with `timingSafeEqual`: equal length, constant time.
 */
export interface AdminGuardOptions {
  /** Accept `?token=` once and then the session cookie (only for pages a person opens in a browser). */
  browser?: boolean;
  /** Path the cookie is scoped to; defaults to `/admin`. */
  cookiePath?: string;
}

export const ADMIN_COOKIE = 'pw_admin';

type Guard = (req: FastifyRequest, reply: FastifyReply) => Promise<void>;

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Constant-time equality of two secrets of any length. */
export function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** What the cookie holds: proves knowledge of the token without storing it in the browser. */
export function adminCookieValue(token: string): string {
  return createHmac('sha256', token).update('pactwatch admin session').digest('base64url');
}

function cookieFrom(req: FastifyRequest, name: string): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

function deny(reply: FastifyReply, code: 401 | 403, reason: string): void {
  if (code === 401) reply.header('www-authenticate', 'Bearer realm="pactwatch admin"');
  reply.code(code).header('cache-control', 'no-store').send({ error: reason });
}

/** A fastify `onRequest` hook for admin routes; see the module comment for the rules. */
export function adminGuard(adminToken: string | undefined, options: AdminGuardOptions = {}): Guard {
  const cookiePath = options.cookiePath ?? '/admin';
  return async (req, reply) => {
    if (!adminToken) return deny(reply, 403, 'admin routes are disabled: set ADMIN_TOKEN');
    const auth = req.headers.authorization;
    if (auth !== undefined) {
      const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
      if (!m) return deny(reply, 401, 'the Authorization header must be "Bearer <ADMIN_TOKEN>"');
      if (!sameSecret(m[1]!, adminToken)) return deny(reply, 401, 'wrong admin token');
      return;
    }
    if (options.browser) {
      const query = (req.query ?? {}) as Record<string, unknown>;
      if (typeof query.token === 'string') {
        if (!sameSecret(query.token, adminToken)) return deny(reply, 401, 'wrong admin token');
        const secure = req.protocol === 'https' ? '; Secure' : '';
        const url = new URL(req.url, 'http://local');
        url.searchParams.delete('token');
        reply
          .header('set-cookie', `${ADMIN_COOKIE}=${adminCookieValue(adminToken)}; Path=${cookiePath}; HttpOnly; SameSite=Strict${secure}`)
          .header('cache-control', 'no-store')
          .redirect(url.pathname + url.search, 303);
        return;
      }
      const cookie = cookieFrom(req, ADMIN_COOKIE);
      if (cookie !== null) {
        if (sameSecret(cookie, adminCookieValue(adminToken))) return;
        return deny(reply, 401, 'the admin session cookie is no longer valid (was ADMIN_TOKEN changed?): open the page with ?token=<ADMIN_TOKEN> again');
      }
      return deny(reply, 401, 'admin token required: send "Authorization: Bearer <ADMIN_TOKEN>", or open this page once with ?token=<ADMIN_TOKEN>');
    }
    return deny(reply, 401, 'admin token required: send "Authorization: Bearer <ADMIN_TOKEN>"');
  };
}
